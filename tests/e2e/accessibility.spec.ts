import { expect, test, type Page } from '@playwright/test';
import { isArticlePage } from '../../scripts/bench/budgets.ts';
import { existsSync } from 'node:fs';
import { builtPages } from '../../scripts/bench/built-pages.ts';
import { axeViolations } from './axe.ts';
import { localeCodes } from './locales.ts';
import { builtFile, localeOfPage, samplePages } from './sample-pages.ts';

/**
 * Every run scans one page of each template, action and page kind, per locale and theme (the
 * islands' states are scanned by their journeys in checker.spec.ts and simulator.spec.ts). Pages
 * built from one template differ only in their words, which a scan of each locale covers:
 * `npm run test:a11y:all` scans every built page before a release.
 */
const everyPage = process.env.A11Y_ALL === '1';
const pages = builtPages();

test('the build has the pages the tests expect', () => {
  expect(pages.length).toBeGreaterThanOrEqual(200);
  for (const locale of localeCodes) {
    for (const path of samplePages(locale)) expect(existsSync(builtFile(path)), `${path} is built`).toBe(true);
  }
});

const themes = ['light', 'dark'] as const;

/**
 * Shows the open page in `theme` as a reader would choose it: with Starlight's theme select, which
 * sets the theme and stores it; the browser's own preference is emulated to match, for anything
 * that follows the system's colour scheme.
 */
async function chooseTheme(page: Page, theme: (typeof themes)[number]): Promise<void> {
  await page.emulateMedia({ colorScheme: theme });
  await page.locator('starlight-theme-select select').filter({ visible: true }).selectOption(theme);
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

/**
 * Scans each page in turn in one tab, in both themes, and lists every violation with its page and
 * theme. A theme changes only the page's colours, so both are scanned on one load of the page:
 * loading it again (and putting axe into it again) for the second theme took twice as long.
 */
async function scanPages(page: Page, paths: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const path of paths) {
    await page.goto(path);
    for (const theme of themes) {
      await chooseTheme(page, theme);
      found.push(...(await axeViolations(page)).map((violation) => `${path} (${theme}) ${violation}`));
    }
  }
  return found;
}

for (const locale of localeCodes) {
  const paths = everyPage ? pages.filter((path) => localeOfPage(path) === locale) : samplePages(locale);
  test(`${everyPage ? 'every' : 'a sample'} ${locale} page of each template has no WCAG 2.2 AA violation in either theme`, async ({
    page,
  }) => {
    // About 1 s a page for both themes (axe's own analysis).
    test.setTimeout(30_000 + paths.length * 5_000);
    expect(await scanPages(page, paths)).toEqual([]);
  });
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
    // The form shows once the island is hydrated (without JavaScript it stays hidden).
    await expect(page.locator('[data-checker]')).toHaveAttribute('data-ready', '');
    // Not every article has a simulator (automatic renewal has only the checker).
    if ((await page.locator('[data-simulator]').count()) > 0)
      await page.locator('[data-simulator]').scrollIntoViewIfNeeded();
    const snapshot = await page.locator('main').ariaSnapshot();
    const names = [...snapshot.matchAll(/- button "([^"]+)"/g)].map((match) => match[1]);
    expect(names.length).toBeGreaterThan(1);
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
  });
}

test('the scan finds a violation where there is one (it can fail)', async ({ page }) => {
  await page.goto('/add-or-reduce-seats/');
  expect(await axeViolations(page)).toEqual([]);
  await page.evaluate(() => document.querySelector('main')!.append(document.createElement('img')));
  expect(await axeViolations(page)).toEqual([expect.stringMatching(/^image-alt: /)]);
});

test('a scan after choosing the dark theme sees the dark colours', async ({ page }) => {
  await page.goto('/add-or-reduce-seats/');
  // Dark text: readable on the light theme's background, not on the dark theme's.
  await page.evaluate(() => {
    for (const paragraph of document.querySelectorAll<HTMLElement>('main p')) paragraph.style.color = '#333';
  });
  await chooseTheme(page, 'light');
  expect(await axeViolations(page)).toEqual([]);
  await chooseTheme(page, 'dark');
  expect(await axeViolations(page)).toEqual([expect.stringMatching(/^color-contrast: /)]);
});
