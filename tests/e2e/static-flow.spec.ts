import { expect, test } from '@playwright/test';
import { actionArticles, staticQuestionText } from '../../src/components/static-flow/text.ts';
import { staticFlowStrings } from '../../src/i18n/ui/static-flow/index.ts';
import { articleUrl } from './locales.ts';

/*
 * The checker without JavaScript, clicked through in a real browser. Every path of every flow in
 * every locale, its back and change links and its reason links are walked in the built HTML
 * (tests/dist/static-flow.test.ts): without JavaScript the HTML is all a reader gets.
 */

test.describe('the checker without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  const locale = 'en';

  test('links are followed by clicking, and change and back return to the question', async ({ page }) => {
    const strings = staticFlowStrings[locale];
    await page.goto(articleUrl(locale, actionArticles.seats));
    await page.locator('[data-static-flow-start]').click();
    await expect(page.locator('main h1')).toHaveText(staticQuestionText(locale, 'contractManager'));
    await page.locator('a[data-answer="yes"]').click();
    await expect(page.locator('main h1')).toHaveText(staticQuestionText(locale, 'autoRenew'));
    await page.locator('.static-flow-back').click();
    await expect(page.locator('main h1')).toHaveText(staticQuestionText(locale, 'contractManager'));
    await page.locator('a[data-answer="yes"]').click();
    await page.locator('a[data-answer="no"]').click();
    await expect(page.locator('main h1')).toHaveText(staticQuestionText(locale, 'boughtOnline'));
    await page.locator('a[data-answer="yes"]').click();
    await expect(page.locator('main h1')).toHaveText(strings.checkAnswersTitle);
    // The change link is named by its question.
    const change = page.getByRole('link', { name: staticQuestionText(locale, 'autoRenew') });
    await expect(change).toHaveText(new RegExp(`^${strings.change}`));
    await change.click();
    await expect(page.locator('main h1')).toHaveText(staticQuestionText(locale, 'autoRenew'));
    await page.locator('a[data-answer="yes"]').click();
    await page.locator('a[data-answer="yes"]').click();
    await page.getByRole('link', { name: strings.seeResult }).click();
    await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'self-service');
    await expect(page.locator('[data-outcome]')).toHaveAttribute('data-reasons', '');
    await page.locator('.static-flow-back').click();
    await expect(page.locator('main h1')).toHaveText(strings.checkAnswersTitle);
  });
});
