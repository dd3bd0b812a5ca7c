import { describe, expect, test } from 'vitest';
import { ruleSentence } from '../../i18n/rule-sentence.ts';
import { nextStepTextsFor } from './next-step-text.ts';
import { checkerStrings } from '../../i18n/ui/checker/index.ts';
import { verdictStrings } from '../../i18n/ui/verdicts/index.ts';
import {
  addDays,
  evaluate,
  partnerCases,
  questionsToAsk,
  seatCases,
  type Action,
  type FactName,
  type Verdict,
} from '../../rules/index.ts';
import {
  answersFrom,
  choiceValues,
  currentAnswers,
  errorMessage,
  factInputs,
  formValuesFrom,
  nextSteps,
  questionsFor,
  reasonText,
  unreadableInput,
  validate,
  verdictFor,
  type FormValues,
} from './checker-state.ts';

const today = '2026-11-22';
const farAway = addDays(today, 200);
const openContract: FormValues = {
  identifier: 'contract-number',
  autoRenew: 'false',
  tokenFlex: 'false',
  expirationDate: farAway,
};

describe('validation on submit', () => {
  test.each<[string, Action, FormValues, ReturnType<typeof validate>]>([
    ['nothing answered asks for the first question', 'partner', {}, [{ fact: 'identifier', code: 'missing' }]],
    ['nothing answered on seats asks about the role', 'seats', {}, [{ fact: 'contractManager', code: 'missing' }]],
    [
      'an empty date is missing',
      'partner',
      { ...openContract, expirationDate: '' },
      [{ fact: 'expirationDate', code: 'missing' }],
    ],
    [
      'an impossible date is not a real date',
      'partner',
      { ...openContract, expirationDate: '2026-02-30' },
      [{ fact: 'expirationDate', code: 'invalid-date' }],
    ],
    [
      'a half-typed date is not a real date',
      'partner',
      { ...openContract, expirationDate: unreadableInput },
      [{ fact: 'expirationDate', code: 'invalid-date' }],
    ],
    [
      'zero partners is not a valid count',
      'partner',
      { ...openContract, partnerCount: '0' },
      [{ fact: 'partnerCount', code: 'invalid-partner-count' }],
    ],
    [
      'a fractional count is not valid',
      'partner',
      { ...openContract, partnerCount: '1.5' },
      [{ fact: 'partnerCount', code: 'invalid-partner-count' }],
    ],
    [
      'an empty count is missing',
      'partner',
      { ...openContract, partnerCount: ' ' },
      [{ fact: 'partnerCount', code: 'missing' }],
    ],
    ['a decided partner verdict has no error', 'partner', { ...openContract, partnerCount: '1' }, []],
    ['a subscription ID needs nothing else', 'partner', { identifier: 'subscription-id' }, []],
    [
      'an ineligible verdict is a result, not an error',
      'seats',
      { contractManager: 'false', autoRenew: 'false', boughtOnline: 'false' },
      [],
    ],
  ])('%s', (_name, action, values, errors) => {
    expect(validate(action, values, today)).toEqual(errors);
  });

  test('every error has a message of its own language, never a zod message', () => {
    for (const strings of Object.values(checkerStrings)) {
      expect(errorMessage({ fact: 'expirationDate', code: 'invalid-date' }, strings)).toBe(strings.invalidDate);
      expect(errorMessage({ fact: 'partnerCount', code: 'invalid-partner-count' }, strings)).toBe(
        strings.invalidPartnerCount,
      );
      expect(errorMessage({ fact: 'autoRenew', code: 'missing' }, strings)).toBe(strings.missing.autoRenew);
    }
  });
});

describe('dropping answers that are no longer asked', () => {
  test('switching to a subscription ID hides and drops the contract answers', () => {
    const values: FormValues = { ...openContract, partnerCount: '2', changeOnlyOnePartner: 'true' };
    expect(questionsFor('partner', values, today)).toEqual([
      'identifier',
      'autoRenew',
      'tokenFlex',
      'expirationDate',
      'partnerCount',
      'changeOnlyOnePartner',
    ]);
    const switched = { ...values, identifier: 'subscription-id' };
    expect(questionsFor('partner', switched, today)).toEqual(['identifier']);
    expect(currentAnswers('partner', switched, today)).toEqual({ identifier: 'subscription-id' });
    expect(verdictFor('partner', switched, today)).toEqual({
      outcome: 'financial-transaction-only',
      reasons: ['subscription-id'],
    });
  });

  test('one partner drops the wish to change only one', () => {
    const values: FormValues = { ...openContract, partnerCount: '1', changeOnlyOnePartner: 'true' };
    expect(currentAnswers('partner', values, today)).not.toHaveProperty('changeOnlyOnePartner');
    expect(verdictFor('partner', values, today)).toEqual({ outcome: 'self-service', reasons: [] });
  });

  test('a blocked contract drops the partner count', () => {
    const values: FormValues = { ...openContract, autoRenew: 'true', partnerCount: '3' };
    expect(currentAnswers('partner', values, today)).not.toHaveProperty('partnerCount');
  });

  test('an invalid date hides the questions after it but keeps what was typed', () => {
    const values: FormValues = { ...openContract, expirationDate: '2026-02-30', partnerCount: '2' };
    expect(questionsFor('partner', values, today)).toEqual(['identifier', 'autoRenew', 'tokenFlex', 'expirationDate']);
    expect(values.partnerCount).toBe('2');
    expect(verdictFor('partner', values, today)).toBeUndefined();
  });

  test('seat questions never carry partner answers', () => {
    const values: FormValues = { ...openContract, contractManager: 'true', boughtOnline: 'true' };
    expect(currentAnswers('seats', values, today)).toEqual({
      contractManager: true,
      autoRenew: false,
      boughtOnline: true,
    });
  });

  test('form values and answers convert both ways', () => {
    const facts = {
      identifier: 'contract-number',
      autoRenew: false,
      partnerCount: 3,
      expirationDate: farAway,
    } as const;
    expect(answersFrom(formValuesFrom(facts))).toEqual(facts);
  });
});

