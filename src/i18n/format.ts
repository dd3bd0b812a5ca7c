import type { Parameter } from '../rules/index.ts';
import type { Locale } from './locales.ts';

/** How each language names a counted thing, singular and plural (units `Intl` does not have). */
const countWords: Record<'seat' | 'subscription', Record<Locale, { one: string; other: string }>> = {
  seat: {
    en: { one: 'seat', other: 'seats' },
    it: { one: 'postazione', other: 'postazioni' },
    fr: { one: 'poste', other: 'postes' },
    de: { one: 'Arbeitsplatz', other: 'Arbeitsplätze' },
  },
  subscription: {
    en: { one: 'subscription', other: 'subscriptions' },
    it: { one: 'abbonamento', other: 'abbonamenti' },
    fr: { one: 'abonnement', other: 'abonnements' },
    de: { one: 'Abonnement', other: 'Abonnements' },
  },
};

/** A rule value as prose prints it: "90 days", "1 ora", "1 poste"; or the bare number. */
export function formatParameter(parameter: Parameter, locale: Locale, format: 'unit' | 'number' = 'unit'): string {
  if (format === 'number') return new Intl.NumberFormat(locale).format(parameter.value);
  if (parameter.unit === 'seat' || parameter.unit === 'subscription') {
    const plural = new Intl.PluralRules(locale).select(parameter.value) === 'one' ? 'one' : 'other';
    return `${new Intl.NumberFormat(locale).format(parameter.value)} ${countWords[parameter.unit][locale][plural]}`;
  }
  return new Intl.NumberFormat(locale, { style: 'unit', unit: parameter.unit, unitDisplay: 'long' }).format(
    parameter.value,
  );
}
