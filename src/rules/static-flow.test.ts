import { describe, expect, test } from 'vitest';
import { verdictOf } from './evaluation.ts';
import {
  addDays,
  changedAnswerPath,
  continueChange,
  daysUntil,
  evaluate,
  factsOfAnswers,
  mergeDateReasons,
  nextStaticPagePath,
  parameterValue,
  procedureById,
  procedureIds,
  termValues,
  staticFlowPaths,
  staticChangePagePath,
  staticOptions,
  staticPagePath,
  staticQuestionNamed,
  staticStep,
  type Action,
  type StaticAnswer,
  type StaticPage,
  type StaticQuestion,
  type StaticVerdict,
  type SubscriptionFacts,
} from './index.ts';

const today = '2026-11-22';
const window = parameterValue('expiration-window');
const bulkLimit = parameterValue('bulk-auto-renew-limit');
const gracePeriod = (term: SubscriptionFacts['term']) =>
  parameterValue(term === 'monthly' ? 'auto-renew-grace-monthly' : 'auto-renew-grace-annual');
/** Days from today to the expiration: both sides of the partner window, of the expiration day and of each grace period. */
const dayOffsets = [-400, -46, -45, -31, -30, -1, 0, 1, window - 1, window, window + 1, 400];

/** The values each fact takes in the combinations: dates on both sides of every threshold. */
const factValues: { readonly [Name in keyof SubscriptionFacts]: readonly SubscriptionFacts[Name][] } = {
  identifier: ['contract-number', 'subscription-id'],
  autoRenew: [true, false],
  tokenFlex: [true, false],
  expirationDate: dayOffsets.map((days) => addDays(today, days)),
  partnerCount: [1, 2, 7],
  changeOnlyOnePartner: [true, false],
  contractManager: [true, false],
  boughtOnline: [true, false],
  term: termValues,
  subscriptionCount: [1, bulkLimit + 1],
};

/** Facts no procedure question changes: the other facts' values in a procedure's combinations. */
const baseFacts: SubscriptionFacts = {
  identifier: 'contract-number',
  autoRenew: false,
  tokenFlex: false,
  expirationDate: today,
  partnerCount: 1,
  changeOnlyOnePartner: false,
  contractManager: true,
  boughtOnline: true,
  term: 'annual',
  subscriptionCount: 1,
};

/** Every combination of the values of the facts `action` asks (the others fixed). */
function allFacts(action: Action): SubscriptionFacts[] {
  let combinations: SubscriptionFacts[] = [baseFacts];
  for (const fact of procedureById(action).facts) {
    combinations = combinations.flatMap((facts) =>
      (factValues[fact] as readonly unknown[]).map((value) => ({ ...facts, [fact]: value }) as SubscriptionFacts),
    );
  }
  return combinations;
}

/** How an admin with these facts answers a question of the static flow: what the question means. */
function answerOf(question: StaticQuestion, facts: SubscriptionFacts): string {
  const yesNo = (value: boolean) => (value ? 'yes' : 'no');
  switch (question) {
    case 'identifier':
      return facts.identifier;
    case 'expiresWithinWindow':
      return yesNo(daysUntil(today, facts.expirationDate) <= window);
    case 'partnerCount':
      return facts.partnerCount === 1 ? 'one' : 'several';
    case 'term':
      return facts.term;
    case 'gracePeriodOver':
      return yesNo(-daysUntil(today, facts.expirationDate) > gracePeriod(facts.term));
    case 'subscriptionCount':
      return facts.subscriptionCount > bulkLimit ? 'over-limit' : 'up-to-limit';
    default:
      return yesNo(facts[question as keyof SubscriptionFacts] as boolean);
  }
}

/** Follows the flow, answering each question from the facts, to its verdict. */
function walk(action: Action, facts: SubscriptionFacts): { answers: StaticAnswer[]; verdict: StaticVerdict } {
  const answers: StaticAnswer[] = [];
  for (let guard = 0; guard < 20; guard += 1) {
    const step = staticStep(action, answers);
    if (step.kind === 'verdict') return { answers, verdict: step.verdict };
    const option = answerOf(step.question, facts);
    expect(staticOptions(action, step.question).map(({ slug }) => slug)).toContain(option);
    answers.push({ question: step.question, option });
  }
  throw new Error('The flow does not end.');
}

const rulesVerdict = (action: Action, facts: SubscriptionFacts) => verdictOf(evaluate(action, facts, today));

