import fc from 'fast-check';
import { fromEpochDay, toEpochDay } from './dates.ts';
import type { SubscriptionFacts } from './facts.ts';

/** Any real calendar date from year 1 to 9999 (fast-check arbitrary, for property tests). */
export const calendarDateArbitrary = fc
  .integer({ min: toEpochDay('0001-01-01'), max: toEpochDay('9999-12-31') })
  .map(fromEpochDay);

/** Dates near 2026, where the 90-day window is exercised most. */
export const nearDateArbitrary = fc
  .integer({ min: toEpochDay('2024-01-01'), max: toEpochDay('2029-12-31') })
  .map(fromEpochDay);

/** Any valid set of subscription facts. */
export const subscriptionFactsArbitrary: fc.Arbitrary<SubscriptionFacts> = fc.record({
  identifier: fc.constantFrom('contract-number', 'subscription-id'),
  autoRenew: fc.boolean(),
  tokenFlex: fc.boolean(),
  expirationDate: nearDateArbitrary,
  partnerCount: fc.integer({ min: 1, max: 20 }),
  changeOnlyOnePartner: fc.boolean(),
  contractManager: fc.boolean(),
  boughtOnline: fc.boolean(),
  term: fc.constantFrom('monthly', 'annual', 'multi-year'),
  subscriptionCount: fc.integer({ min: 1, max: 250 }),
});

/**
 * Text an attacker or a confused reader might put in a field or a URL: markup and script,
 * encodings, Unicode edge cases (lone surrogates, bidirectional marks, other digits), numbers in
 * disguise, prototype keys, and long strings. For fuzz tests: nothing of it may throw or become markup.
 */
export const hostileTextArbitrary: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    "'-alert(1)-'",
    'javascript:alert(1)',
    '<svg/onload=alert(1)>',
    '{{constructor.constructor("alert(1)")()}}',
    '${alert(1)}',
    '__proto__',
    'constructor',
    'toString',
    '%3Cscript%3E',
    '%E0%A4%A',
    '%',
    '&amp;&lt;&#x3C;',
    '\u202Etrue',
    '\uD800',
    'true\u0000',
    '٣',
    '１２',
    '1e3',
    '0x10',
    '-0',
    'NaN',
    'Infinity',
    '99999999999999999999',
    ' 2027-03-01 ',
    '2027-02-29',
    '2027-2-3',
    '+002027-03-01',
    'TRUE',
    '',
    ' ',
  ),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ minLength: 1000, maxLength: 5000 }),
  fc.integer().map(String),
  fc.double().map(String),
);

/** Any value a caller might hand to a parser: hostile text, odd numbers, objects, arrays, null. */
export const hostileValueArbitrary: fc.Arbitrary<unknown> = fc.oneof(
  hostileTextArbitrary,
  fc.constantFrom(NaN, -0, Infinity, -Infinity, Number.MAX_SAFE_INTEGER + 2, 1.5, 0, -1, null, undefined),
  fc.anything(),
);