describe('the verdict in words', () => {
  const text = { verdict: verdictStrings.en, checker: checkerStrings.en, window: '90 days', locale: 'en' };
  test.each<[string, number, string]>([
    ['far in the past', -30, 'Your contract expired 30 days ago.'],
    ['yesterday', -1, 'Your contract expired yesterday.'],
    ['today', 0, 'Your contract expires today, within 90 days of expiration.'],
    ['tomorrow', 1, 'Your contract expires tomorrow, within 90 days of expiration.'],
    ['in 90 days', 90, 'Your contract expires in 90 days, within 90 days of expiration.'],
  ])('a contract that expires %s says how many days', (_name, days, sentence) => {
    const answers = { expirationDate: addDays(today, days) };
    const reason = days < 0 ? 'expired' : 'expires-soon';
    expect(reasonText(reason, answers, today, text)).toBe(sentence);
  });

  test('numbers follow the language', () => {
    const answers = { expirationDate: addDays(today, -1234) };
    const de = { verdict: verdictStrings.de, checker: checkerStrings.de, window: '90 Tagen', locale: 'de' };
    expect(reasonText('expired', answers, today, de)).toContain('1.234');
  });

  test('next steps list one step per reason, or the self-service steps', () => {
    const texts = nextStepTextsFor('seats', { locale: 'en', article: 'add-or-reduce-seats', title: (slug) => slug });
    expect(nextSteps('seats', { outcome: 'self-service', reasons: [] }, {}, texts)).toEqual([
      { lead: verdictStrings.en.nextStep.followSteps },
    ]);
    const partner = nextStepTextsFor('partner', { locale: 'en', title: (slug) => slug });
    expect(
      nextSteps('partner', { outcome: 'unavailable', reasons: ['change-only-one-partner', 'expired'] }, {}, partner),
    ).toHaveLength(2);
  });

  test('two reasons with the same next step give it once: expired and expiring soon both lead to support', () => {
    const partner = nextStepTextsFor('partner', { locale: 'en', title: (slug) => slug });
    expect(nextSteps('partner', { outcome: 'unavailable', reasons: ['token-flex', 'expired'] }, {}, partner)).toEqual([
      {
        lead: verdictStrings.en.nextStep.support,
        link: expect.objectContaining({ href: expect.stringMatching(/^https:/) }),
      },
    ]);
  });

  test('a self-service partner update with several partners repeats that the update replaces all partner information', () => {
    const partner = nextStepTextsFor('partner', {
      locale: 'en',
      article: 'update-authorized-partner-information',
      title: (slug) => slug,
    });
    const verdict = { outcome: 'self-service', reasons: [] } as const;
    expect(nextSteps('partner', verdict, { partnerCount: 1 }, partner).map((step) => step.lead)).toEqual([
      verdictStrings.en.nextStep.followSteps,
    ]);
    expect(nextSteps('partner', verdict, { partnerCount: 3 }, partner)).toEqual([
      { lead: verdictStrings.en.nextStep.followSteps },
      {
        lead: ruleSentence('partner-update-replaces-all', 'en'),
        link: { href: '#rule-partner-update-replaces-all', text: verdictStrings.en.ruleLink },
      },
    ]);
  });
});

/** Every answer a question can get in a walk: each choice, dates on both sides of the window, one or several. */
function answersToTry(fact: FactName): string[] {
  switch (factInputs[fact]) {
    case 'choice':
      return [...choiceValues(fact)];
    case 'date':
      return [-30, -1, 0, 1, 90, 91, 200].map((days) => addDays(today, days));
    case 'count':
      return ['1', '2', '5'];
  }
}

interface Path {
  readonly values: FormValues;
  readonly order: FactName[];
  readonly verdict: Verdict;
}

/** Answers question after question, as a user would, through the state functions only. */
function walk(action: Action): Path[] {
  const paths: Path[] = [];
  const visit = (values: FormValues) => {
    const shown = questionsFor(action, values, today);
    const verdict = verdictFor(action, values, today);
    if (verdict) {
      paths.push({ values, order: shown, verdict });
      return;
    }
    const open = shown.at(-1)!;
    expect(validate(action, values, today)).toEqual([{ fact: open, code: 'missing' }]);
    for (const answer of answersToTry(open)) visit({ ...values, [open]: answer });
  };
  visit({});
  return paths;
}

describe.each<[Action, readonly { name: string; verdict: Verdict }[]]>([
  ['partner', partnerCases],
  ['seats', seatCases],
])('every path of the %s rules is reachable through the form', (action, cases) => {
  const paths = walk(action);
  const key = (verdict: Verdict) => `${verdict.outcome}:${verdict.reasons.join(',')}`;
  const reached = new Set(paths.map((path) => key(path.verdict)));

  test.each(cases.map((example) => [example.name, example.verdict] as const))('%s', (_name, verdict) => {
    expect(reached).toContain(key(verdict));
  });

  test('each path asks the questions of the rules, in their order, and reaches their verdict', () => {
    for (const path of paths) {
      const answers = answersFrom(path.values);
      expect(path.order).toEqual(questionsToAsk(action, answers, today));
      expect(evaluate(action, answers, today)).toEqual({ status: 'decided', verdict: path.verdict });
      expect(validate(action, path.values, today)).toEqual([]);
    }
  });
});
