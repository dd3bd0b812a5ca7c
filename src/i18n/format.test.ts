import { describe, expect, test } from 'vitest';
import { parameters, type Parameter } from '../rules/index.ts';
import { formatParameter } from './format.ts';
import { localeCodes } from './locales.ts';

describe('formatParameter', () => {
  test.each([
    ['en', 'an hour', 'one seat', '90 days'],
    ['it', 'un’ora', 'una postazione', '90 giorni'],
    ['fr', 'une heure', 'un poste', '90 jours'],
    ['de', 'eine Stunde', 'ein Lizenzplatz', '90 Tage'],
  ] as const)('in %s, prints each value the way the sources say it', (locale, hour, seat, window) => {
    expect(formatParameter(parameters['partner-update-delay'], locale)).toBe(hour);
    expect(formatParameter(parameters['minimum-seats'], locale)).toBe(seat);
    // French puts a no-break space between number and unit.
    expect(formatParameter(parameters['expiration-window'], locale).replace(/\s/gu, ' ')).toBe(window);
  });

  test.each(localeCodes)('in %s, other values keep their digits and plural', (locale) => {
    const seats: Parameter = { ...parameters['minimum-seats'], value: 2 };
    const hours: Parameter = { ...parameters['partner-update-delay'], value: 3 };
    expect(formatParameter(seats, locale)).toMatch(/^2\s\p{L}+$/u);
    expect(formatParameter(hours, locale)).toContain('3');
    expect(formatParameter(parameters['partner-update-delay'], locale, 'number')).toBe('1');
  });
});
