import { describe, expect, test } from 'vitest';
import { budgets, isArticlePage } from '../../scripts/bench/budgets.ts';
import { builtPages, distDir } from '../../scripts/bench/built-pages.ts';
import { measureIslands, measurePage } from '../../scripts/bench/page-weight.ts';
import { localeCodes } from '../../src/i18n/locales.ts';
import { articleSlugs } from '../../src/rules/index.ts';

/**
 * Page weight, as `npm run bench` measures it, held to its budgets. That the browser loads no
 * JavaScript these figures leave out, and what a first search downloads, are measured in the
 * browser (tests/e2e/budgets.spec.ts).
 */

const articles = builtPages().filter(isArticlePage);

test('every article of every locale is weighed', () => {
  expect(articles).toHaveLength(articleSlugs.length * localeCodes.length);
});

describe.each(articles)('%s', (path) => {
  test('stays within the HTML and JavaScript budgets', () => {
    const weight = measurePage(distDir, path);
    expect(weight.html, 'HTML gzip bytes').toBeLessThanOrEqual(budgets.articleHtml);
    expect(weight.totalJs, 'JavaScript gzip bytes (Starlight + islands)').toBeLessThanOrEqual(budgets.articleJs);
  });

  test('the checker adds at most 10 KB of JavaScript over the page without it', () => {
    const islands = measureIslands(distDir, path);
    const checker = islands.find((island) => island.component === 'CheckerRoot');
    expect(checker, 'the article has a checker island').toBeDefined();
    // Alone on its page (an article without a simulator), the checker brings Solid's runtime with
    // it: the page's total, held by the budget above, is what the reader pays.
    if (islands.length === 1) return;
    expect(checker!.adds).toBeGreaterThan(0);
    expect(checker!.adds).toBeLessThanOrEqual(10 * 1024);
  });
});
