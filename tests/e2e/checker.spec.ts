import { expect, test, type Page } from '@playwright/test';
import { checkerStrings } from '../../src/i18n/ui/checker/index.ts';
import { fillTemplate } from '../../src/i18n/ui/template.ts';
import { verdictStrings } from '../../src/i18n/ui/verdicts/index.ts';
import { addDays } from '../../src/rules/index.ts';
import { supportContactUrl } from '../../src/config/support.ts';
import { axeViolations } from './axe.ts';
import { articleUrl, localeCodes, type Locale } from './locales.ts';

const partnerSlug = 'update-authorized-partner-information';
const seatsSlug = 'add-or-reduce-seats';

/** A fixed instant, so that "today" is known: 2026-11-22 in UTC. */
const now = new Date('2026-11-22T12:00:00Z');
const today = '2026-11-22';

// The date input shows mm/dd/yyyy in an en-US browser, whatever the page's language: typing
// depends on it. The time zone is fixed too, except where a test sets its own.
test.use({ locale: 'en-US', timezoneId: 'UTC' });

/** Opens an article with the clock fixed, scrolls the checker into view and waits for hydration. */
async function openChecker(page: Page, url: string, instant: Date = now) {
  await page.clock.setFixedTime(instant);
  await page.goto(url);
  const checker = page.locator('[data-checker]');
  await checker.scrollIntoViewIfNeeded();
  await expect(checker).toHaveAttribute('data-ready', '');
  return checker;
}

/** Types a `YYYY-MM-DD` date into the focused date input of an en-US browser (mm, dd, yyyy). */
async function typeDate(page: Page, date: string) {
  const [year, month, day] = date.split('-');
  await page.keyboard.type(`${month}${day}${year}`);
}

/** Presses Tab until `selector` has focus: a date input holds several stops (its segments). */
async function tabTo(page: Page, selector: string) {
  for (let presses = 0; presses < 4; presses += 1) {
    await page.keyboard.press('Tab');
    if (await page.locator(selector).evaluate((element) => element === document.activeElement)) return;
  }
  await expect(page.locator(selector)).toBeFocused();
}

/** Checks the result: its codes, that focus is on its headline, and that each reason link has its anchor. */
async function expectVerdict(page: Page, outcome: string, reasons: string) {
  const result = page.locator('[data-checker] [data-outcome]');
  await expect(result).toHaveAttribute('data-outcome', outcome);
  await expect(result).toHaveAttribute('data-reasons', reasons);
  for (const href of await result
    .locator('a[href^="#rule-"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')!))) {
    await expect(page.locator(href)).toHaveCount(1);
  }
  return result;
}

