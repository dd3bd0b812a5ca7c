import { defaultLocale, localeCodes, type Locale } from './locales.ts';

/**
 * `getStaticPaths` of a page built once per locale under a `[...locale]` rest parameter: English at
 * the root (`/writers/rules/`), the others under their code (`/it/writers/rules/`).
 */
export function localeStaticPaths(): { params: { locale: string | undefined }; props: { locale: Locale } }[] {
  return localeCodes.map((locale) => ({
    params: { locale: locale === defaultLocale ? undefined : locale },
    props: { locale },
  }));
}
