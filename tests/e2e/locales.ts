import { localeCodes, localePrefix, type Locale } from '../../src/i18n/locales.ts';

export { localeCodes, localePrefix, type Locale };

/** The URL of an article in a locale. */
export function articleUrl(locale: Locale, slug: string): string {
  return `${localePrefix(locale)}${slug}/`;
}
