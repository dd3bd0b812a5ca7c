import { knownProseId } from '../components/prose-ids.ts';
import type { Locale } from '../i18n/locales.ts';
import { term, termPath, type TermId, type TermPathId } from '../rules/index.ts';

/** What `<UiTerm>` takes: one account-UI label, or a menu path. */
export type UiTermProps = { id: TermId; path?: never } | { path: TermPathId; id?: never };

/** The element `<UiTerm>` prints: its class, its `data-term` and its text. */
export interface UiTermElement {
  readonly className: 'ui-term';
  readonly dataTerm: string;
  readonly text: string;
}

/**
 * The label (or the menu path, its steps joined by " > ") that `<UiTerm>` prints in `locale`,
 * from the rules module's terms. An unknown id or path throws an error naming the page (`page`),
 * the tag and the known ids.
 */
export function uiTermElement(props: Record<string, unknown>, locale: Locale, page: string): UiTermElement {
  const labels =
    props['path'] === undefined
      ? [term(knownProseId<TermId>('UiTerm', props['id'], page), locale)]
      : termPath(knownProseId<TermPathId>('UiTermPath', props['path'], page), locale);
  return { className: 'ui-term', dataTerm: String(props['id'] ?? props['path']), text: labels.join(' > ') };
}
