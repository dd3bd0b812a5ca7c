import type { Parameter } from '../rules/index.ts';
import type { Locale } from './locales.ts';

/** How each language names a counted thing, singular and plural (units `Intl` does not have). */
const countWords: Record<'seat' | 'subscription', Record<Locale, { one: string; other: string }>> = {
  seat: {
    en: { one: 'seat', other: 'seats' },
    it: { one: 'postazione', other: 'postazioni' },
    fr: { one: 'poste', other: 'postes' },
    // Autodesk's German help says "Lizenzplätze", not "Arbeitsplätze".
    de: { one: 'Lizenzplatz', other: 'Lizenzplätze' },
  },
  subscription: {
    en: { one: 'subscription', other: 'subscriptions' },
    it: { one: 'abbonamento', other: 'abbonamenti' },
    fr: { one: 'abonnement', other: 'abonnements' },
    de: { one: 'Abonnement', other: 'Abonnements' },
  },
};

/**
 * A value of 1 as the sources write it, with the article instead of the digit: "at least an hour",
 * "almeno un’ora", "au moins une heure", "mindestens eine Stunde". The German forms are nominative
 * (and, for the feminine "Stunde", accusative too): a German sentence that prints the seat minimum
 * is built so that it stands in the nominative ("… nur ein Lizenzplatz enthalten ist").
 */
const oneUnit: Record<Parameter['unit'], Record<Locale, string>> = {
  hour: { en: 'an hour', it: 'un’ora', fr: 'une heure', de: 'eine Stunde' },
  day: { en: 'one day', it: 'un giorno', fr: 'un jour', de: 'ein Tag' },
  seat: { en: 'one seat', it: 'una postazione', fr: 'un poste', de: 'ein Lizenzplatz' },
  subscription: { en: 'one subscription', it: 'un abbonamento', fr: 'un abonnement', de: 'ein Abonnement' },
};

/**
 * A rule value as prose prints it: "90 days", "90 giorni", "an hour", "un poste"; or the bare
 * number (`format: 'number'`).
 *
 * Each text is worked out once: an `Intl` formatter costs about 0.3 ms to build, and every page of
 * the no-JavaScript flow prints the same few values.
 */
export function formatParameter(parameter: Parameter, locale: Locale, format: 'unit' | 'number' = 'unit'): string {
  const key = `${locale} ${format} ${parameter.unit} ${parameter.value}`;
  let text = formatted.get(key);
  if (text === undefined) {
    text = formatValue(parameter, locale, format);
    formatted.set(key, text);
  }
  return text;
}

const formatted = new Map<string, string>();

function formatValue({ value, unit }: Parameter, locale: Locale, format: 'unit' | 'number'): string {
  if (format === 'number') return new Intl.NumberFormat(locale).format(value);
  if (value === 1) return oneUnit[unit][locale];
  if (unit === 'seat' || unit === 'subscription') {
    const plural = new Intl.PluralRules(locale).select(value) === 'one' ? 'one' : 'other';
    return `${new Intl.NumberFormat(locale).format(value)} ${countWords[unit][locale][plural]}`;
  }
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}
