import type { Parameter } from '../rules/index.ts';
import type { Locale } from './locales.ts';

/** How each language names a seat, singular and plural (not an `Intl` unit). */
const seatWords: Record<Locale, { one: string; other: string }> = {
  en: { one: 'seat', other: 'seats' },
  it: { one: 'postazione', other: 'postazioni' },
  fr: { one: 'poste', other: 'postes' },
  de: { one: 'Arbeitsplatz', other: 'Arbeitsplätze' },
};

/** A rule value as prose prints it: "90 days", "1 ora", "1 poste"; or the bare number. */
export function formatParameter(parameter: Parameter, locale: Locale, format: 'unit' | 'number' = 'unit'): string {
  if (format === 'number') return new Intl.NumberFormat(locale).format(parameter.value);
  if (parameter.unit === 'seat') {
    const plural = new Intl.PluralRules(locale).select(parameter.value) === 'one' ? 'one' : 'other';
    return `${new Intl.NumberFormat(locale).format(parameter.value)} ${seatWords[locale][plural]}`;
  }
  return new Intl.NumberFormat(locale, { style: 'unit', unit: parameter.unit, unitDisplay: 'long' }).format(
    parameter.value,
  );
}
