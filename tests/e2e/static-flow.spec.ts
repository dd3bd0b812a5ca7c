import { expect, test } from '@playwright/test';
import { staticQuestionText } from '../../src/components/static-flow/text.ts';
import { procedureById, type StaticAnswer } from '../../src/rules/index.ts';
import { checkerStrings } from '../../src/i18n/ui/checker/index.ts';
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

  test('links are followed by clicking; back returns to the question, change to check your answers', async ({
    page,
  }) => {
    const strings = staticFlowStrings[locale];
    const checker = checkerStrings[locale];
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
    // The change link is named by its question, and asks it again with the answer given marked.
    const change = page.getByRole('link', { name: question('autoRenew', [contractManager]) });
    await expect(change).toHaveText(new RegExp(`^${strings.change}`));
    await change.click();
    await expect(page.locator('main h1')).toHaveText(question('autoRenew', [contractManager]));
    await expect(page.locator('a[aria-current="true"]')).toHaveAttribute('data-answer', 'no');
    await expect(page.locator('a[aria-current="true"]')).toContainText(strings.currentAnswer);
    // Another answer returns to "check your answers" with the other answers kept.
    await page.locator('a[data-answer="yes"]').click();
    await expect(page.locator('main h1')).toHaveText(strings.checkAnswersTitle);
    await expect(page.locator('dl.static-flow-summary dd:not(:has(a))')).toHaveText([
      checker.yes,
      checker.yes,
      checker.yes,
    ]);
    await page.getByRole('link', { name: strings.seeResult }).click();
    await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'self-service');
    await expect(page.locator('[data-outcome]')).toHaveAttribute('data-reasons', '');
    await page.locator('.static-flow-back').click();
    await expect(page.locator('main h1')).toHaveText(strings.checkAnswersTitle);
  });
});
