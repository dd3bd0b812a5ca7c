import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  addDays,
  checkPartnerUpdate,
  checkSeatChange,
  evaluate,
  nextQuestion,
  questionsToAsk,
  type PartialSubscriptionFacts,
  type SubscriptionFacts,
} from './index.ts';
import { subscriptionFactsArbitrary } from './arbitraries.ts';

const today = '2026-11-22';
const farAway = addDays(today, 365);

describe('the partner question order', () => {
  test.each<[string, PartialSubscriptionFacts, string | undefined]>([
    ['nothing known asks how the subscription was bought', {}, 'identifier'],
    ['a subscription ID needs nothing else', { identifier: 'subscription-id' }, undefined],
    ['a contract number asks about auto-renew', { identifier: 'contract-number' }, 'autoRenew'],
    ['after auto-renew comes Token Flex', { identifier: 'contract-number', autoRenew: true }, 'tokenFlex'],
    [
      'an auto-renewing contract still asks the expiration date, to give every reason',
      { identifier: 'contract-number', autoRenew: true, tokenFlex: false },
      'expirationDate',
    ],
    [
      'a blocked contract does not ask about partners',
      { identifier: 'contract-number', autoRenew: true, tokenFlex: false, expirationDate: farAway },
      undefined,
    ],
    [
      'an open contract asks how many partners',
      { identifier: 'contract-number', autoRenew: false, tokenFlex: false, expirationDate: farAway },
      'partnerCount',
    ],
    [
      'one partner needs nothing else',
      { identifier: 'contract-number', autoRenew: false, tokenFlex: false, expirationDate: farAway, partnerCount: 1 },
      undefined,
    ],
    [
      'several partners ask whether to change only one',
      { identifier: 'contract-number', autoRenew: false, tokenFlex: false, expirationDate: farAway, partnerCount: 2 },
      'changeOnlyOnePartner',
    ],
  ])('%s', (_name, facts, expected) => {
    expect(nextQuestion('partner', facts, today)).toBe(expected);
  });
});

describe('the seat question order', () => {
  test.each<[string, PartialSubscriptionFacts, string | undefined]>([
    ['nothing known asks about the role', {}, 'contractManager'],
    ['then auto-renew, even for a non-manager, to give every reason', { contractManager: false }, 'autoRenew'],
    ['then where it was bought', { contractManager: true, autoRenew: true }, 'boughtOnline'],
    ['three answers decide', { contractManager: true, autoRenew: true, boughtOnline: false }, undefined],
    ['partner facts are never asked', { identifier: 'subscription-id', tokenFlex: true }, 'contractManager'],
  ])('%s', (_name, facts, expected) => {
    expect(nextQuestion('seats', facts, today)).toBe(expected);
  });
});

describe('questions and decisions agree', () => {
  test('answering the questions in order reaches the verdict of the full facts', () => {
    fc.assert(
      fc.property(subscriptionFactsArbitrary, fc.constantFrom('partner', 'seats'), (facts, action) => {
        const asked = questionsToAsk(action, facts, today);
        const answered = Object.fromEntries(asked.map((fact) => [fact, facts[fact]]));
        const evaluation = evaluate(action, answered, today);
        const full = action === 'partner' ? checkPartnerUpdate(facts, today) : checkSeatChange(facts);
        expect(evaluation).toEqual({ status: 'decided', verdict: full });
      }),
    );
  });

  test('every verdict other than self-service gives at least one reason, and self-service none', () => {
    fc.assert(
      fc.property(subscriptionFactsArbitrary, (facts: SubscriptionFacts) => {
        for (const verdict of [checkPartnerUpdate(facts, today), checkSeatChange(facts)]) {
          expect(verdict.reasons.length > 0).toBe(verdict.outcome !== 'self-service');
          expect(new Set(verdict.reasons).size).toBe(verdict.reasons.length);
        }
      }),
    );
  });

  test('questionsToAsk lists the answered questions, then the next one', () => {
    const facts = { identifier: 'contract-number', autoRenew: false } as const;
    expect(questionsToAsk('partner', facts, today)).toEqual(['identifier', 'autoRenew', 'tokenFlex']);
  });
});
