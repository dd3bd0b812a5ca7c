import { expect, test, type Page } from '@playwright/test';
import { term } from '../../src/rules/index.ts';
import { articleUrl, localeCodes, localePrefix, type Locale } from './locales.ts';

/** Opens Starlight's search dialog and types a query; returns the result links' hrefs. */
async function search(page: Page, query: string): Promise<string[]> {
  await page.locator('site-search button[data-open-modal]').click();
  const input = page.locator('#starlight__search input');
  await input.fill(query);
  const results = page.locator('#starlight__search .pagefind-ui__result-link');
  await expect(results.first()).toBeVisible({ timeout: 15_000 });
  return results.evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

/** A word of each language's partner article that no other language uses. */
const partnerWords: Record<Locale, string> = {
  en: term('update-reseller-information', 'en').split(' ')[1]!, // "Reseller"
  it: 'rivenditore',
  fr: 'revendeur',
  de: 'Fachhändlerdaten',
};

for (const locale of localeCodes) {
  test(`search on a ${locale} page finds the ${locale} article and only ${locale} pages`, async ({ page }) => {
    await page.goto(articleUrl(locale, 'add-or-reduce-seats'));
    const hrefs = await search(page, partnerWords[locale]);
    expect(hrefs).toContain(articleUrl(locale, 'update-authorized-partner-information'));
    for (const href of hrefs) {
      if (locale === 'en') expect(href).not.toMatch(/^\/(it|fr|de)\//);
      else expect(href.startsWith(localePrefix(locale))).toBe(true);
    }
  });
}

test('a word found only in English pages finds nothing on an Italian page', async ({ page }) => {
  await page.goto(articleUrl('it', 'update-authorized-partner-information'));
  await page.locator('site-search button[data-open-modal]').click();
  await page.locator('#starlight__search input').fill('Reseller');
  // Pagefind's own Italian "no results" message: the search ran and the English pages were not in it.
  await expect(page.locator('#starlight__search .pagefind-ui__message')).toHaveText('Nessun risultato per Reseller', {
    timeout: 15_000,
  });
  await expect(page.locator('#starlight__search .pagefind-ui__result-link')).toHaveCount(0);
});

test('search runs in Pagefind’s worker, off the page’s thread, and still finds the article', async ({ page }) => {
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (/falling back to main thread/i.test(message.text())) warnings.push(message.text());
  });
  await page.goto(articleUrl('fr', 'add-or-reduce-seats'));
  const hrefs = await search(page, partnerWords.fr);
  expect(hrefs).toContain(articleUrl('fr', 'update-authorized-partner-information'));
  expect(workers).toEqual(['/pagefind/pagefind-worker.js']);
  // Pagefind falls back to the page's thread, with this warning, when its worker cannot start.
  expect(warnings).toEqual([]);
  // Pagefind's API, the module the search dialog loaded, says where a search of the same index ran.
  const environment = await page.evaluate(async (word) => {
    const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
    return (await pagefind.search(word, { verbose: true })).search_environment;
  }, partnerWords.fr);
  expect(environment).toBe('webworker');
});
