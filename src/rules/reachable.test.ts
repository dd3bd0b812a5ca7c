import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { nearDateArbitrary, subscriptionFactsArbitrary } from './arbitraries.ts';
import { verdictOf } from './evaluation.ts';
import { factNames } from './facts.ts';
import { procedures } from './procedures/index.ts';
import { questionsToAsk } from './questions.ts';
import { reachableFacts, reachableReasons } from './reachable.ts';
import { reasonCodes } from './reasons.ts';

describe('what each procedure can ask and answer', () => {
  test.each(procedures.map((procedure) => [procedure.id, procedure] as const))(
    'the %s questions read exactly the facts its registry module declares, and give exactly its reasons',
    (_id, procedure) => {
      expect([...reachableFacts(procedure.id)].sort()).toEqual([...procedure.facts].sort());
      expect([...reachableReasons(procedure.id)].sort()).toEqual(Object.keys(procedure.reasons).sort());
    },
  );

  test('between them the procedures can give every reason, and no reason twice', () => {
    const all = procedures.flatMap((procedure) => [...reachableReasons(procedure.id)]);
    expect(all.sort()).toEqual([...reasonCodes].sort());
  });

  test('any facts, partly answered, on any day: every question asked and every reason given is reachable', () => {
    fc.assert(
      fc.property(subscriptionFactsArbitrary, fc.subarray([...factNames]), nearDateArbitrary, (facts, known, today) => {
        const partial = Object.fromEntries(known.map((name) => [name, facts[name]]));
        for (const procedure of procedures) {
          const asked = reachableFacts(procedure.id);
          for (const fact of questionsToAsk(procedure.id, partial, today)) expect(asked).toContain(fact);
          for (const reason of verdictOf(procedure.evaluate(facts, today)).reasons) {
            expect(reachableReasons(procedure.id)).toContain(reason);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
