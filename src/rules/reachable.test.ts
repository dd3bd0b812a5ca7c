import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { nearDateArbitrary, subscriptionFactsArbitrary } from './arbitraries.ts';
import { factNames, type FactName } from './facts.ts';
import { checkPartnerUpdate } from './partner.ts';
import { questionsToAsk, type Action } from './questions.ts';
import { reachableFacts, reachableReasons } from './reachable.ts';
import { reasonCodes } from './reasons.ts';
import { checkSeatChange } from './seats.ts';

describe('what each action can ask and answer', () => {
  test.each<[Action, FactName[]]>([
    ['partner', ['identifier', 'autoRenew', 'tokenFlex', 'expirationDate', 'partnerCount', 'changeOnlyOnePartner']],
    ['seats', ['contractManager', 'autoRenew', 'boughtOnline']],
  ])('the %s questions read exactly these facts', (action, facts) => {
    expect([...reachableFacts(action)].sort()).toEqual([...facts].sort());
  });

  test('between them the two actions can give every reason, and no reason twice', () => {
    const partner = [...reachableReasons('partner')];
    const seats = [...reachableReasons('seats')];
    expect([...partner, ...seats].sort()).toEqual([...reasonCodes].sort());
  });

  test('any facts, partly answered, on any day: every question asked and every reason given is reachable', () => {
    fc.assert(
      fc.property(subscriptionFactsArbitrary, fc.subarray([...factNames]), nearDateArbitrary, (facts, known, today) => {
        const partial = Object.fromEntries(known.map((name) => [name, facts[name]]));
        for (const action of ['partner', 'seats'] as const) {
          for (const fact of questionsToAsk(action, partial, today)) expect(reachableFacts(action)).toContain(fact);
        }
        for (const reason of checkPartnerUpdate(facts, today).reasons)
          expect(reachableReasons('partner')).toContain(reason);
        for (const reason of checkSeatChange(facts).reasons) expect(reachableReasons('seats')).toContain(reason);
      }),
      { numRuns: 500 },
    );
  });
});
