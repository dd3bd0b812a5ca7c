import type { Locale } from '../../i18n/locales.ts';
import type { SimulatorStrings } from '../../i18n/ui/simulator-strings.ts';
import type { VerdictStrings } from '../../i18n/ui/verdict-strings.ts';
import type { TermId } from '../../rules/index.ts';

/**
 * Everything the island writes, resolved for one locale by the Astro wrapper and passed in as a
 * prop: the island never imports a dictionary, so it ships only the reader's language.
 */
export interface SimulatorText {
  readonly locale: Locale;
  /** The simulator's own words. */
  readonly strings: SimulatorStrings;
  /** Account-UI labels, the same strings the article prints with `<UiTerm>`. */
  readonly terms: Readonly<Record<TermId, string>>;
  /** Verdict sentences: why an action is unavailable and what to do instead. */
  readonly verdicts: VerdictStrings;
  /** Rule values as prose in this locale ("90 days", "1 hour", "1 seat"). */
  readonly values: { readonly window: string; readonly delay: string; readonly minimum: string };
}

/** Which simulator an article shows. */
export type SimulatorFlow = 'partner' | 'seats';