describe('the static flow', () => {
  test.each(procedureIds)('agrees with the rules for every combination of facts (%s)', (action) => {
    const combinations = allFacts(action);
    const sizes = procedureById(action).facts.map((fact) => factValues[fact].length);
    expect(combinations.length).toBe(sizes.reduce((product, size) => product * size, 1));
    const pages = staticFlowPaths(action);
    for (const facts of combinations) {
      const { answers, verdict } = walk(action, facts);
      const expected = rulesVerdict(action, facts);
      expect(verdict).toEqual({ outcome: expected.outcome, reasons: mergeDateReasons(expected.reasons) });
      // The path through the flow ends at a generated result page with this verdict.
      const resultPage = pages.find(
        (page) => page.kind === 'result' && JSON.stringify(page.answers) === JSON.stringify(answers),
      );
      expect(resultPage).toMatchObject({ verdict });
    }
  });

  test('the date question merges "expired" and "expires soon", the window day included', () => {
    const base: SubscriptionFacts = {
      identifier: 'contract-number',
      autoRenew: false,
      tokenFlex: false,
      expirationDate: today,
      partnerCount: 1,
      changeOnlyOnePartner: false,
      contractManager: true,
      boughtOnline: true,
      term: 'annual',
      subscriptionCount: 1,
    };
    for (const [days, reasons] of [
      [-1, ['expired-or-expires-soon']],
      [0, ['expired-or-expires-soon']],
      [window, ['expired-or-expires-soon']],
      [window + 1, []],
    ] as const) {
      expect(walk('partner', { ...base, expirationDate: addDays(today, days) }).verdict.reasons).toEqual(reasons);
    }
  });

  test.each(procedureIds)('every path ends at a result (%s)', (action) => {
    const pages = staticFlowPaths(action);
    const byPath = new Map(pages.map((page) => [page.path, page]));
    expect(byPath.size).toBe(pages.length);
    for (const page of pages) {
      if (page.kind !== 'question') continue;
      for (const { slug } of staticOptions(action, page.question)) {
        const answers = [...page.answers, { question: page.question, option: slug }];
        const next = byPath.get(nextStaticPagePath(action, answers));
        expect(next, `${page.path} ${slug}`).toBeDefined();
        expect(next!.answers).toEqual(answers);
      }
    }
    for (const page of pages) {
      if (page.kind !== 'check-answers') continue;
      const result = byPath.get(page.path.replace('/check-answers/', '/result/'));
      expect(result).toMatchObject({ kind: 'result', verdict: page.verdict });
    }
  });

  test('the number of pages per action', () => {
    const count = (action: Action, kind: string) => staticFlowPaths(action).filter((page) => page.kind === kind).length;
    // Partner: identifier, auto-renew, Token Flex (2), window (4), partners, change one of several.
    expect(count('partner', 'question')).toBe(10);
    // Subscription ID; 7 blocking combinations; one partner; several, changing one or all.
    expect(count('partner', 'result')).toBe(11);
    expect(count('partner', 'check-answers')).toBe(11);
    // A change page per answer of each complete path.
    expect(count('partner', 'change')).toBe(46);
    expect(staticFlowPaths('partner')).toHaveLength(78);
    expect(count('seats', 'question')).toBe(7);
    expect(count('seats', 'result')).toBe(8);
    expect(count('seats', 'change')).toBe(24);
    expect(staticFlowPaths('seats')).toHaveLength(47);
    // Automatic renewal: the term; per term, the grace period; per term within it, how many subscriptions.
    expect(count('automatic-renewal', 'question')).toBe(7);
    expect(count('automatic-renewal', 'result')).toBe(9);
    // ...and 8 that ask the grace period anew after another term, remembering the number of subscriptions.
    expect(count('automatic-renewal', 'change')).toBe(32);
    expect(staticFlowPaths('automatic-renewal')).toHaveLength(57);
  });

  test('every outcome and reason of the rules is reachable', () => {
    const outcomes = new Set(
      procedureIds.flatMap((action) =>
        staticFlowPaths(action).flatMap((page) => (page.kind === 'result' ? [page.verdict.outcome] : [])),
      ),
    );
    expect([...outcomes].sort()).toEqual([
      'contact-support',
      'financial-transaction-only',
      'self-service',
      'unavailable',
    ]);
  });

  test('paths are stable and readable', () => {
    const partner = staticFlowPaths('partner').map((page) => page.path);
    expect(partner[0]).toBe('partner/');
    expect(partner).toContain('partner/result/identifier=subscription-id/');
    expect(partner).toContain(
      'partner/check-answers/identifier=contract-number/auto-renew=no/token-flex=no/expires-within-window=no/partners=several/change-only-one-partner=yes/',
    );
    expect(staticFlowPaths('seats')[0]!.path).toBe('seats/');
    expect(staticFlowPaths('automatic-renewal').map((page) => page.path)).toContain(
      'automatic-renewal/result/term=monthly/grace-period-over=no/subscriptions=over-limit/',
    );
  });

  test('paths of change pages name the question asked again', () => {
    expect(staticFlowPaths('partner').map((page) => page.path)).toContain(
      'partner/change/auto-renew/identifier=contract-number/auto-renew=yes/token-flex=no/expires-within-window=no/',
    );
  });
});

type ChangePage = Extract<StaticPage, { kind: 'change' }>;
const changePagesOf = (action: Action) =>
  staticFlowPaths(action).filter((page): page is ChangePage => page.kind === 'change');
const label = (page: ChangePage, option: string) =>
  `${page.answers.map((answer) => `${answer.question}=${answer.option}`).join(' ')}: ${page.question} → ${option}`;
