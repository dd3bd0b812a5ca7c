import type { CollectionEntry } from 'astro:content';
import { defaultLocale, type Locale } from '../../i18n/locales.ts';

/**
 * The title of the docs page `slug` (e.g. `add-or-reduce-seats`, or `index` for a home page) in
 * `locale`, as its frontmatter gives it; the slug itself if the page does not exist.
 */
export function docTitle(docs: readonly CollectionEntry<'docs'>[], locale: Locale, slug: string): string {
  const prefix = locale === defaultLocale ? '' : `${locale}/`;
  // Astro's glob loader gives a home page the id of its folder (`it`), the root one `index`.
  const ids = slug === 'index' ? [prefix.replace(/\/$/, '') || 'index', `${prefix}index`] : [`${prefix}${slug}`];
  for (const id of ids) {
    const entry = docs.find((candidate) => candidate.id === id);
    if (entry) return entry.data.title;
  }
  return slug;
}
