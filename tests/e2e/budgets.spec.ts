import { expect, test } from '@playwright/test';
import { budgets, isArticlePage } from '../../scripts/bench/budgets.ts';
import { builtPages, distDir } from '../../scripts/bench/built-pages.ts';
import { measureFirstSearch } from '../../scripts/bench/first-search.ts';
import { measureIslands, measurePage } from '../../scripts/bench/page-weight.ts';
import { term } from '../../src/rules/index.ts';
import { articleUrl, localeCodes } from './locales.ts';

const articles = builtPages().filter(isArticlePage);

test('every article of every locale is weighed', () => {
  expect(articles).toHaveLength(8);
});

for (const path of articles) {
  test(`${path} stays within the HTML and JavaScript budgets`, () => {
    const weight = measurePage(distDir, path);
    expect(weight.html, 'HTML gzip bytes').toBeLessThanOrEqual(budgets.articleHtml);
    expect(weight.totalJs, 'JavaScript gzip bytes (Starlight + islands)').toBeLessThanOrEqual(budgets.articleJs);
  });
}

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

for (const path of articles) {
  test(`${path}: the checker adds at most 10 KB of JavaScript over the page without it`, () => {
    const checker = measureIslands(distDir, path).find((island) => island.component === 'CheckerRoot');
    expect(checker, 'the article has a checker island').toBeDefined();
    expect(checker!.adds).toBeGreaterThan(0);
    expect(checker!.adds).toBeLessThanOrEqual(10 * 1024);
  });
}

for (const locale of localeCodes) {
  test(`a first search in ${locale} downloads at most the search budget`, async ({ page }) => {
    const url = articleUrl(locale, 'add-or-reduce-seats');
    const pageAssets = new Set(measurePage(distDir, url).assets);
    const bytes = await measureFirstSearch(page, url, term('update-reseller-information', locale), pageAssets);
    // Pagefind's WebAssembly alone is over 50 KB: a figure below that means the search did not run.
    expect(bytes).toBeGreaterThan(50 * 1024);
    expect(bytes, 'gzip bytes of the first search').toBeLessThanOrEqual(budgets.firstSearch);
  });
}
