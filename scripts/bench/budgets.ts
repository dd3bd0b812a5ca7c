import { articleSlugs } from '../../src/rules/index.ts';
import { isStaticFlowPage } from './built-pages.ts';

/**
 * Page-weight budgets (gzip bytes), enforced by tests/dist/budgets.test.ts (and, for what only a
 * browser can tell, tests/e2e/budgets.spec.ts) and printed by `npm run bench`. Figures below as
 * first set, for two articles; the current ones are in README's page-weight section:
 *
 * - HTML, 9.1-10.7 KB: the article's text and Starlight's frame, plus the islands' server-rendered
 *   markup and their strings in the reader's language (~2.5 KB). Astro's island bootstrap is a shared
 *   file, not inline text (src/build/island-bootstrap.ts), and each page's policy lists only its own
 *   inline scripts' hashes (src/build/page-script-hashes.ts).
 * - JavaScript, 24.5-24.6 KB: Starlight's 5.9 KB (its scripts in one file, its inline theme and search
 *   scripts, Astro's island bootstrap 2.1 KB) plus the islands' 18.6-18.7 KB: Solid's runtime ~7 KB, the
 *   rules ~2 KB, the checker ~3.6 KB, the simulator's shared screens ~3 KB and the article's flow
 *   with its sample accounts ~3 KB. Links are prefetched by Speculation Rules, not by a script.
 * - A first search, 100.7-102.2 KB: Starlight's search UI with Pagefind's strings in the site's four
 *   languages only ~12 KB (src/search/pagefind-ui-languages.ts), Pagefind's script ~13 KB and its
 *   worker ~12 KB, the language's WebAssembly with its stemmer ~58 KB, then a few KB of index and
 *   fragments. The budget was 100 KB with the search on the page's thread (87-89 KB); it is 102 KB
 *   since the search runs in Pagefind's worker: on the page's thread, the longest task of a first
 *   search at 250-1,000 articles per language is 29-44 ms of CPU (`npm run bench:scale`; 113-148 ms
 *   of wall time on an idle machine at 1,000), several times that on a phone, against 15-23 ms in
 *   the worker; 12 KB once is the cheaper cost. It is 104 KB since the budget test searches the
 *   benchmark's word (`firstSearchQueries`: "partner", "partenaire"), which matches most articles and
 *   so loads the most fragments: 100.7-102.2 KB (French highest). The 102 KB had been set against an
 *   account label that matched one article per language.
 *
 * Never raise a budget to make a change fit; make the page lighter, or say in the commit why the
 * issue's figure is wrong.
 */
export const budgets = {
  /** HTML of an article page. */
  articleHtml: 12 * 1024,
  /**
   * JavaScript an article page loads: Starlight's own plus the islands, not the on-demand search UI.
   * It was 25 KB for two procedures, no Trusted Types and a checker that only gave verdicts.
   * Since then every article runs the Trusted Types default policy before its modules (0.2 KB
   * inline); the islands share the procedures registry, each procedure's decision, reasons and
   * sourced next steps (about 1 KB for three procedures); and a verdict can be shared (opened at,
   * dated, copied) and says what a bad link got wrong (about 0.9 KB). The articles with both islands
   * measure 26.9-27.1 KB (automatic renewal, checker only: 23.2 KB). Splitting the registry into a chunk per procedure is the way back down.
   */
  articleJs: 28 * 1024,
  /** What a first search downloads. */
  firstSearch: 104 * 1024,
} as const;

/** Whether a built page (`/it/add-or-reduce-seats/`) is an article, to which the article budgets apply. */
export function isArticlePage(page: string): boolean {
  // `/check/automatic-renewal/` is the no-JavaScript flow's first page, not the article.
  return !isStaticFlowPage(page) && articleSlugs.some((slug) => page.endsWith(`/${slug}/`));
}
