import { expect, test, type Locator, type Page } from '@playwright/test';
import { formatParameter } from '../../src/i18n/format.ts';
import { simulatorStrings } from '../../src/i18n/ui/simulator/index.ts';
import { fillTemplate } from '../../src/i18n/ui/template.ts';
import { verdictStrings } from '../../src/i18n/ui/verdicts/index.ts';
import { newPartner, parameters, seatFlow, term, termPath } from '../../src/rules/index.ts';
import { axeViolations } from './axe.ts';
import { articleUrl, localeCodes, type Locale } from './locales.ts';

/** Opens an article and waits until its simulator is hydrated (it hydrates when visible). */
async function openSimulator(page: Page, locale: Locale, slug: string): Promise<Locator> {
  await page.goto(articleUrl(locale, slug));
  const simulator = page.locator('[data-simulator]');
  await simulator.scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island:not([ssr]) [data-simulator]')).toBeVisible();
  return simulator;
}

/** Presses Tab until `target` has focus: the reader's only way around, besides Enter, Space and typing. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let presses = 0; presses < 60; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Could not reach ${target.toString()} with Tab`);
}

/** Every screen of the simulator must pass axe (WCAG 2.2 AA) with zero violations. */
async function expectAccessible(page: Page): Promise<void> {
  expect(await axeViolations(page, '[data-simulator]')).toEqual([]);
}

/** Asserts a new screen: its heading has focus, the caption names the step, and axe passes. */
async function expectScreen(page: Page, simulator: Locator, heading: string, caption: string): Promise<void> {
  const focused = simulator.locator('[data-screen-heading]');
  await expect(focused).toHaveText(heading);
  await expect(focused).toBeFocused();
  await expect(simulator.locator('[data-step-caption]')).toContainText(caption);
  await expectAccessible(page);
}

const partnerSlug = 'update-authorized-partner-information';
const seatsSlug = 'add-or-reduce-seats';

/*
 * The simulator's journeys by keyboard, with axe on every screen, in English and German (the
 * longest words); the "Try this step" links in English; in every other locale, that the island
 * starts in that locale's words. What each screen says in every locale, its messages and disabled
 * actions, is held by the islands' component tests (`PartnerSimulator.test.tsx`, `SeatsSimulator.test.tsx` in src/components/simulator/).
 */
