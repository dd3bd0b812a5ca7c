import { expect, test } from '@playwright/test';
import { rules, ruleAnchor, parameters } from '../../src/rules/index.ts';
import { writerStrings } from '../../src/i18n/ui/writers/index.ts';
import { localeCodes, localePrefix } from './locales.ts';

for (const locale of localeCodes) {
  const strings = writerStrings[locale];

  test.describe(`writers' pages in ${locale}`, () => {
    test('the sidebar has the writers group, linking both pages of the same language', async ({ page }) => {
      await page.goto(`${localePrefix(locale)}add-or-reduce-seats/`);
      const sidebar = page.locator('#starlight__sidebar');
      await expect(sidebar.getByText(strings.sidebar.group)).toBeAttached();
      await expect(sidebar.locator(`a[href="${localePrefix(locale)}writers/rules/"]`)).toHaveText(
        strings.sidebar.rules,
      );
      await expect(sidebar.locator(`a[href="${localePrefix(locale)}writers/status/"]`)).toHaveText(
        strings.sidebar.status,
      );
    });

    test('the rules page lists every rule with its value, and its sentences lead to the rule in each article', async ({
      page,
    }) => {
      await page.goto(`${localePrefix(locale)}writers/rules/`);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(strings.rules.title);
      for (const id of Object.keys(rules) as (keyof typeof rules)[]) {
        await expect(page.locator(`h2#${ruleAnchor(id)}`)).toHaveText(id);
      }
      await expect(page.locator(`#${ruleAnchor('expiration-window')} + dl`)).toContainText(
        String(parameters['expiration-window'].value),
      );
      const link = page.locator(
        `a[href="/de/update-authorized-partner-information/#${ruleAnchor('expiration-window')}"]`,
      );
      await link.click();
      await expect(page.locator(`#${ruleAnchor('expiration-window')}`)).toContainText('abgelaufen');
    });

    test('the status page shows one row per article and a state per translation', async ({ page }) => {
      await page.goto(`${localePrefix(locale)}writers/status/`);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.locator('table.writers-status tbody tr')).toHaveCount(3);
      await expect(page.locator('table.writers-status td[data-status]')).toHaveCount(9);
    });
  });
}
