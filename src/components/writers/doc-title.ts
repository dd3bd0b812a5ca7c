import type { CollectionEntry } from 'astro:content';
import { defaultLocale, type Locale } from '../../i18n/locales.ts';

/**
 * The title of the docs page `slug` (e.g. `add-or-reduce-seats`, or `index` for a home page) in
 * `locale`, as its frontmatter gives it; the slug itself if the page does not exist.
 */
export function docTitle(docs: readonly CollectionEntry<'docs'>[], locale: Locale, slug: string): string {
  const prefix = locale === defaultLocale ? '' : `${locale}/`;
  const ids = slug === 'index' ? [`${prefix}index`, prefix.replace(/\/$/, ''), 'index'] : [`${prefix}${slug}`];
  return docs.find((entry) => ids.includes(entry.id))?.data.title ?? slug;
}
