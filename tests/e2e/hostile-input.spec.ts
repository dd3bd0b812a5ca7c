import fc from 'fast-check';
import { expect, test, type Page } from '@playwright/test';
import { hostileTextArbitrary } from '../../src/rules/arbitraries.ts';
import { factNames } from '../../src/rules/index.ts';
import { articleUrl } from './locales.ts';

/**
 * The browser end of issue 6's fuzzing (the 10,000 cases run in vitest): samples of the same hostile
 * text, typed into the simulator and carried by checker links, in the real islands. Nothing may
 * run, become an element, or break the island. Fixed seeds keep a failure reproducible.
 */

/** Counts dialogs and uncaught errors of a page; hostile input must cause neither. */
function watch(page: Page): { dialogs: string[]; errors: string[] } {
  const seen = { dialogs: [] as string[], errors: [] as string[] };
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => seen.errors.push(error.message));
  return seen;
}

/** Elements that injected markup would create inside the islands. */
const injected = '[data-checker] :is(img, script, svg[onload], iframe), [data-simulator] :is(img, script, iframe)';

test('hostile account numbers typed into the simulator are kept as text and refused', async ({ page }) => {
  const seen = watch(page);
  await page.goto(articleUrl('it', 'update-authorized-partner-information'));
  await page.locator('[data-simulator]').scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island:not([ssr]) [data-simulator]')).toBeVisible();
  await page.locator('a[data-simulator-step="partner-5"]').click();
  const input = page.locator('[data-simulator] [data-csn-input]');
  for (const text of fc.sample(hostileTextArbitrary, { numRuns: 25, seed: 6 })) {
    await input.fill(text);
    await input.press('Enter');
    await expect(page.locator('[data-simulator] [data-csn-error]')).toBeVisible();
    await expect(input).toHaveValue(text.replace(/[\r\n]/g, ''));
  }
  await expect(page.locator(injected)).toHaveCount(0);
  expect(seen).toEqual({ dialogs: [], errors: [] });
});

test('hostile checker links leave the checker working and inject nothing', async ({ page }) => {
  const seen = watch(page);
  const queries = fc.sample(
    fc
      .array(fc.tuple(fc.oneof(fc.constantFrom(...factNames), hostileTextArbitrary), hostileTextArbitrary), {
        minLength: 1,
        maxLength: 4,
      })
      .map((pairs) => new URLSearchParams(pairs).toString()),
    { numRuns: 15, seed: 6 },
  );
  for (const query of queries) {
    await page.goto(`${articleUrl('fr', 'add-or-reduce-seats')}?${query}`);
    const checker = page.locator('[data-checker]');
    await checker.scrollIntoViewIfNeeded();
    await expect(checker).toHaveAttribute('data-ready', '');
    await expect(checker.locator('fieldset').first()).toBeVisible();
    await expect(page.locator(injected)).toHaveCount(0);
  }
  expect(seen).toEqual({ dialogs: [], errors: [] });
});
