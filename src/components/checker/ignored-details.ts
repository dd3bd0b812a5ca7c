import { fillTemplate } from '../../i18n/ui/template.ts';
import type { CheckerStrings } from '../../i18n/ui/checker-strings.ts';
import { isFactName } from '../../rules/query.ts';
import type { FactName } from '../../rules/index.ts';

/** At most this many answers are named one by one; the rest of what a link got wrong is counted. */
export const maxNamedAnswers = 3;

/** What the checker says about the parts of a link it could not use, in the page's language. */
export interface IgnoredNote {
  /** One sentence per answer of this checker that the link gave in a form it cannot read. */
  readonly answers: readonly string[];
  /** How many other parts were ignored (unknown names, other checkers' answers, answers past the first few). */
  readonly others: number;
}

/** `2026-02-30` as the language writes a date ("30 February 2026"), though no such day exists. */
function impossibleDateText(text: string, locale: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  // The month's name from a real day of that month; the impossible day number beside it.
  const parts = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
    .formatToParts(new Date(Date.UTC(year, month - 1, 1)))
    .map((part) => (part.type === 'day' ? String(day) : part.value));
  return parts.join('');
}

/**
 * Describes what a link got wrong without repeating anything it contained: each unreadable answer
 * of this checker by its question, in the page's words (with "30 February 2026 does not exist"
 * where a date names a day no calendar has), at most `maxNamedAnswers` of them, and a count of the
 * rest. Names and values from the link are never shown: a link is text anyone can write.
 */
export function ignoredNote(
  search: string,
  ignored: readonly string[],
  ignoredCount: number,
  questions: readonly FactName[],
  strings: CheckerStrings,
  locale: string,
): IgnoredNote {
  const params = new URLSearchParams(search);
  const answers: string[] = [];
  for (const name of ignored) {
    if (answers.length === maxNamedAnswers) break;
    if (!isFactName(name) || !questions.includes(name)) continue;
    const question = strings.questions[name];
    const date = name === 'expirationDate' ? impossibleDateText(params.get(name) ?? '', locale) : undefined;
    answers.push(
      fillTemplate(date ? strings.ignoredImpossibleDate : strings.ignoredAnswer, { question, date: date ?? '' }),
    );
  }
  return { answers, others: ignoredCount - answers.length };
}