for (const locale of ['en', 'de'] as const) {
  const strings = simulatorStrings[locale];
  const verdicts = verdictStrings[locale];
  const t = (id: Parameters<typeof term>[0]) => term(id, locale);
  const stepOf = (step: number, total: number) => fillTemplate(strings.stepOf, { step, total });
  const button = (simulator: Locator, name: string) => simulator.getByRole('button', { name, exact: true });

  test.describe(`simulator in ${locale}`, () => {
    // axe runs on every screen: whole flows take longer than the default 30 s on a shared machine.
    test.describe.configure({ timeout: 120_000 });

    test('the partner flow can be completed by keyboard, eight steps', async ({ page }) => {
      const simulator = await openSimulator(page, locale, partnerSlug);
      await expect(simulator).toHaveAttribute('data-pagefind-ignore', '');
      await expect(simulator.locator('[data-step-caption]')).toContainText(stepOf(1, 8));
      await expect(simulator.locator('[data-new-partner-csn]')).toHaveText(newPartner.csn);
      await expectAccessible(page);
      await simulator.locator('[data-screen-heading]').focus();

      await tabTo(page, button(simulator, strings.partner.accountNumberContinue));
      await page.keyboard.press('Enter');
      await expectScreen(page, simulator, strings.navigation.heading, stepOf(2, 8));

      await tabTo(page, button(simulator, t('billing-and-orders')));
      await page.keyboard.press('Enter');
      await tabTo(page, button(simulator, t('subscriptions-and-contracts')));
      await expectAccessible(page);
      await page.keyboard.press('Enter');
      await expectScreen(page, simulator, t('subscriptions-and-contracts'), stepOf(3, 8));
      await expect(simulator.locator('[data-step-caption]')).toContainText(
        termPath('billing-path', locale).join(' > '),
      );

      await tabTo(page, simulator.locator('[data-sample="eligible-contract"]'));
      await page.keyboard.press('Enter');
      await expectScreen(page, simulator, 'AutoCAD', stepOf(4, 8));

      await tabTo(page, button(simulator, t('actions')));
      await page.keyboard.press('Space');
      await expect(button(simulator, t('actions'))).toHaveAttribute('aria-expanded', 'true');
      await expectAccessible(page);
      await tabTo(page, button(simulator, t('update-reseller-information')));
      await page.keyboard.press('Enter');
      await expectScreen(page, simulator, strings.partner.findHeading, stepOf(5, 8));

      await tabTo(page, simulator.locator('[data-csn-input]'));
      await page.keyboard.type(newPartner.csn);
      await page.keyboard.press('Enter');
      await expectScreen(page, simulator, strings.partner.confirmHeading, stepOf(6, 8));
      await expect(simulator.locator('[data-found-partner]')).toContainText(newPartner.name);

      await tabTo(page, button(simulator, t('next')));
      await page.keyboard.press('Enter');
      await expectScreen(page, simulator, strings.partner.reviewHeading, stepOf(7, 8));
      await expect(simulator.locator('[data-replaces-all]')).toHaveCount(0);

      await tabTo(page, button(simulator, t('submit')));
      await page.keyboard.press('Enter');
      await expectScreen(page, simulator, strings.partner.confirmationHeading, stepOf(8, 8));
      const delay = formatParameter(parameters['partner-update-delay'], locale);
      await expect(simulator.locator('[data-delay-notice]')).toHaveText(
        fillTemplate(strings.partner.delayNotice, { delay }),
      );

      await tabTo(page, button(simulator, t('done')));
      await page.keyboard.press('Enter');
      await expectScreen(page, simulator, strings.partner.closedHeading, stepOf(8, 8));

      await tabTo(page, button(simulator, strings.back));
      await page.keyboard.press('Enter');
      await expectScreen(page, simulator, strings.partner.confirmationHeading, stepOf(8, 8));
      await tabTo(page, button(simulator, strings.restart));
      await page.keyboard.press('Enter');
      await expectScreen(page, simulator, strings.partner.accountNumberHeading, stepOf(1, 8));
    });

    test('several partners are warned before Submit that all are replaced', async ({ page }) => {
      const simulator = await openSimulator(page, locale, partnerSlug);
      await button(simulator, strings.partner.accountNumberContinue).click();
      await button(simulator, t('billing-and-orders')).click();
      await button(simulator, t('subscriptions-and-contracts')).click();
      await simulator.locator('[data-sample="several-partners"]').click();
      await button(simulator, t('actions')).click();
      await button(simulator, t('update-reseller-information')).click();
      await simulator.locator('[data-csn-input]').fill(newPartner.csn);
      await button(simulator, t('find')).click();
      await button(simulator, t('next')).click();
      await expect(simulator.locator('[data-replaces-all]')).toContainText(newPartner.name);
      await expectAccessible(page);
    });

    test('a bad account number shows a message and keeps what was typed', async ({ page }) => {
      const simulator = await openSimulator(page, locale, partnerSlug);
      await page.locator('a[data-simulator-step="partner-5"]').click();
      const input = simulator.locator('[data-csn-input]');
      await expect(input)
        .toBeFocused({ timeout: 1 })
        .catch(() => undefined);
      await input.focus();
      await page.keyboard.type('12ab');
      await page.keyboard.press('Enter');
      await expect(simulator.locator('[data-csn-error]')).toHaveText(strings.partner.csnErrors.malformed);
      await expect(input).toHaveValue('12ab');
      await expect(input).toHaveAttribute('aria-invalid', 'true');
      await expectAccessible(page);

      await page.keyboard.press('Control+A');
      await page.keyboard.type('5100099999');
      await tabTo(page, button(simulator, t('find')));
      await page.keyboard.press('Enter');
      await expect(simulator.locator('[data-csn-error]')).toHaveText(strings.partner.csnErrors.unknown);
      await expect(input).toHaveValue('5100099999');
      // Focus goes back to the field the message describes.
      await expect(input).toBeFocused();
      await expect(simulator.locator('[data-step-caption]')).toContainText(stepOf(5, 8));
    });

    test('blocked samples show the disabled action with its reason', async ({ page }) => {
      const simulator = await openSimulator(page, locale, partnerSlug);
      const window = formatParameter(parameters['expiration-window'], locale);
      const blocked: Array<[string, string]> = [
        ['auto-renew', verdicts.reasons['auto-renew']],
        ['token-flex', verdicts.reasons['token-flex']],
        ['expires-soon', fillTemplate(verdicts.reasons['expires-soon'], { days: 30, window })],
        ['expired', fillTemplate(verdicts.reasons.expired, { days: 10 })],
        ['subscription-id', verdicts.reasons['subscription-id']],
      ];
      await page.locator('a[data-simulator-step="partner-3"]').click();
      for (const [sample, reason] of blocked) {
        await simulator.locator(`[data-sample="${sample}"]`).click();
        await button(simulator, t('actions')).click();
        const item = button(simulator, t('update-reseller-information'));
        await expect(item).toHaveAttribute('aria-disabled', 'true');
        await expect(item).toHaveAccessibleDescription(new RegExp(reason.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
        await expect(simulator.locator('.sim-reasons')).toContainText(reason);
        await item.focus();
        await page.keyboard.press('Enter');
        await expect(simulator.locator('[role="status"]')).toHaveText(strings.actionUnavailable);
        await expect(simulator.locator('[data-step-caption]')).toContainText(stepOf(4, 8));
        await expectAccessible(page);
        await button(simulator, strings.back).click();
      }
    });

    test('adding seats can be completed by keyboard, six steps', async ({ page }) => {
      const simulator = await openSimulator(page, locale, seatsSlug);
      await expectAccessible(page);
      await simulator.locator('[data-screen-heading]').focus();
      await tabTo(page, button(simulator, t('billing-and-orders')));
      await page.keyboard.press('Enter');
      await tabTo(page, button(simulator, t('subscriptions-and-contracts')));
      await page.keyboard.press('Enter');
      await expectScreen(
        page,
        simulator,
        t('subscriptions-and-contracts'),
        fillTemplate(strings.stepOnly, { step: 2 }),
      );

      await tabTo(page, simulator.locator('[data-sample="eligible-seats"]'));
      await page.keyboard.press('Enter');
      await expectScreen(page, simulator, 'AutoCAD', fillTemplate(strings.stepOnly, { step: 3 }));
      await expect(simulator.locator('[data-seat-count]')).toHaveText('5');

      await tabTo(page, button(simulator, t('add-seats')));
      await page.keyboard.press('Enter');
      await expectScreen(page, simulator, t('add-seats'), stepOf(4, 6));
      await tabTo(page, simulator.locator('[data-seat-input]'));
      await page.keyboard.press('Control+A');
      await page.keyboard.type('5');
      await page.keyboard.press('Enter');
      await expect(simulator.locator('[data-seat-error]')).toHaveText(strings.seats.errors['not-more']);
      // A number too long to be exact is refused with the simulator's maximum, and kept as typed.
      await page.keyboard.press('Control+A');
      await page.keyboard.type('99999999999999999999999');
      await page.keyboard.press('Enter');
      await expect(simulator.locator('[data-seat-error]')).toHaveText(
        fillTemplate(strings.seats.errors['too-many'], {
          maximum: new Intl.NumberFormat(locale).format(seatFlow.maximumSeats),
        }),
      );
      await expect(simulator.locator('[data-seat-input]')).toHaveValue('99999999999999999999999');
      await page.keyboard.press('Control+A');
      await page.keyboard.type('7');
      await tabTo(page, button(simulator, t('save-changes')));
      await page.keyboard.press('Enter');
      await expectScreen(page, simulator, t('payment-method'), stepOf(5, 6));

      await tabTo(page, button(simulator, t('add-payment-method')));
      await page.keyboard.press('Enter');
      await expect(simulator.getByRole('radio')).toHaveCount(2);
      await expect(simulator.locator('input[type="radio"][value="new-card"]')).toBeFocused();
      await expectAccessible(page);
      await tabTo(page, button(simulator, t('save')));
      await page.keyboard.press('Enter');
      await expectScreen(page, simulator, strings.seats.reviewHeading, stepOf(6, 6));
      await expect(simulator.locator('[data-order-summary]')).toContainText('5454');

      await tabTo(page, button(simulator, t('submit-order')));
      await page.keyboard.press('Enter');
      await expectScreen(page, simulator, strings.seats.orderedHeading, stepOf(6, 6));
    });

    test('removing seats can be completed by keyboard and never goes below the minimum', async ({ page }) => {
      const simulator = await openSimulator(page, locale, seatsSlug);
      await simulator.locator('[data-screen-heading]').focus();
      await tabTo(page, button(simulator, t('billing-and-orders')));
      await page.keyboard.press('Space');
      await tabTo(page, button(simulator, t('subscriptions-and-contracts')));
      await page.keyboard.press('Space');
      await tabTo(page, simulator.locator('[data-sample="eligible-seats"]'));
      await page.keyboard.press('Enter');
      await tabTo(page, button(simulator, t('reduce-seats')));
      await page.keyboard.press('Enter');
      await expectScreen(page, simulator, t('reduce-seats'), stepOf(4, 4));

      const input = simulator.locator('[data-seat-input]');
      await expect(input).toHaveAttribute('min', String(parameters['minimum-seats'].value));
      await tabTo(page, input);
      await page.keyboard.press('Control+A');
      await page.keyboard.type('0');
      await page.keyboard.press('Enter');
      const minimum = formatParameter(parameters['minimum-seats'], locale);
      await expect(simulator.locator('[data-seat-error]')).toHaveText(
        fillTemplate(strings.seats.errors['below-minimum'], { minimum }),
      );
      await expect(input).toHaveValue('0');
      await expectAccessible(page);

      await page.keyboard.press('Control+A');
      await page.keyboard.type('3');
      await page.keyboard.press('Enter');
      await expectScreen(page, simulator, strings.seats.reducedHeading, stepOf(4, 4));
      await expect(simulator.locator('[data-renewal-notice]')).toContainText('5');
    });

    test('seat samples the rules block show disabled buttons with their reasons', async ({ page }) => {
      const simulator = await openSimulator(page, locale, seatsSlug);
      await page.locator('a[data-simulator-step="add-2"]').click();
      const minimum = formatParameter(parameters['minimum-seats'], locale);
      const cases: Array<[string, 'add-seats' | 'reduce-seats', string]> = [
        ['not-contract-manager', 'add-seats', verdicts.reasons['not-contract-manager']],
        ['bought-through-partner', 'reduce-seats', verdicts.reasons['not-bought-online']],
        ['not-auto-renew', 'add-seats', verdicts.reasons['not-auto-renew']],
        ['single-seat', 'reduce-seats', fillTemplate(strings.seats.atMinimum, { minimum })],
      ];
      for (const [sample, action, reason] of cases) {
        await simulator.locator(`[data-sample="${sample}"]`).click();
        const disabled = button(simulator, t(action));
        await expect(disabled).toHaveAttribute('aria-disabled', 'true');
        await expect(disabled.locator('xpath=..')).toContainText(reason);
        await disabled.focus();
        await page.keyboard.press('Enter');
        await expect(simulator.locator('[data-step-caption]')).toContainText(
          fillTemplate(strings.stepOnly, { step: 3 }),
        );
        await expectAccessible(page);
        await button(simulator, strings.back).click();
      }
      // The single seat can still be added to.
      await simulator.locator('[data-sample="single-seat"]').click();
      await expect(button(simulator, t('add-seats'))).not.toHaveAttribute('aria-disabled', 'true');
    });
  });
}

test.describe('simulator steps linked from the article', () => {
  const locale = 'en';
  const strings = simulatorStrings[locale];
  const t = (id: Parameters<typeof term>[0]) => term(id, locale);
  const stepOf = (step: number, total: number) => fillTemplate(strings.stepOf, { step, total });
  const button = (simulator: Locator, name: string) => simulator.getByRole('button', { name, exact: true });

  test('a "Try this step" link opens the simulator at that step and marks the article step', async ({ page }) => {
    const simulator = await openSimulator(page, locale, partnerSlug);
    const link = page.locator('a[data-simulator-step="partner-4"]');
    await expect(link).toHaveText(strings.tryThisStep);
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#simulator-partner-step-4$/);
    await expect(simulator.locator('[data-step-caption]')).toContainText(stepOf(4, 8));
    await expect(simulator.locator('[data-screen-heading]')).toBeFocused();
    await expect(page.locator('main .sl-steps > li').nth(3)).toHaveAttribute('aria-current', 'step');
    await expect(page.locator('main .sl-steps > li[aria-current="step"]')).toHaveCount(1);

    // Walking on moves the mark; the same link again reopens its step.
    await button(simulator, t('update-reseller-information')).click();
    await expect(page.locator('main .sl-steps > li').nth(4)).toHaveAttribute('aria-current', 'step');
    await link.click();
    await expect(simulator.locator('[data-step-caption]')).toContainText(stepOf(4, 8));
  });

  test('a seats "Try this step" link opens the reduce list at its step', async ({ page }) => {
    await page.goto(`${articleUrl(locale, seatsSlug)}#simulator-remove-step-4`);
    const simulator = page.locator('[data-simulator]');
    await expect(page.locator('astro-island:not([ssr]) [data-simulator]')).toBeVisible();
    await expect(simulator.locator('[data-step-caption]')).toContainText(stepOf(4, 4));
    await expect(simulator.locator('[data-screen-heading]')).toHaveText(t('reduce-seats'));
    const reduceList = page.locator('main .sl-steps').nth(1);
    await expect(reduceList.locator(':scope > li').nth(3)).toHaveAttribute('aria-current', 'step');
    await expectAccessible(page);
  });
});

for (const locale of localeCodes.filter((code) => !['en', 'de'].includes(code))) {
  test(`both simulators start in ${locale}, in its words`, async ({ page }) => {
    const strings = simulatorStrings[locale];
    const partner = await openSimulator(page, locale, partnerSlug);
    await expect(partner.locator('[data-screen-heading]')).toHaveText(strings.partner.accountNumberHeading);
    await partner.getByRole('button', { name: strings.partner.accountNumberContinue, exact: true }).click();
    await expect(partner.locator('[data-screen-heading]')).toHaveText(strings.navigation.heading);
    const seats = await openSimulator(page, locale, seatsSlug);
    await expect(seats.getByRole('button', { name: term('billing-and-orders', locale), exact: true })).toBeVisible();
  });
}
