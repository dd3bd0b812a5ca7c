import { expect, test } from '@playwright/test';
import { parameters, term, termPath } from '../../src/rules/index.ts';
import { articleUrl, localeCodes, localePrefix } from './locales.ts';

const sectionNames = {
  en: 'Account management for admins',
  it: 'Gestione degli account per gli amministratori',
  fr: 'Gestion des comptes pour les administrateurs',
  de: 'Kontoverwaltung für Administratoren',
};

for (const locale of localeCodes) {
  test.describe(`articles in ${locale}`, () => {
    test('the home page leads to both articles of the same language', async ({ page }) => {
      await page.goto(localePrefix(locale));
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.getByRole('heading', { name: sectionNames[locale] }).first()).toBeVisible();
      const main = page.locator('main');
      for (const slug of ['update-authorized-partner-information', 'add-or-reduce-seats']) {
        await expect(main.locator(`a[href="${articleUrl(locale, slug)}"]`)).toHaveCount(1);
      }
    });

    test('the partner article shows eight steps, the rules and the account labels of its language', async ({
      page,
    }) => {
      await page.goto(articleUrl(locale, 'update-authorized-partner-information'));
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.locator('main .sl-steps > li')).toHaveCount(8);
      const sidebar = page.locator('#starlight__sidebar');
      await expect(sidebar.getByText(sectionNames[locale], { exact: true })).toBeAttached();
      await expect(sidebar.locator(`a[href="${articleUrl(locale, 'add-or-reduce-seats')}"]`)).toBeAttached();
      await expect(page.locator('main')).toContainText(termPath('billing-path', locale).join(' > '));
      await expect(page.locator('main')).toContainText(term('update-reseller-information', locale));
      for (const rule of [
        'subscription-id-financial-transaction',
        'partner-update-replaces-all',
        'change-only-one-partner',
        'partner-update-delay',
        'partner-update-unavailable',
        'auto-renew-blocks-partner-update',
        'token-flex-blocks-partner-update',
        'expiration-window',
      ]) {
        await expect(page.locator(`#rule-${rule}`)).toHaveCount(1);
      }
      const window = new Intl.NumberFormat(locale).format(parameters['expiration-window'].value);
      await expect(page.locator('#rule-expiration-window')).toContainText(window);
      await expect(page.locator('main')).toContainText('CSN');
      await expect(page.locator('main aside')).not.toHaveCount(0);
      await expect(page.locator('main time')).toHaveAttribute('datetime', /^2024-10-10/);
    });

    test('the seats article shows six add steps and four reduce steps', async ({ page }) => {
      await page.goto(articleUrl(locale, 'add-or-reduce-seats'));
      const stepLists = page.locator('main .sl-steps');
      await expect(stepLists).toHaveCount(2);
      await expect(stepLists.nth(0).locator(':scope > li')).toHaveCount(6);
      await expect(stepLists.nth(1).locator(':scope > li')).toHaveCount(4);
      for (const id of ['add-seats', 'remove-seats', 'save-changes', 'submit-order'] as const) {
        await expect(page.locator('main')).toContainText(term(id, locale));
      }
      for (const rule of [
        'seats-contract-manager-only',
        'seats-bought-online-only',
        'seats-payment-method',
        'seat-reduction-at-renewal',
      ]) {
        await expect(page.locator(`#rule-${rule}`)).toHaveCount(1);
      }
    });
  });
}