/** What a question asks after some answers: the rule values its words name. */
const meaning = (action: Action, question: StaticQuestion, before: readonly StaticAnswer[]) =>
  JSON.stringify(staticQuestionNamed(action, question).definition.values?.(factsOfAnswers(action, before)) ?? {});

describe('changing an answer from "check your answers"', () => {
  test.each(procedureIds)('each answer of a complete path has its change page, the answer marked (%s)', (action) => {
    const pages = staticFlowPaths(action);
    for (const page of pages.filter((candidate) => candidate.kind === 'check-answers')) {
      page.answers.forEach(({ question, option }, index) => {
        const change = pages.find(
          (candidate) =>
            candidate.path === staticChangePagePath(action, page.answers, page.answers.slice(0, index), question),
        );
        expect(change, `${page.path} ${question}`).toMatchObject({ kind: 'change', question, current: option });
      });
    }
  });

  test.each(procedureIds)('choosing the marked answer returns to the same "check your answers" (%s)', (action) => {
    for (const page of changePagesOf(action)) {
      if (page.current === undefined) continue;
      expect(changedAnswerPath(action, page, page.current), label(page, page.current)).toBe(
        staticPagePath(action, 'check-answers', page.answers),
      );
    }
  });

  test.each(procedureIds)(
    'another answer keeps every other answer that still applies, and asks anew only what no answer applies to (%s)',
    (action) => {
      const byPath = new Map(staticFlowPaths(action).map((page) => [page.path, page]));
      for (const page of changePagesOf(action)) {
        for (const { slug } of staticOptions(action, page.question)) {
          const where = label(page, slug);
          const found = byPath.get(changedAnswerPath(action, page, slug));
          expect(found, where).toBeDefined();
          const destination = found!;
          const chosen = [...page.kept, { question: page.question, option: slug }];
          if (destination.kind === 'result') throw new Error(`${where} skips "check your answers"`);
          const after = destination.kind === 'change' ? destination.kept : destination.answers;
          expect(after.slice(0, chosen.length), where).toEqual(chosen);
          // Every answer the change kept is one the reader gave, and still means the same.
          after.slice(chosen.length).forEach((answer, offset) => {
            const position = page.answers.findIndex((given) => given.question === answer.question);
            expect(page.answers[position], where).toEqual(answer);
            expect(meaning(action, answer.question, after.slice(0, chosen.length + offset)), where).toBe(
              meaning(action, answer.question, page.answers.slice(0, position)),
            );
          });
          if (destination.kind === 'question') {
            // The flow's own question page, where no answer is left to keep after it.
            const asked = new Set([...after.map((answer) => answer.question), destination.question]);
            expect(
              page.answers.filter((answer) => !asked.has(answer.question)),
              where,
            ).toEqual([]);
            continue;
          }
          if (destination.kind !== 'change') continue;
          // A question asked anew has no answer that applies: none given, or given when it meant something else.
          expect(destination.current, where).toBeUndefined();
          expect(destination.answers, where).toBe(page.answers);
          const position = page.answers.findIndex((given) => given.question === destination.question);
          if (position >= 0) {
            expect(meaning(action, destination.question, destination.kept), where).not.toBe(
              meaning(action, destination.question, page.answers.slice(0, position)),
            );
          }
        }
      }
    },
  );

  test('a question whose words depend on a changed answer is asked anew, and the answers after it stay', () => {
    const answers: StaticAnswer[] = [
      { question: 'term', option: 'monthly' },
      { question: 'gracePeriodOver', option: 'no' },
      { question: 'subscriptionCount', option: 'over-limit' },
    ];
    const change = { answers, kept: [], question: 'term' };
    // "More than 30 days ago?" answered for a monthly term is no answer for an annual one (45 days).
    expect(continueChange('automatic-renewal', answers, [{ question: 'term', option: 'annual' }])).toEqual({
      kind: 'question',
      kept: [{ question: 'term', option: 'annual' }],
      question: 'gracePeriodOver',
      remembering: true,
    });
    const graceAnew = changedAnswerPath('automatic-renewal', change, 'annual');
    expect(graceAnew).toBe(
      'automatic-renewal/change/grace-period-over/term=monthly/grace-period-over=no/subscriptions=over-limit/with/term=annual/',
    );
    // Once it is answered, the number of subscriptions is not asked again.
    expect(
      changedAnswerPath(
        'automatic-renewal',
        { answers, kept: [{ question: 'term', option: 'annual' }], question: 'gracePeriodOver' },
        'no',
      ),
    ).toBe('automatic-renewal/check-answers/term=annual/grace-period-over=no/subscriptions=over-limit/');
    // Between annual and multi-year the grace period is the same 45 days: every answer stays.
    const annual = [{ question: 'term', option: 'annual' }, ...answers.slice(1)];
    expect(changedAnswerPath('automatic-renewal', { answers: annual, kept: [], question: 'term' }, 'multi-year')).toBe(
      'automatic-renewal/check-answers/term=multi-year/grace-period-over=no/subscriptions=over-limit/',
    );
  });
});
