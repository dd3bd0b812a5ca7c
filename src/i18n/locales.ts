/**
 * The site's locales, defined once. `astro.config.mjs`, the rules module's
 * per-locale data, the UI strings and the tests all import from here.
 */
export const localeCodes = ['en', 'it', 'fr', 'de'] as const;

/** A language the site is written in (BCP 47 tag). */
export type Locale = (typeof localeCodes)[number];

/** English is served at the site root; the others under `/<code>/`. */
export const defaultLocale: Locale = 'en';

/** Native names, as shown in Starlight's language picker. */
export const localeLabels: Record<Locale, string> = {
  en: 'English',
  it: 'Italiano',
  fr: 'Français',
  de: 'Deutsch',
};

/** Starlight's `locales` option: the default locale lives at `root`. */
export const starlightLocales = Object.fromEntries(
  localeCodes.map((code) => [code === defaultLocale ? 'root' : code, { label: localeLabels[code], lang: code }]),
);

/** Narrows any string (e.g. `Astro.currentLocale`) to a site locale, falling back to English. */
export function toLocale(value: string | undefined): Locale {
  return (localeCodes as readonly string[]).includes(value ?? '') ? (value as Locale) : defaultLocale;
}

/** URL prefix of a locale's pages: `/` for English, `/it/` for Italian... */
export function localePrefix(locale: Locale): string {
  return locale === defaultLocale ? '/' : `/${locale}/`;
}
