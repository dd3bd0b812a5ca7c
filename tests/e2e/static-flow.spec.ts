import { expect, test } from '@playwright/test';
import { staticQuestionText } from '../../src/components/static-flow/text.ts';
import { procedureById, type StaticAnswer } from '../../src/rules/index.ts';
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
  const contractManager: StaticAnswer = { question: 'contractManager', option: 'yes' };
  /** A seats question as the flow asks it after `answersBefore`. */
  const question = (name: 'contractManager' | 'autoRenew' | 'boughtOnline', answersBefore: StaticAnswer[] = []) =>
    staticQuestionText(locale, 'seats', name, answersBefore);

  test('the article shows the step-by-step flow instead of a form that cannot work', async ({ page }) => {
    await page.goto(articleUrl(locale, procedureById('partner').article));
    await expect(page.locator('[data-checker] form')).toBeHidden();
    await expect(page.locator('[data-static-flow-start]')).toBeVisible();
  });

  test('links are followed by clicking, and change and back return to the question', async ({ page }) => {
    const strings = staticFlowStrings[locale];
    await page.goto(articleUrl(locale, procedureById('seats').article));
    await page.locator('[data-static-flow-start]').click();
    await expect(page.locator('main h1')).toHaveText(question('contractManager'));
    await page.locator('a[data-answer="yes"]').click();
    await expect(page.locator('main h1')).toHaveText(question('autoRenew', [contractManager]));
    await page.locator('.static-flow-back').click();
    await expect(page.locator('main h1')).toHaveText(question('contractManager'));
    await page.locator('a[data-answer="yes"]').click();
    await page.locator('a[data-answer="no"]').click();
    await expect(page.locator('main h1')).toHaveText(
      question('boughtOnline', [contractManager, { question: 'autoRenew', option: 'no' }]),
    );
    await page.locator('a[data-answer="yes"]').click();
    await expect(page.locator('main h1')).toHaveText(strings.checkAnswersTitle);
    // The change link is named by its question.
    const change = page.getByRole('link', { name: question('autoRenew', [contractManager]) });
    await expect(change).toHaveText(new RegExp(`^${strings.change}`));
    await change.click();
    await expect(page.locator('main h1')).toHaveText(question('autoRenew', [contractManager]));
    await page.locator('a[data-answer="yes"]').click();
    await page.locator('a[data-answer="yes"]').click();
    await page.getByRole('link', { name: strings.seeResult }).click();
    await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'self-service');
    await expect(page.locator('[data-outcome]')).toHaveAttribute('data-reasons', '');
    await page.locator('.static-flow-back').click();
    await expect(page.locator('main h1')).toHaveText(strings.checkAnswersTitle);
  });
});
