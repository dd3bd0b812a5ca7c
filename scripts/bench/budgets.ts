import { articleSlugs } from '../../src/rules/index.ts';

/** Page-weight budgets (gzip bytes), enforced by tests/e2e/budgets.spec.ts and printed by `npm run bench`. */
export const budgets = {
  /** HTML of an article page. */
  articleHtml: 12 * 1024,
  /** JavaScript an article page loads: Starlight's own plus the islands, not the on-demand search UI. */
  articleJs: 25 * 1024,
  /** What a first search downloads. */
  firstSearch: 100 * 1024,
} as const;

/** Whether a built page (`/it/add-or-reduce-seats/`) is an article, to which the article budgets apply. */
export function isArticlePage(page: string): boolean {
  return articleSlugs.some((slug) => page.endsWith(`/${slug}/`));
}
