import { expect, test } from '@playwright/test';
import { budgets, isArticlePage } from '../../scripts/bench/budgets.ts';
import { builtPages, distDir } from '../../scripts/bench/built-pages.ts';
import { firstSearchQueries, measureFirstSearch } from '../../scripts/bench/first-search.ts';
import { measurePage } from '../../scripts/bench/page-weight.ts';
import { articleUrl, localeCodes } from './locales.ts';

/*
 * What only a browser can tell about page weight: that the JavaScript the budget counts is what
 * it loads, and what a first search downloads. The budgets themselves: tests/dist/budgets.test.ts.
 */
const articles = builtPages().filter(isArticlePage);

test('the JavaScript the budget counts is what the browser loads before any search', async ({ page }) => {
  const path = articles[0]!;
  const loaded = new Set<string>();
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.pathname.endsWith('.js') && !url.pathname.startsWith('/pagefind/')) loaded.add(url.pathname);
  });
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  const counted = new Set(measurePage(distDir, path).assets.filter((asset) => asset.endsWith('.js')));
  // Starlight preloads its search UI (ui-core) when idle: on-demand search code, outside the budget.
  const uncounted = [...loaded].filter((url) => !counted.has(url) && !/\/ui-core\.[\w-]+\.js$/.test(url));
  expect(uncounted).toEqual([]);
});

for (const locale of localeCodes) {
  test(`a first search in ${locale} downloads at most the search budget`, async ({ page }) => {
    const url = articleUrl(locale, 'add-or-reduce-seats');
    const pageAssets = new Set(measurePage(distDir, url).assets);
    const bytes = await measureFirstSearch(page, url, firstSearchQueries[locale], pageAssets);
    // Pagefind's WebAssembly alone is over 50 KB: a figure below that means the search did not run.
    expect(bytes).toBeGreaterThan(50 * 1024);
    expect(bytes, 'gzip bytes of the first search').toBeLessThanOrEqual(budgets.firstSearch);
  });
}
