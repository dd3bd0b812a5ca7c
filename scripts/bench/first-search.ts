import type { Page } from 'playwright-core';
import type { Locale } from '../../src/i18n/locales.ts';
import { gzipSize } from './gzip-size.ts';

/**
 * What a first search types in each language, for the benchmark and the budget test alike: the
 * word readers use for the subject of most articles, so that it matches many pages and loads the
 * most index chunks and fragments (a rarer word would measure less than readers download).
 */
export const firstSearchQueries = {
  en: 'partner',
  it: 'partner',
  fr: 'partenaire',
  de: 'Partner',
} as const satisfies Record<Locale, string>;

/**
 * Opens `url`, searches for `query` in Starlight's search dialog and returns the gzip bytes of
 * everything the search needed: the search UI (which Starlight preloads when the browser is idle),
 * Pagefind's scripts, wasm, index and fragments. Counted from navigation on, minus the page's own
 * static assets (`pageAssets`, URL paths), so the figure does not depend on when the preload ran.
 */
export async function measureFirstSearch(
  page: Page,
  url: string,
  query: string,
  pageAssets: ReadonlySet<string>,
): Promise<number> {
  const downloads: Promise<number>[] = [];
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (response.request().resourceType() === 'document' || pageAssets.has(path)) return;
    downloads.push(
      response
        .body()
        .then(gzipSize)
        .catch(() => 0),
    );
  });
  await page.goto(url);
  await page.locator('site-search button[data-open-modal]').click();
  await page.locator('#starlight__search input').fill(query);
  await page.locator('#starlight__search .pagefind-ui__result-link').first().waitFor({ timeout: 15_000 });
  await page.waitForLoadState('networkidle');
  const sizes = await Promise.all(downloads);
  return sizes.reduce((sum, size) => sum + size, 0);
}
