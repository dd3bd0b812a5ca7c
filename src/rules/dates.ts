/**
 * Calendar-date arithmetic on `YYYY-MM-DD` strings.
 *
 * No `Date`, no clock and no time zone inside: a calendar date is turned into a count of days
 * since 1970-01-01 with Howard Hinnant's `days_from_civil` algorithm, so "days until expiration"
 * is the same integer in every time zone, across DST changes and leap days.
 */

/** A calendar date as written in ISO 8601: four-digit year, two-digit month and day. */
export type CalendarDate = `${number}-${number}-${number}`;

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `year` is a Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in `month` (1-12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Splits a `YYYY-MM-DD` string into numbers, or returns `undefined` when it is not a real calendar date. */
export function parseCalendarDate(value: string): { year: number; month: number; day: number } | undefined {
  const match = isoDatePattern.exec(value);
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/** Whether `value` is a `YYYY-MM-DD` date that exists (2025-02-29 does not). */
export function isCalendarDate(value: string): value is CalendarDate {
  return parseCalendarDate(value) !== undefined;
}

/** Days since 1970-01-01 of a valid calendar date (days_from_civil). */
export function toEpochDay(value: string): number {
  const parsed = parseCalendarDate(value);
  if (!parsed) throw new RangeError(`Not a calendar date: ${JSON.stringify(value)}`);
  const { month, day } = parsed;
  const year = parsed.year - (month <= 2 ? 1 : 0);
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The calendar date `epochDay` days after 1970-01-01 (civil_from_days), inverse of {@link toEpochDay}. */
export function fromEpochDay(epochDay: number): CalendarDate {
  const shifted = epochDay + 719468;
  const era = Math.floor(shifted / 146097);
  const dayOfEra = shifted - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` as CalendarDate;
}

/** The date `days` calendar days after `date` (negative goes back). */
export function addDays(date: string, days: number): CalendarDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/** Whole calendar days from `today` to `expirationDate`: 0 on the day itself, negative once it has passed. */
export function daysUntil(today: string, expirationDate: string): number {
  return toEpochDay(expirationDate) - toEpochDay(today);
}

/**
 * The user's own calendar date at instant `now`, in the time zone of the running environment.
 * Rules never call this: islands do, and pass the result in as `today`.
 */
export function localCalendarDate(now: Date): CalendarDate {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1, 2)}-${pad(now.getDate(), 2)}` as CalendarDate;
}
