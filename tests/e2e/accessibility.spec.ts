import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { isArticlePage } from '../../scripts/bench/budgets.ts';
import { builtPages, isStaticFlowPage } from '../../scripts/bench/built-pages.ts';

/** WCAG 2.2 A and AA, as issue 6 asks: nothing disabled. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The checker without JavaScript builds some 200 pages of the same three templates (question,
 * check your answers, result): static-flow.spec.ts scans a page of each template in every locale.
 */
const pages = builtPages().filter((path) => !isStaticFlowPage(path));

test('the build has the pages the tests expect', () => {
  expect(pages.length).toBeGreaterThanOrEqual(12);
});

for (const theme of ['light', 'dark'] as const) {
  for (const path of pages) {
    test(`${path} has no WCAG 2.2 AA violation in the ${theme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      const { violations } = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
      expect(
        violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`),
      ).toEqual([]);
    });
  }
}

for (const width of [1280, 400]) {
  test(`the search button is named by its visible label at ${width}px wide`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/it/');
    await expect(page.getByRole('button', { name: 'Cerca', exact: true })).toBeVisible();
    await expect(page.locator('button[data-open-modal]')).toHaveAttribute('aria-keyshortcuts', 'Control+K');
  });
}

for (const path of pages.filter(isArticlePage)) {
  test(`${path}: no two buttons of the article share an accessible name`, async ({ page }) => {
    await page.goto(path);
    await page.locator('[data-checker]').scrollIntoViewIfNeeded();
    await page.locator('[data-simulator]').scrollIntoViewIfNeeded();
    const snapshot = await page.locator('main').ariaSnapshot();
    const names = [...snapshot.matchAll(/- button "([^"]+)"/g)].map((match) => match[1]);
    expect(names.length).toBeGreaterThan(1);
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
  });
}
