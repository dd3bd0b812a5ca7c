import type { StarlightUserConfig } from '@astrojs/starlight/types';
import { articleSlugs } from '../rules/rules.ts';
import { defaultLocale, localeCodes, type Locale } from './locales.ts';
import { noindexHead } from '../seo/noindex.ts';
import type { WriterStrings } from './ui/writer-strings.ts';
import { writerStrings } from './ui/writers/index.ts';

/** A writers' string in every language but English, as Starlight's `translations`. */
function translations(pick: (strings: WriterStrings) => string): Record<string, string> {
  return Object.fromEntries(
    localeCodes
      .filter((locale): locale is Exclude<Locale, 'en'> => locale !== defaultLocale)
      .map((locale) => [locale, pick(writerStrings[locale])]),
  );
}

/** An English label with its translations from the writers' dictionary. */
function writerLabel(pick: (strings: WriterStrings) => string) {
  return { label: pick(writerStrings[defaultLocale]), translations: translations(pick) };
}

type Sidebar = NonNullable<StarlightUserConfig['sidebar']>;

const articlesGroup: Sidebar[number] = {
  label: 'Account management for admins',
  translations: {
    it: 'Gestione degli account per gli amministratori',
    fr: 'Gestion des comptes pour les administrateurs',
    de: 'Kontoverwaltung für Administratoren',
  },
  // One link per registered procedure's article (src/rules/procedures/), in the registry's order.
  items: articleSlugs.map((slug) => ({ slug })),
};

/**
 * The readers' sidebar, with group labels in every language. Article links are given by slug, so
 * Starlight labels them with each locale's page title. It leaves out the writers' pages: they are
 * not help, and Starlight's previous/next links follow the sidebar.
 */
export const sidebar: Sidebar = [articlesGroup];

/**
 * The writers' pages' own sidebar (StarlightPage's `sidebar`): their pages first, then the
 * articles they describe. The writers' pages are custom pages (src/pages/), so they are linked by
 * path; Starlight prefixes a `link` with the current locale.
 */
export const writersSidebar: Sidebar = [
  {
    ...writerLabel((strings) => strings.sidebar.group),
    items: [
      { ...writerLabel((strings) => strings.sidebar.rules), link: '/writers/rules/' },
      { ...writerLabel((strings) => strings.sidebar.status), link: '/writers/status/' },
    ],
  },
  articlesGroup,
];

/**
 * Frontmatter every writers' page shares: out of search engines (`noindex`) and the site search,
 * and no previous/next links into the readers' articles.
 */
export const writersPageFrontmatter = {
  pagefind: false,
  prev: false,
  next: false,
  head: noindexHead,
};
