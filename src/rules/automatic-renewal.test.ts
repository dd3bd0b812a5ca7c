import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { nearDateArbitrary } from './arbitraries.ts';
import { checkAutoRenewChange, evaluateAutoRenewChange } from './automatic-renewal.ts';
import { renewalCases } from './cases/renewal-cases.ts';
import { addDays, daysUntil, localCalendarDate } from './dates.ts';
import { termValues, type SubscriptionFacts } from './facts.ts';
import { parameterValue } from './parameters.ts';
import { questionsToAsk } from './questions.ts';

const today = '2026-11-22';
const monthlyGrace = parameterValue('auto-renew-grace-monthly');
const annualGrace = parameterValue('auto-renew-grace-annual');
const bulkLimit = parameterValue('bulk-auto-renew-limit');

describe('changing the auto-renew setting', () => {
  test.each(renewalCases)('$name', ({ facts, daysToExpiration, verdict }) => {
    expect(checkAutoRenewChange({ ...facts, expirationDate: addDays(today, daysToExpiration) }, today)).toEqual(
      verdict,
    );
  });

  test.each<[string, SubscriptionFacts['term'], number, boolean]>([
    ['a monthly subscription on its last grace day', 'monthly', monthlyGrace, true],
    ['a monthly subscription the day after its grace period', 'monthly', monthlyGrace + 1, false],
    ['an annual subscription on its last grace day', 'annual', annualGrace, true],
    ['an annual subscription the day after its grace period', 'annual', annualGrace + 1, false],
    ['a multi-year subscription on its last grace day', 'multi-year', annualGrace, true],
    ['a multi-year subscription the day after its grace period', 'multi-year', annualGrace + 1, false],
    ['a monthly subscription between the two grace periods', 'monthly', monthlyGrace + 5, false],
    ['an annual subscription between the two grace periods', 'annual', monthlyGrace + 5, true],
  ])('%s', (_name, term, daysSinceExpiration, selfService) => {
    const verdict = checkAutoRenewChange(
      { term, expirationDate: addDays(today, -daysSinceExpiration), subscriptionCount: 1 },
      today,
    );
    expect(verdict.outcome).toBe(selfService ? 'self-service' : 'unavailable');
  });

  test('asks the term, then the date, and the number of subscriptions only while the change is possible', () => {
    expect(questionsToAsk('automatic-renewal', {}, today)).toEqual(['term']);
    expect(questionsToAsk('automatic-renewal', { term: 'annual' }, today)).toEqual(['term', 'expirationDate']);
    expect(questionsToAsk('automatic-renewal', { term: 'annual', expirationDate: today }, today)).toEqual([
      'term',
      'expirationDate',
      'subscriptionCount',
    ]);
    expect(
      questionsToAsk('automatic-renewal', { term: 'monthly', expirationDate: addDays(today, -400) }, today),
    ).toEqual(['term', 'expirationDate']);
  });

  test('any number of subscriptions, however far above one bulk change, stays self-service', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.constantFrom(...termValues), (count, term) => {
        const verdict = checkAutoRenewChange({ term, expirationDate: today, subscriptionCount: count }, today);
        expect(verdict).toEqual({ outcome: 'self-service', reasons: [] });
      }),
    );
    expect(bulkLimit).toBeGreaterThan(1);
  });

  test('the verdict is the definition: on or before the expiration date, or at most the grace period after it', () => {
    fc.assert(
      fc.property(nearDateArbitrary, nearDateArbitrary, fc.constantFrom(...termValues), (expirationDate, day, term) => {
        const grace = term === 'monthly' ? monthlyGrace : annualGrace;
        const allowed = -daysUntil(day, expirationDate) <= grace;
        const evaluation = evaluateAutoRenewChange({ term, expirationDate, subscriptionCount: 3 }, day);
        expect(evaluation.status).toBe('decided');
        if (evaluation.status !== 'decided') return;
        expect(evaluation.verdict.outcome).toBe(allowed ? 'self-service' : 'unavailable');
        if (!allowed) {
          expect(evaluation.verdict.reasons).toEqual([
            term === 'monthly' ? 'monthly-grace-period-over' : 'annual-grace-period-over',
          ]);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

/** The calendar date of an instant in an IANA time zone, as the reader there sees it on their own device. */
function calendarDateIn(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(instant)
    .reduce<Record<string, string>>((all, part) => ({ ...all, [part.type]: part.value }), {});
  return `${parts['year']}-${parts['month']}-${parts['day']}`;
}

const timeZones = [
  'UTC',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'America/Los_Angeles',
  'Europe/Rome',
  'Asia/Kolkata',
  'Australia/Lord_Howe',
];

describe('the user’s own calendar date, in every time zone', () => {
  test('at any instant, in any time zone, the verdict is the one of that zone’s calendar date', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true }),
        fc.constantFrom(...timeZones),
        fc.integer({ min: -60, max: 60 }),
        fc.constantFrom(...termValues),
        (instant, timeZone, offset, term) => {
          const localToday = calendarDateIn(instant, timeZone);
          const expirationDate = addDays(localToday, offset);
          const grace = term === 'monthly' ? monthlyGrace : annualGrace;
          const verdict = checkAutoRenewChange({ term, expirationDate, subscriptionCount: 1 }, localToday);
          expect(verdict.outcome).toBe(-offset <= grace ? 'self-service' : 'unavailable');
        },
      ),
      { numRuns: 2000 },
    );
  });

  test('the process time zone (TZ) does not move the date the checker reads: it is the device’s local day', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true }),
        (instant) => {
          const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
          expect(localCalendarDate(instant)).toBe(calendarDateIn(instant, zone));
        },
      ),
      { numRuns: 500 },
    );
  });

  test('across the last grace day, the boundary moves with the local date, not with UTC', () => {
    // 23:30 on 2027-03-31 in Los Angeles is already 2027-04-01 in UTC.
    const instant = new Date('2027-04-01T06:30:00Z');
    const expirationDate = addDays('2027-03-31', -monthlyGrace);
    const losAngeles = calendarDateIn(instant, 'America/Los_Angeles');
    const utc = calendarDateIn(instant, 'UTC');
    expect(losAngeles).toBe('2027-03-31');
    expect(checkAutoRenewChange({ term: 'monthly', expirationDate, subscriptionCount: 1 }, losAngeles).outcome).toBe(
      'self-service',
    );
    expect(checkAutoRenewChange({ term: 'monthly', expirationDate, subscriptionCount: 1 }, utc).outcome).toBe(
      'unavailable',
    );
  });
});
