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
});