/*
 * The checker's journeys, by keyboard, in English; axe on each of its states in English and German
 * (the longest words); in every other locale, a shared link's verdict in that locale's words. What
 * each locale's checker says in every state is held by its component tests
 * (src/components/checker/CheckerRoot.test.tsx), in every locale.
 */
{
  const locale = 'en';
  const strings = checkerStrings[locale];
  const verdict = verdictStrings[locale];

  test.describe(`the checker in ${locale}`, () => {
    test('the partner questions are answered by keyboard alone', async ({ page }) => {
      const checker = await openChecker(page, articleUrl(locale, partnerSlug));
      await expect(checker.locator('fieldset')).toHaveCount(1);
      await page.locator('#checker-partner-identifier').focus();
      await page.keyboard.press('Space'); // a contract number
      await page.keyboard.press('Tab');
      await page.keyboard.press('ArrowDown'); // does not auto-renew
      await page.keyboard.press('Tab');
      await page.keyboard.press('ArrowDown'); // no Token Flex
      await page.keyboard.press('Tab');
      await expect(page.locator('#checker-partner-expirationDate')).toBeFocused();
      await typeDate(page, addDays(today, 200));
      await expect(page.locator('#checker-partner-expirationDate')).toHaveValue(addDays(today, 200));
      await tabTo(page, '#checker-partner-partnerCount');
      await page.keyboard.type('2');
      await page.keyboard.press('Tab');
      await expect(page.locator('#checker-partner-changeOnlyOnePartner')).toBeFocused();
      await page.keyboard.press('Space'); // change only one of them
      await page.keyboard.press('Tab');
      await expect(page.getByRole('button', { name: strings.check })).toBeFocused();
      await page.keyboard.press('Enter');

      const result = await expectVerdict(page, 'contact-support', 'change-only-one-partner');
      await expect(result.getByRole('heading', { level: 3 })).toBeFocused();
      await expect(result.getByRole('heading', { level: 3 })).toHaveText(verdict.partnerOutcomes['contact-support']);
      await expect(result).toContainText(verdict.reasons['change-only-one-partner']);
      // The reason leads to its rule, and so does the next step (the rule's own sentence says what to do).
      await expect(
        result.locator('[data-reason="change-only-one-partner"] a[href="#rule-change-only-one-partner"]'),
      ).toHaveCount(1);
      await expect(page).toHaveURL(
        /\?identifier=contract-number&autoRenew=false&tokenFlex=false&expirationDate=2027-06-10&partnerCount=2&changeOnlyOnePartner=true$/,
      );

      // A reload loses nothing: the answers are in the URL.
      await page.reload();
      await page.locator('[data-checker]').scrollIntoViewIfNeeded();
      await expectVerdict(page, 'contact-support', 'change-only-one-partner');
      await expect(page.locator('#checker-partner-partnerCount')).toHaveValue('2');

      // Start again clears every answer and the URL, and puts focus on the first question.
      await page.getByRole('button', { name: strings.startAgain }).focus();
      await page.keyboard.press('Enter');
      await expect(page.locator('#checker-partner-identifier')).toBeFocused();
      await expect(page.locator('#checker-partner-identifier')).not.toBeChecked();
      await expect(page.locator('[data-checker] [data-outcome]')).toHaveCount(0);
      await expect(page).toHaveURL(new RegExp(`${articleUrl(locale, partnerSlug)}$`));
    });

    test('Check asks a question that has just appeared instead of reporting it missing', async ({ page }) => {
      const checker = await openChecker(page, articleUrl(locale, partnerSlug));
      await page.locator('#checker-partner-identifier').focus();
      await page.keyboard.press('Space'); // a contract number: the next question appears
      await checker.getByRole('button', { name: strings.check }).click();
      await expect(page.locator('#checker-partner-autoRenew')).toBeFocused();
      await expect(checker.locator('.checker-error-summary')).toHaveCount(0);
    });

    test('the seat questions are answered by keyboard alone', async ({ page }) => {
      await openChecker(page, articleUrl(locale, seatsSlug));
      await page.locator('#checker-seats-contractManager').focus();
      await page.keyboard.press('Space'); // the contract manager
      await page.keyboard.press('Tab');
      await page.keyboard.press('ArrowDown'); // does not auto-renew
      await page.keyboard.press('Tab');
      await page.keyboard.press('ArrowDown'); // not bought online
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      const result = await expectVerdict(page, 'unavailable', 'not-auto-renew not-bought-online');
      await expect(result.getByRole('heading', { level: 3 })).toBeFocused();
      // What to do instead: the automatic-renewal article, and support where no article offers a way.
      await expect(result.locator('a[href="/automatic-renewal/"]')).toHaveCount(1);
      await expect(result.locator(`a[href="${supportContactUrl}"]`)).toHaveCount(1);
    });

    test('a shared link shows the same verdict, with days counted from the user’s date', async ({ page }) => {
      const expired = addDays(today, -30);
      await openChecker(
        page,
        `${articleUrl(locale, partnerSlug)}?identifier=contract-number&autoRenew=true&tokenFlex=true&expirationDate=${expired}`,
      );
      const result = await expectVerdict(page, 'unavailable', 'auto-renew token-flex expired');
      await expect(result.locator('[data-reason="expired"]')).toContainText('30');
      await expect(page.locator('#checker-partner-expirationDate')).toHaveValue(expired);

      // A reason link leads to the sentence of the article that states the rule; back returns to the verdict.
      await result.locator('[data-reason="expired"] a').focus();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/expirationDate=[0-9-]+#rule-expiration-window$/);
      await expect(page.locator('#rule-expiration-window')).toBeInViewport();
      // The sentence it lands on stands out (:target), in the theme's accent colours.
      const targeted = await page
        .locator('#rule-expiration-window')
        .evaluate((element) => [getComputedStyle(element).backgroundColor, getComputedStyle(element).outlineStyle]);
      expect(targeted[0], 'background').not.toBe('rgba(0, 0, 0, 0)');
      expect(targeted[1], 'outline').toBe('solid');
      await page.goBack();
      await expectVerdict(page, 'unavailable', 'auto-renew token-flex expired');

      await openChecker(page, `${articleUrl(locale, seatsSlug)}?contractManager=true&autoRenew=true&boughtOnline=true`);
      await expectVerdict(page, 'self-service', '');
    });

    test('changing an earlier answer drops the later ones from the verdict and the link', async ({ page }) => {
      await openChecker(
        page,
        `${articleUrl(locale, partnerSlug)}?identifier=contract-number&autoRenew=false&tokenFlex=false&expirationDate=2027-06-10&partnerCount=1`,
      );
      await expectVerdict(page, 'self-service', '');
      await page.locator('#checker-partner-identifier').focus();
      await page.keyboard.press('ArrowDown'); // a subscription ID
      await expectVerdict(page, 'financial-transaction-only', 'subscription-id');
      await expect(page.locator('[data-checker] fieldset')).toHaveCount(1);
      await expect(page).toHaveURL(/\?identifier=subscription-id$/);
    });

    test('an impossible date shows the error summary, focused, and keeps every answer', async ({ page }) => {
      const checker = await openChecker(
        page,
        `${articleUrl(locale, partnerSlug)}?identifier=contract-number&autoRenew=false&tokenFlex=false`,
      );
      const date = page.locator('#checker-partner-expirationDate');
      await date.focus();
      await page.keyboard.type('02302026'); // 30 February 2026
      await page.keyboard.press('Enter');

      const summary = checker.locator('.checker-error-summary');
      await expect(summary).toBeFocused();
      await expect(summary.getByRole('heading')).toHaveText(strings.errorSummaryTitle);
      const link = summary.locator('a[href="#checker-partner-expirationDate"]');
      await expect(link).toHaveText(strings.invalidDate);
      await expect(date).toHaveAttribute('aria-invalid', 'true');
      await expect(page.locator('#checker-partner-expirationDate-error')).toHaveText(strings.invalidDate);
      await expect(date).toHaveAttribute('aria-describedby', /checker-partner-expirationDate-error/);
      // What was typed is still there, and so are the earlier answers.
      expect(await date.evaluate((input: HTMLInputElement) => input.validity.badInput)).toBe(true);
      await expect(page.locator('#checker-partner-identifier')).toBeChecked();
      await expect(page.locator('#checker-partner-autoRenew-false')).toBeChecked();
      await expect(page.locator('[data-checker] [data-outcome]')).toHaveCount(0);

      expect(await axeViolations(page, '[data-checker]')).toEqual([]);

      // The summary's link leads to the field.
      await summary.locator('a').focus();
      await page.keyboard.press('Enter');
      await expect(date).toBeFocused();
    });

    test('an empty date is missing, and pressing Check says so', async ({ page }) => {
      await openChecker(
        page,
        `${articleUrl(locale, partnerSlug)}?identifier=contract-number&autoRenew=true&tokenFlex=false`,
      );
      await page.getByRole('button', { name: strings.check }).focus();
      await page.keyboard.press('Enter');
      const summary = page.locator('[data-checker] .checker-error-summary');
      await expect(summary).toBeFocused();
      await expect(summary.locator('a[href="#checker-partner-expirationDate"]')).toHaveText(
        strings.missing.expirationDate,
      );
    });

    test('a bad link says which answers it could not read, in the page’s words, and repeats nothing of it', async ({
      page,
    }) => {
      let dialogs = 0;
      page.on('dialog', (dialog) => {
        dialogs += 1;
        void dialog.dismiss();
      });
      const hostile = encodeURIComponent('<img src=x onerror=alert(1)>');
      const checker = await openChecker(
        page,
        `${articleUrl(locale, partnerSlug)}?foo=${hostile}&${hostile}=1&autoRenew=maybe&identifier=contract-number&expirationDate=2026-02-30`,
      );
      const note = checker.locator('[data-checker-ignored]');
      await expect(note).toBeVisible();
      await expect(note).toContainText(fillTemplate(strings.ignoredAnswer, { question: strings.questions.autoRenew }));
      await expect(note).toContainText(
        fillTemplate(strings.ignoredImpossibleDate, {
          question: strings.questions.expirationDate,
          date: 'February 30, 2026',
        }),
      );
      await expect(note).toContainText(fillTemplate(strings.ignoredOthers, { count: 2 }));
      await expect(note).not.toContainText('foo');
      await expect(note).not.toContainText('<img');
      await expect(checker.locator('img')).toHaveCount(0);
      await expect(page.locator('#checker-partner-identifier')).toBeChecked();
      expect(dialogs).toBe(0);
    });
  });
}

