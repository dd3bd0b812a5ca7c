import { describe, expect, test } from 'vitest';
import { localeCodes } from '../../i18n/locales.ts';
import { checkerStrings } from '../../i18n/ui/checker/index.ts';
import { verdictStrings } from '../../i18n/ui/verdicts/index.ts';
import { procedureById, procedureIds, reachableFacts, reachableReasons } from '../../rules/index.ts';
import { headlinesOf } from './checker-state.ts';
import { checkerStringsFor, reasonStringsFor, verdictStringsFor } from './strings-for-action.ts';

const actions = procedureIds;

describe.each(localeCodes)('the checker’s words for one action, in %s', (locale) => {
  test.each(actions)('%s: every question, message and reason the action can show is kept', (action) => {
    const strings = checkerStringsFor(action, checkerStrings[locale]);
    const verdicts = verdictStringsFor(action, verdictStrings[locale]);
    for (const fact of reachableFacts(action)) {
      expect(strings.questions[fact]).toBe(checkerStrings[locale].questions[fact]);
      expect(strings.missing[fact]).toBe(checkerStrings[locale].missing[fact]);
    }
    for (const reason of reachableReasons(action)) {
      expect(verdicts.reasons[reason]).toBe(verdictStrings[locale].reasons[reason]);
    }
    const headlines = headlinesOf(action, verdicts);
    for (const value of procedureById(action).outcomes) expect(headlines[value]).toBeTruthy();
  });

  test('the seats checker carries none of the partner questions’ words, and fewer bytes', () => {
    const seats = checkerStringsFor('seats', checkerStrings[locale]);
    expect(seats.questions.identifier).toBe('');
    expect(seats.invalidDate).toBe('');
    const size = (value: unknown) => JSON.stringify(value).length;
    expect(size(seats)).toBeLessThan(size(checkerStrings[locale]) * 0.8);
    expect(size(verdictStringsFor('seats', verdictStrings[locale]))).toBeLessThan(size(verdictStrings[locale]) * 0.7);
  });

  test.each(actions)('%s: the simulator keeps every reason its flow can give, and only those', (action) => {
    const kept = reasonStringsFor(action, verdictStrings[locale]);
    const reachable: ReadonlySet<string> = reachableReasons(action);
    for (const [reason, text] of Object.entries(kept.reasons)) {
      expect(text).toBe(
        reachable.has(reason) ? verdictStrings[locale].reasons[reason as keyof typeof kept.reasons] : '',
      );
    }
  });
});
