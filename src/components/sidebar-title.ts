import { localePrefix, type Locale } from '../i18n/locales.ts';

/** A sidebar entry as Starlight's route data gives it: a link, or a group of entries. */
type SidebarEntry =
  | { readonly type: 'link'; readonly label: string; readonly href: string }
  | { readonly type: 'group'; readonly entries: readonly SidebarEntry[] };

/**
 * An article's title in the page's language, from the page's own sidebar (which labels each
 * article with its title): components inside an article read it there instead of the docs
 * collection, which the article itself belongs to. The slug when the sidebar has no link to it.
 */
export function sidebarTitle(sidebar: readonly SidebarEntry[], locale: Locale, slug: string): string {
  const href = `${localePrefix(locale)}${slug}/`;
  const find = (entries: readonly SidebarEntry[]): string | undefined => {
    for (const entry of entries) {
      const found = entry.type === 'link' ? (entry.href === href ? entry.label : undefined) : find(entry.entries);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  return find(sidebar) ?? slug;
}