for (const locale of ['en', 'de'] as const) {
  test(`the checker in ${locale} has no axe violation in its initial, error and result states`, async ({ page }) => {
    const strings = checkerStrings[locale];
    const scan = () => axeViolations(page, '[data-checker]');
    await openChecker(page, articleUrl(locale, partnerSlug));
    expect(await scan()).toEqual([]);
    await openChecker(
      page,
      `${articleUrl(locale, partnerSlug)}?identifier=contract-number&autoRenew=true&tokenFlex=false`,
    );
    await page.getByRole('button', { name: strings.check }).click();
    await expect(page.locator('[data-checker] .checker-error-summary')).toBeFocused();
    expect(await scan()).toEqual([]);
    await openChecker(
      page,
      `${articleUrl(locale, partnerSlug)}?identifier=contract-number&autoRenew=true&tokenFlex=true&expirationDate=${addDays(today, 10)}`,
    );
    await expectVerdict(page, 'unavailable', 'auto-renew token-flex expires-soon');
    expect(await scan()).toEqual([]);
  });
}

test.describe('a shared verdict link opened on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, permissions: ['clipboard-read', 'clipboard-write'] });

  test('opens at the verdict, hydrated and focused, dated, and copies itself', async ({ page }) => {
    const query = `?identifier=contract-number&autoRenew=true&tokenFlex=false&expirationDate=${addDays(today, 200)}`;
    await page.clock.setFixedTime(now);
    // No scrolling by the test: the page itself must bring the verdict into view.
    await page.goto(`${articleUrl('en', partnerSlug)}${query}`);
    const heading = page.locator('[data-checker] .checker-result-title');
    await expect(heading).toBeFocused();
    await expect(heading).toBeInViewport();
    await expect(page.locator('[data-checker] [data-as-of]')).toHaveText('As of November 22, 2026.');
    await page.getByRole('button', { name: verdictStrings.en.copyLink }).click();
    await expect(page.locator('[data-checker] [data-copy-status]')).toHaveText(verdictStrings.en.linkCopied);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${new URL(page.url()).origin}${articleUrl('en', partnerSlug)}${query}`,
    );
  });
});

for (const locale of localeCodes.filter((code) => code !== 'en')) {
  test(`a shared link opens the checker in ${locale} at its verdict, in ${locale}`, async ({ page }) => {
    const verdict = verdictStrings[locale];
    await openChecker(
      page,
      `${articleUrl(locale, partnerSlug)}?identifier=contract-number&autoRenew=true&tokenFlex=false&expirationDate=${addDays(today, -3)}`,
    );
    const result = await expectVerdict(page, 'unavailable', 'auto-renew expired');
    await expect(result.getByRole('heading', { level: 3 })).toHaveText(verdict.partnerOutcomes.unavailable);
    await expect(result.locator('[data-reason="auto-renew"]')).toContainText(verdict.reasons['auto-renew']);
  });
}

test.describe('the 90-day window on the user’s own date', () => {
  // 20:00 UTC on 22 November 2026 is already 23 November in Auckland (UTC+13), still 22 November
  // in Los Angeles (UTC-8). A contract expiring on 21 February 2027 is 90 days away for one, 91 for the other.
  const instant = new Date('2026-11-22T20:00:00Z');
  const url = (locale: Locale) =>
    `${articleUrl(locale, partnerSlug)}?identifier=contract-number&autoRenew=false&tokenFlex=false&expirationDate=2027-02-21&partnerCount=1`;

  test.describe('in Auckland', () => {
    test.use({ timezoneId: 'Pacific/Auckland' });
    test('90 days left is within the window', async ({ page }) => {
      await openChecker(page, url('en'), instant);
      const result = await expectVerdict(page, 'unavailable', 'expires-soon');
      await expect(result).toContainText('90 days');
    });
  });

  test.describe('in Los Angeles', () => {
    test.use({ timezoneId: 'America/Los_Angeles' });
    test('91 days left is outside the window', async ({ page }) => {
      await openChecker(page, url('de'), instant);
      await expectVerdict(page, 'self-service', '');
    });
  });
});
