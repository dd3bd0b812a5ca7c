import type { Locale } from '../../i18n/locales.ts';
import type { SimulatorStrings } from '../../i18n/ui/simulator-strings.ts';
import type { VerdictStrings } from '../../i18n/ui/verdict-strings.ts';
import type { ReasonCode, TermId } from '../../rules/index.ts';
import type { SimulatorFlowId } from '../../rules/procedures/index.ts';
import type { NextStepText } from '../checker/next-step-text.ts';

/** Which simulator an article shows: one the registry's procedures name (`simulator.flow`). */
export type SimulatorFlow = SimulatorFlowId;

/**
 * Everything the island writes, resolved for one locale by the Astro wrapper and passed in as a
 * prop: the island never imports a dictionary, so it ships only the reader's language. And only
 * what its flow shows: the partner article's island does not carry the seats screens' words, nor
 * either island the verdict headlines it never shows (props are HTML the reader downloads).
 *
 * `SimulatorText` alone is what every flow has; `SimulatorText<'partner'>` adds the partner
 * screens' words (the flow names are the keys of `SimulatorStrings`' flow sections).
 */
export interface SimulatorText<Flow extends SimulatorFlow = never> {
  readonly locale: Locale;
  /** The simulator's own words. */
  readonly strings: Omit<SimulatorStrings, SimulatorFlow> & Pick<SimulatorStrings, Flow>;
  /** Account-UI labels, the same strings the article prints with `<UiTerm>`. */
  readonly terms: Readonly<Record<TermId, string>>;
  /** Why an action is unavailable and what to do instead (the procedure's next step per reason, in words). */
  readonly verdicts: Pick<VerdictStrings, 'reasons' | 'ruleLink'> & {
    readonly nextSteps: Readonly<Partial<Record<ReasonCode, NextStepText>>>;
  };
  /** Rule values as prose in this locale ("90 days", "an hour", "one seat"). */
  readonly values: { readonly window: string; readonly delay: string; readonly minimum: string };
}
