import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { isArticlePage } from '../../scripts/bench/budgets.ts';
import { builtPages, isStaticFlowPage } from '../../scripts/bench/built-pages.ts';
import { localeCodes, localePrefix } from './locales.ts';

/** WCAG 2.2 A and AA, as issue 6 asks: nothing disabled. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const pages = builtPages().filter((path) => !isStaticFlowPage(path));
/** The checker without JavaScript: some 200 pages of three templates, scanned in one test per locale, action and theme. */
const flowPages = builtPages().filter(isStaticFlowPage);

test('the build has the pages the tests expect', () => {
  expect(pages.length).toBeGreaterThanOrEqual(12);
  expect(flowPages.length).toBeGreaterThanOrEqual(200);
});

/** The violations axe finds on the current page, one line each. */
async function violationsOf(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  return violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** Makes every page this tab opens use a theme (Starlight reads it from localStorage before the first paint). */
async function useTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme: theme });
  await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
}

async function openInTheme(page: Page, path: string, theme: 'light' | 'dark'): Promise<void> {
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

for (const theme of ['light', 'dark'] as const) {
  for (const path of pages) {
    test(`${path} has no WCAG 2.2 AA violation in the ${theme} theme`, async ({ page }) => {
      await useTheme(page, theme);
      await openInTheme(page, path, theme);
      expect(await violationsOf(page)).toEqual([]);
    });
  }
  for (const locale of localeCodes) {
    for (const action of ['partner', 'seats'] as const) {
      const actionFlowPages = flowPages.filter((path) => path.startsWith(`${localePrefix(locale)}check/${action}/`));
      test(`every no-JavaScript ${action} flow page in ${locale} has no WCAG 2.2 AA violation in the ${theme} theme`, async ({
        page,
      }) => {
        // About 1.3 s a page (axe's own analysis), for 15 to 40 pages.
        test.setTimeout(240_000);
        expect(actionFlowPages.length).toBeGreaterThan(10);
        const found: string[] = [];
        await useTheme(page, theme);
        for (const path of actionFlowPages) {
          await openInTheme(page, path, theme);
          found.push(...(await violationsOf(page)).map((violation) => `${path} ${violation}`));
        }
        expect(found).toEqual([]);
      });
    }
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
