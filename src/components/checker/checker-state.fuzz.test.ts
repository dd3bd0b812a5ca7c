import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatParameter } from '../../i18n/format.ts';
import { localeCodes } from '../../i18n/locales.ts';
import { checkerStrings } from '../../i18n/ui/checker/index.ts';
import { verdictStrings } from '../../i18n/ui/verdicts/index.ts';
import { hostileTextArbitrary, nearDateArbitrary } from '../../rules/arbitraries.ts';
import { factNames, nextStepsOf, parameters, procedureIds, type Action, type FactName } from '../../rules/index.ts';
import { nextStepTextsFor } from './next-step-text.ts';
import {
  choiceValues,
  currentAnswers,
  errorMessage,
  nextSteps,
  outcomeHeadline,
  questionsFor,
  reasonText,
  validate,
  verdictFor,
  type FormValues,
} from './checker-state.ts';
import { checkerStringsFor, verdictStringsFor } from './strings-for-action.ts';

/*
 * The checker's form under hostile typing (part of the 10,000 fuzz cases: 2,000 here, the
 * rest in src/rules/input.fuzz.test.ts). Whatever a reader types or a link carries, the form never
 * throws, every message it shows is one of the locale's own sentences (never zod's, never the
 * input echoed back), and a verdict always comes with its reasons.
 */

/** What a form field may hold: a real answer or anything at all. */
const fieldText = (fact: FactName) =>
  fc.oneof(fc.constantFrom(...choiceValues(fact), '1', '3', '2027-03-01'), hostileTextArbitrary);

const formValuesArbitrary: fc.Arbitrary<FormValues> = fc
  .tuple(...factNames.map((fact) => fc.option(fieldText(fact), { nil: undefined })))
  .map((texts) =>
    Object.fromEntries(factNames.flatMap((fact, index) => (texts[index] === undefined ? [] : [[fact, texts[index]]]))),
  );

describe('the checker form under hostile input', () => {
  test('never throws; messages are the locale’s own sentences; a verdict has its reasons', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Action>(...procedureIds),
        formValuesArbitrary,
        nearDateArbitrary,
        fc.constantFrom(...localeCodes),
        (action, values, today, locale) => {
          // The words the island gets: only those the action can show (the others are sent empty).
          const checker = checkerStringsFor(action, checkerStrings[locale]);
          const verdicts = verdictStringsFor(action, verdictStrings[locale]);
          const ownSentences = new Set(
            [
              ...Object.values(checker.missing),
              checker.invalidDate,
              checker.invalidPartnerCount,
              checker.invalidSubscriptionCount,
            ].filter(Boolean),
          );

          const shown = questionsFor(action, values, today);
          for (const fact of shown) expect(factNames).toContain(fact);
          const errors = validate(action, values, today);
          for (const error of errors) {
            expect(shown).toContain(error.fact);
            expect(ownSentences).toContain(errorMessage(error, checker));
          }

          const verdict = verdictFor(action, values, today);
          if (verdict === undefined) return;
          expect(errors).toEqual([]);
          expect(verdict.reasons.length > 0).toBe(verdict.outcome !== 'self-service');
          expect(outcomeHeadline(action, verdict, verdicts)).toBeTruthy();
          // Every next step the verdict gives is among those the island was sent, and says something.
          const texts = nextStepTextsFor(action, { locale, title: (slug) => `title of ${slug}` });
          const answers = currentAnswers(action, values, today);
          expect(nextSteps(action, verdict, answers, texts)).toHaveLength(nextStepsOf(action, verdict, answers).length);
          expect(nextSteps(action, verdict, answers, texts).length).toBeGreaterThan(0);
          for (const step of nextSteps(action, verdict, answers, texts)) expect(step.lead).not.toBe('');
          const window = formatParameter(parameters['expiration-window'], locale);
          for (const reason of verdict.reasons) {
            const sentence = reasonText(reason, currentAnswers(action, values, today), today, {
              verdict: verdicts,
              checker,
              window,
              locale,
            });
            expect(sentence.length).toBeGreaterThan(0);
            expect(sentence).not.toMatch(/[<>]|\{\w+\}/);
          }
        },
      ),
      { numRuns: 2000 },
    );
  }, 60_000);
});
