import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { subscriptionFactsArbitrary } from './arbitraries.ts';
import { subscriptionFacts } from './index.ts';

describe('the subscription facts schema', () => {
  test('accepts every valid set of facts unchanged', () => {
    fc.assert(
      fc.property(subscriptionFactsArbitrary, (facts) => {
        expect(subscriptionFacts.parse(facts)).toEqual(facts);
      }),
    );
  });

  /** An oracle independent of dates.ts: JavaScript's own UTC calendar round trip. */
  function existsInJavaScriptCalendar(value: string): boolean {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (!match) return false;
    const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
    const date = new Date(0);
    date.setUTCFullYear(year, month - 1, day);
    return year >= 1 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  }

  test('accepts a date exactly when it exists in the calendar', () => {
    const digits = (min: number, max: number, width: number) =>
      fc.integer({ min, max }).map((n) => String(n).padStart(width, '0'));
    const dateLike = fc.oneof(
      fc.tuple(digits(0, 9999, 4), digits(0, 19, 2), digits(0, 39, 2)).map((parts) => parts.join('-')),
      fc.string(),
    );
    fc.assert(
      fc.property(subscriptionFactsArbitrary, dateLike, (facts, expirationDate) => {
        const result = subscriptionFacts.safeParse({ ...facts, expirationDate });
        expect(result.success).toBe(existsInJavaScriptCalendar(expirationDate));
      }),
      { numRuns: 2000 },
    );
  });

  test('rejects values of the wrong type in any field, and unknown fields', () => {
    const fieldNames = Object.keys(subscriptionFacts.def.shape);
    fc.assert(
      fc.property(
        subscriptionFactsArbitrary,
        fc.constantFrom(...fieldNames),
        fc.oneof(fc.string(), fc.double(), fc.constant(null), fc.object()),
        (facts, field, value) => {
          const original = (facts as Record<string, unknown>)[field];
          fc.pre(typeof value !== typeof original);
          expect(subscriptionFacts.safeParse({ ...facts, [field]: value }).success).toBe(false);
        },
      ),
    );
    expect(subscriptionFacts.safeParse({ ...fc.sample(subscriptionFactsArbitrary, 1)[0], extra: 1 }).success).toBe(
      false,
    );
  });

  test.each([
    ['zero partners', 0],
    ['a fractional number of partners', 1.5],
    ['a negative number of partners', -2],
  ])('rejects %s', (_name, partnerCount) => {
    const [facts] = fc.sample(subscriptionFactsArbitrary, 1);
    expect(subscriptionFacts.safeParse({ ...facts, partnerCount }).success).toBe(false);
  });
});
