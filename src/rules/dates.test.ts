import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { calendarDateArbitrary } from './arbitraries.ts';
import { addDays, daysUntil, fromEpochDay, isCalendarDate, localCalendarDate, toEpochDay } from './dates.ts';

describe('calendar dates', () => {
  test.each([
    ['a leap day in a leap year exists', '2028-02-29', true],
    ['a leap day in a common year does not', '2026-02-29', false],
    ['2000 was a leap year (divisible by 400)', '2000-02-29', true],
    ['2100 will not be (divisible by 100)', '2100-02-29', false],
    ['month 13 does not exist', '2026-13-01', false],
    ['day 31 of a 30-day month does not exist', '2026-04-31', false],
    ['day zero does not exist', '2026-01-00', false],
    ['a date needs two-digit month and day', '2026-1-5', false],
    ['a date with a time is not a calendar date', '2026-01-05T00:00', false],
    ['an empty string is not a date', '', false],
  ])('%s', (_name, value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });

  test('epoch day zero is 1970-01-01', () => {
    expect(toEpochDay('1970-01-01')).toBe(0);
    expect(fromEpochDay(-1)).toBe('1969-12-31');
  });

  test.each([
    ['a day over a leap day', '2028-02-28', 1, '2028-02-29'],
    ['a day over the end of February in a common year', '2026-02-28', 1, '2026-03-01'],
    ['90 days from 2026-11-22', '2026-11-22', 90, '2027-02-20'],
    ['over a spring DST change', '2026-03-28', 2, '2026-03-30'],
    ['back over a year end', '2027-01-01', -1, '2026-12-31'],
  ])('adds %s', (_name, from, days, expected) => {
    expect(addDays(from, days)).toBe(expected);
  });

  test('toEpochDay and fromEpochDay are inverse', () => {
    fc.assert(
      fc.property(calendarDateArbitrary, (date) => {
        expect(fromEpochDay(toEpochDay(date))).toBe(date);
      }),
    );
  });

  test('every date fromEpochDay gives is a calendar date, and consecutive days are one apart', () => {
    fc.assert(
      fc.property(calendarDateArbitrary, (date) => {
        expect(isCalendarDate(date)).toBe(true);
        fc.pre(date !== '9999-12-31'); // the day after is year 10000, past four digits
        expect(daysUntil(date, addDays(date, 1))).toBe(1);
      }),
    );
  });

  test('daysUntil agrees with the UTC day count of the JavaScript Date', () => {
    fc.assert(
      fc.property(calendarDateArbitrary, calendarDateArbitrary, (a, b) => {
        const utcDays = (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;
        expect(daysUntil(a, b)).toBe(utcDays);
      }),
    );
  });

  test('daysUntil is antisymmetric and additive', () => {
    fc.assert(
      fc.property(calendarDateArbitrary, calendarDateArbitrary, fc.integer({ min: -500, max: 500 }), (a, b, n) => {
        expect(daysUntil(a, b) + daysUntil(b, a)).toBe(0);
        const shifted = toEpochDay(a) + n;
        if (shifted >= toEpochDay('0001-01-01') && shifted <= toEpochDay('9999-12-31'))
          expect(daysUntil(a, addDays(a, n))).toBe(n);
      }),
    );
  });

  test('the local calendar date is the wall-clock date in the running time zone', () => {
    // Built from local components, so it is 23:30 on a leap day whatever TZ the suite runs in.
    expect(localCalendarDate(new Date(2028, 1, 29, 23, 30))).toBe('2028-02-29');
    expect(localCalendarDate(new Date(2026, 2, 29, 0, 30))).toBe('2026-03-29');
  });
});
