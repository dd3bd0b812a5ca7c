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

/** Makes every page this tab opens use a theme (Starlight reads it from localStorage before the first paint). */
async function useTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme: theme });
  await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
}

async function openInTheme(page: Page, path: string, theme: 'light' | 'dark'): Promise<void> {
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

/** Scans each page in turn in one tab, and lists every violation with its page. */
async function scanPages(page: Page, paths: readonly string[], theme: 'light' | 'dark'): Promise<string[]> {
  const found: string[] = [];
  await useTheme(page, theme);
  for (const path of paths) {
    await openInTheme(page, path, theme);
    found.push(...(await axeViolations(page)).map((violation) => `${path} ${violation}`));
  }
  return found;
}

for (const theme of ['light', 'dark'] as const) {
  for (const locale of localeCodes) {
    const paths = everyPage ? pages.filter((path) => localeOfPage(path) === locale) : samplePages(locale);
    test(`${everyPage ? 'every' : 'a sample'} ${locale} page of each template has no WCAG 2.2 AA violation in the ${theme} theme`, async ({
      page,
    }) => {
      // About 1.3 s a page (axe's own analysis).
      test.setTimeout(30_000 + paths.length * 5_000);
      expect(await scanPages(page, paths, theme)).toEqual([]);
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
