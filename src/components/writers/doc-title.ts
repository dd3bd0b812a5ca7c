import { getEntry } from 'astro:content';
import { defaultLocale, type Locale } from '../../i18n/locales.ts';

/** The ids Astro's glob loader may give the docs page `slug` in `locale`: a home page has its folder's id (`it`), the root one `index`. */
function docIds(locale: Locale, slug: string): string[] {
  const prefix = locale === defaultLocale ? '' : `${locale}/`;
  return slug === 'index' ? [prefix.replace(/\/$/, '') || 'index', `${prefix}index`] : [`${prefix}${slug}`];
}

/**
 * The titles of the docs pages `slugs` (e.g. `add-or-reduce-seats`, or `index` for a home page)
 * in `locale`, as their frontmatter gives them; the slug itself for a page that does not exist.
 *
 * Each title is one lookup in the content store (`getEntry`), not a search through the whole
 * collection: the no-JavaScript flow's hundreds of pages each show a title or two, and the cost of
 * a page must not grow with the number of articles the site has.
 */
export async function docTitles(locale: Locale, slugs: Iterable<string>): Promise<(slug: string) => string> {
  const titles = new Map<string, string>();
  for (const slug of new Set(slugs)) {
    let title = slug;
    for (const id of docIds(locale, slug)) {
      const entry = await getEntry('docs', id);
      if (entry) {
        title = entry.data.title;
        break;
      }
    }
    titles.set(slug, title);
  }
  return (slug) => {
    const title = titles.get(slug);
    if (title === undefined) throw new Error(`docTitles: the title of "${slug}" was not asked for`);
    return title;
  };
}
