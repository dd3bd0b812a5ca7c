import { describe, expect, test } from 'vitest';
import { localeCodes } from '../../i18n/locales.ts';
import { checkerStrings } from '../../i18n/ui/checker/index.ts';
import { fillTemplate } from '../../i18n/ui/template.ts';
import { parseFactsQuery } from '../../rules/query.ts';
import type { FactName } from '../../rules/index.ts';
import { ignoredNote, maxNamedAnswers } from './ignored-details.ts';

const partnerQuestions: FactName[] = ['identifier', 'autoRenew', 'tokenFlex', 'expirationDate', 'partnerCount'];
const impossibleDates = {
  en: 'February 30, 2026',
  it: '30 febbraio 2026',
  fr: '30 février 2026',
  de: '30. Februar 2026',
};

/** The note for `search` on the partner checker in `locale`. */
function noteFor(search: string, locale: (typeof localeCodes)[number]) {
  const { ignored, ignoredCount } = parseFactsQuery(search);
  return ignoredNote(search, ignored, ignoredCount, partnerQuestions, checkerStrings[locale], locale);
}

describe.each(localeCodes)('what a bad link is told in %s', (locale) => {
  const strings = checkerStrings[locale];

  test('an unreadable answer is named by its question, in the page’s words', () => {
    expect(noteFor('?autoRenew=maybe', locale)).toEqual({
      answers: [fillTemplate(strings.ignoredAnswer, { question: strings.questions.autoRenew })],
      others: 0,
    });
  });

  test('a date that names no real day says so, written as the language writes dates', () => {
    expect(noteFor('?expirationDate=2026-02-30', locale).answers).toEqual([
      fillTemplate(strings.ignoredImpossibleDate, {
        question: strings.questions.expirationDate,
        date: impossibleDates[locale],
      }),
    ]);
  });

  test('unknown names and hostile text are counted, never repeated', () => {
    const hostile = encodeURIComponent('<img src=x onerror=alert(1)>\u202e\u0007');
    const note = noteFor(`?foo=1&${hostile}=2&contractManager=maybe&identifier=${hostile}`, locale);
    expect(note.others).toBe(3);
    expect(note.answers).toHaveLength(1);
    expect(note.answers.join(' ')).not.toMatch(/foo|img|\u202e|\u0007|contractManager/);
  });

  test(`at most ${maxNamedAnswers} answers are named; the rest are counted`, () => {
    const note = noteFor('?identifier=x&autoRenew=x&tokenFlex=x&expirationDate=x&partnerCount=x', locale);
    expect(note.answers).toHaveLength(maxNamedAnswers);
    expect(note.others).toBe(5 - maxNamedAnswers);
  });
});
