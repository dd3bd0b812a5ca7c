import { localeCodes, localePrefix } from '../i18n/locales.ts';
import { isStaticChangePagePath } from '../rules/static-flow.ts';

/**
 * Pages that ask search engines not to index them: the writers' pages (not help) and the
 * no-JavaScript flow's change pages (each repeats a question the flow's own page asks). They carry
 * `noindexHead` in their frontmatter's `head`, and the sitemap leaves out every path
 * `isNoindexPath` names (`tests/dist/sitemap.test.ts` checks that the two agree).
 */
export const noindexHead = [{ tag: 'meta' as const, attrs: { name: 'robots', content: 'noindex' } }];

/** Whether the page at `pathname` (`/it/writers/rules/`) carries `noindexHead`. */
export function isNoindexPath(pathname: string): boolean {
  const prefix = localeCodes.map(localePrefix).find((candidate) => candidate !== '/' && pathname.startsWith(candidate));
  const path = pathname.slice((prefix ?? '/').length);
  return (
    path.startsWith('writers/') || (path.startsWith('check/') && isStaticChangePagePath(path.slice('check/'.length)))
  );
}
