import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  hostileTextArbitrary,
  hostileValueArbitrary,
  nearDateArbitrary,
  subscriptionFactsArbitrary,
} from './arbitraries.ts';
import { factNames, subscriptionFacts, partialSubscriptionFacts, type FactName } from './facts.ts';
import { partnerEventArbitrary, seatEventArbitrary } from './flows/events.arbitraries.ts';
import * as partnerFlow from './flows/partner.machine.ts';
import * as seatFlow from './flows/seats.machine.ts';
import { checkPartnerUpdate } from './partner.ts';
import { parseFactsQuery } from './query.ts';
import { outcome, reasonCodes, type Verdict } from './reasons.ts';
import { checkSeatChange } from './seats.ts';

/*
 * Fuzzing every way input reaches the rules: the facts schema, the checker's URL parser
 * and the simulators' machines get random and hostile values. With the 2,000 cases of
 * checker-state.fuzz.test.ts, 10,000 cases in all:
 *   schema 3,000 (1,500 whole objects + 1,500 single fields) + URL 3,000 + machines 2,000.
 */

const timeout = 60_000;

/** A verdict is well formed: a known outcome, known reasons, and reasons exactly when it is not self-service. */
function expectWellFormed(verdict: Verdict): void {
  expect(outcome.options).toContain(verdict.outcome);
  for (const reason of verdict.reasons) expect(reasonCodes).toContain(reason);
  expect(new Set(verdict.reasons).size).toBe(verdict.reasons.length);
  expect(verdict.reasons.length > 0).toBe(verdict.outcome !== 'self-service');
}

describe('the facts schema under hostile input', () => {
  test(
    'any value at all: safeParse never throws, and what it accepts gives a well-formed verdict',
    () => {
      fc.assert(
        fc.property(
          fc.oneof(hostileValueArbitrary, fc.dictionary(hostileTextArbitrary, hostileValueArbitrary)),
          nearDateArbitrary,
          (value, today) => {
            const parsed = subscriptionFacts.safeParse(value);
            if (!parsed.success) return;
            expectWellFormed(checkPartnerUpdate(parsed.data, today));
            expectWellFormed(checkSeatChange(parsed.data));
          },
        ),
        { numRuns: 1500 },
      );
    },
    timeout,
  );

  test(
    'one field replaced by a hostile value: rejected unless it is a valid value of that field',
    () => {
      fc.assert(
        fc.property(
          subscriptionFactsArbitrary,
          fc.constantFrom(...factNames),
          hostileValueArbitrary,
          nearDateArbitrary,
          (facts, name: FactName, value, today) => {
            const parsed = subscriptionFacts.safeParse({ ...facts, [name]: value });
            const fieldAccepts = partialSubscriptionFacts.safeParse({ [name]: value }).success && value !== undefined;
            expect(parsed.success).toBe(fieldAccepts);
            if (parsed.success) {
              expect(parsed.data[name]).toBe(value);
              expectWellFormed(checkPartnerUpdate(parsed.data, today));
              expectWellFormed(checkSeatChange(parsed.data));
            }
          },
        ),
        { numRuns: 1500 },
      );
    },
    timeout,
  );
});

describe('the checker’s URL parser under hostile input', () => {
  /** A query string of hostile names and values, some of them the facts' own names. */
  const hostileQuery = fc
    .array(fc.tuple(fc.oneof(fc.constantFrom(...factNames), hostileTextArbitrary), hostileTextArbitrary), {
      maxLength: 12,
    })
    .map((pairs) => new URLSearchParams(pairs).toString());

  test(
    'never throws; keeps only valid facts, reports every other name, and echoes no markup',
    () => {
      fc.assert(
        fc.property(
          fc.oneof(hostileQuery, hostileTextArbitrary, fc.webQueryParameters()),
          nearDateArbitrary,
          (search, today) => {
            const { facts, ignored } = parseFactsQuery(search);
            expect(partialSubscriptionFacts.safeParse(facts).success).toBe(true);
            for (const name of Object.keys(facts)) expect(factNames).toContain(name);
            for (const name of ignored) expect(typeof name).toBe('string');
            // Every value kept is a boolean, a number, or one of the schema's own strings: never the input's text.
            for (const value of Object.values(facts)) {
              if (typeof value === 'string')
                expect(value).toMatch(/^(contract-number|subscription-id|\d{4}-\d{2}-\d{2})$/);
            }
            const complete = subscriptionFacts.safeParse(facts);
            if (complete.success) expectWellFormed(checkPartnerUpdate(complete.data, today));
          },
        ),
        { numRuns: 3000 },
      );
    },
    timeout,
  );
});

describe('the simulators’ machines under hostile typing', () => {
  test(
    'partner: random events with hostile account numbers never throw, keep what was typed, reach no forbidden state',
    () => {
      fc.assert(
        fc.property(
          nearDateArbitrary,
          fc.array(partnerEventArbitrary(hostileTextArbitrary), { maxLength: 30 }),
          (today, events) => {
            let state = partnerFlow.initialPartnerState(today);
            for (const event of events) {
              const before = state;
              state = partnerFlow.transition(state, event);
              expect(partnerFlow.isForbiddenPartnerState(state)).toBe(false);
              if (event.type === 'type-csn' && before.screen === 'find-partner')
                expect(state.csnInput).toBe(event.value);
              if (state.csnError) expect(['malformed', 'unknown']).toContain(state.csnError);
            }
          },
        ),
        { numRuns: 1000 },
      );
    },
    timeout,
  );

  test(
    'seats: random events with hostile seat counts never throw, keep what was typed, save only whole numbers',
    () => {
      fc.assert(
        fc.property(
          nearDateArbitrary,
          fc.array(seatEventArbitrary(hostileTextArbitrary), { maxLength: 30 }),
          (today, events) => {
            let state = seatFlow.initialSeatState(today);
            for (const event of events) {
              const before = state;
              state = seatFlow.transition(state, event);
              expect(seatFlow.isForbiddenSeatState(state)).toBe(false);
              if (event.type === 'type-seats' && before.screen === 'change-seats')
                expect(state.seatInput).toBe(event.value);
              if (state.newSeats !== undefined) {
                expect(Number.isSafeInteger(state.newSeats)).toBe(true);
                expect(state.newSeats).toBeGreaterThanOrEqual(seatFlow.minimumSeats());
              }
            }
          },
        ),
        { numRuns: 1000 },
      );
    },
    timeout,
  );
});
