import { describe, expect, test } from 'vitest';
import { addDays, checkPartnerUpdate, partnerCases, type SubscriptionFacts } from './index.ts';

const today = '2026-11-22';

describe('checkPartnerUpdate', () => {
  test.each(partnerCases)('$name', ({ facts, daysToExpiration, verdict }) => {
    const subscription: SubscriptionFacts = { ...facts, expirationDate: addDays(today, daysToExpiration) };
    expect(checkPartnerUpdate(subscription, today)).toEqual(verdict);
  });

  test.each([
    ['the window reaches across a leap day', '2028-01-01', '2028-03-31', 'expires-soon'],
    ['the day after the window across a leap day is outside', '2028-01-01', '2028-04-01', undefined],
    ['the window reaches across a year end', '2026-12-01', '2027-02-28', 'expires-soon'],
    ['the window does not count a DST change as a lost day', '2026-03-01', '2026-05-30', 'expires-soon'],
    ['91 days over a DST change is outside the window', '2026-03-01', '2026-05-31', undefined],
  ])('%s', (_name, todayDate, expirationDate, expectedReason) => {
    const facts: SubscriptionFacts = {
      identifier: 'contract-number',
      autoRenew: false,
      tokenFlex: false,
      expirationDate,
      partnerCount: 1,
      changeOnlyOnePartner: false,
      contractManager: true,
      boughtOnline: true,
      term: 'annual',
      subscriptionCount: 1,
    };
    expect(checkPartnerUpdate(facts, todayDate).reasons).toEqual(expectedReason ? [expectedReason] : []);
  });
});
