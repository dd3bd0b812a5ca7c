import { defaultLocale as siteDefaultLocale, localeCodes } from './locales.ts';

/** The folder Starlight reads the docs collection from, relative to the project root. */
export const docsFolder = 'src/content/docs';

/**
 * The languages a docs file can be in: the site's own, or those of another project's
 * `locales.ts` (check:docs reads the project it checks, which may be a test's copy).
 */
export interface DocsLocales {
  readonly locales: readonly string[];
  readonly defaultLocale: string;
}

const siteLocales: DocsLocales = { locales: localeCodes, defaultLocale: siteDefaultLocale };

/**
 * The language and slug of a file under the docs folder, as Starlight reads them: its first folder
 * is its language when that names one of the other languages (`it/add-or-reduce-seats.mdx`), and
 * any other file is in the default language, its slug the same in every language.
 */
export function docsFileAt(
  pathInDocs: string,
  { locales, defaultLocale }: DocsLocales = siteLocales,
): { readonly locale: string; readonly slug: string } {
  const slash = pathInDocs.indexOf('/');
  const folder = slash === -1 ? undefined : pathInDocs.slice(0, slash);
  const locale = folder !== undefined && folder !== defaultLocale && locales.includes(folder) ? folder : defaultLocale;
  const inLocale = locale === defaultLocale ? pathInDocs : pathInDocs.slice(slash + 1);
  return { locale, slug: inLocale.replace(/\.mdx?$/, '') };
}

/**
 * The file of an article in a language, relative to the project root, as writers are told to
 * write it: `src/content/docs/add-or-reduce-seats.mdx`, `src/content/docs/it/add-or-reduce-seats.mdx`.
 */
export function docsFilePath(locale: string, slug: string, defaultLocale: string = siteDefaultLocale): string {
  return `${docsFolder}/${locale === defaultLocale ? '' : `${locale}/`}${slug}.mdx`;
}
