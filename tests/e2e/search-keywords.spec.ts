import { expect, test, type Page } from '@playwright/test';
import { articleUrl, localeCodes, type Locale } from './locales.ts';

/*
 * Readers search in their own words, which are not always the article's: "licenses" for seats,
 * "reseller" for partner. Each article's `searchKeywords` (its frontmatter) are indexed with it,
 * in its language.
 */

/** Opens Starlight's search dialog, types a query, and returns the result links' paths. */
async function search(page: Page, query: string): Promise<string[]> {
  await page.locator('site-search button[data-open-modal]').click();
  await page.locator('#starlight__search input').fill(query);
  const results = page.locator('#starlight__search .pagefind-ui__result-link');
  await expect(results.first()).toBeVisible({ timeout: 15_000 });
  return results.evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

/** A reader's word for seats in each language, which the seats article never uses. */
const seatWords: Record<Locale, string> = { en: 'licenses', it: 'licenze', fr: 'licences', de: 'Lizenzen' };

for (const locale of localeCodes) {
  test(`"${seatWords[locale]}" finds the seats article in ${locale}`, async ({ page }) => {
    await page.goto(articleUrl(locale, 'update-authorized-partner-information'));
    expect(await search(page, seatWords[locale])).toContain(articleUrl(locale, 'add-or-reduce-seats'));
  });
}

test('the keywords are indexed, never shown', async ({ page }) => {
  await page.goto(articleUrl('en', 'add-or-reduce-seats'));
  await expect(page.locator('main')).not.toContainText(seatWords.en);
});
