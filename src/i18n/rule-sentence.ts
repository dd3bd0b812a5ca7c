import {
  parameters,
  term,
  termPath,
  termPaths,
  terms,
  type ParameterId,
  type RuleId,
  type TermId,
  type TermPathId,
} from '../rules/index.ts';
import { sources } from '../rules/sources.ts';
import { formatParameter } from './format.ts';
import type { Locale } from './locales.ts';

/**
 * A rule's sentence as a reader sees it in `locale`: the quote of `src/rules/sources.ts` with its
 * placeholders filled the way the article's components print them (`{expiration-window}` as
 * `<RuleValue>`, `{term:id}` and `{path:id}` as `<UiTerm>`).
 */
export function ruleSentence(id: RuleId, locale: Locale): string {
  return fillRuleQuote(sources[id][locale], locale);
}

/** Fills the placeholders of a source quote. Unknown placeholders are left as written. */
export function fillRuleQuote(quote: string, locale: Locale): string {
  return quote.replace(/\{(?:(term|path):)?([\w-]+)\}/g, (placeholder, kind: string | undefined, id: string) => {
    if (kind === 'term') return id in terms ? term(id as TermId, locale) : placeholder;
    if (kind === 'path') return id in termPaths ? termPath(id as TermPathId, locale).join(' > ') : placeholder;
    return id in parameters ? formatParameter(parameters[id as ParameterId], locale) : placeholder;
  });
}
