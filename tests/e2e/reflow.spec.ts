import { expect, test, type Page } from '@playwright/test';
import { staticFlowUrl } from '../../src/components/static-flow/text.ts';
import { addDays, localCalendarDate, procedureIds, staticFlowPaths } from '../../src/rules/index.ts';
import { articleUrl, localeCodes } from './locales.ts';

/*
 * Reflow and text zoom (WCAG 2.2 1.4.10 and 1.4.4): at 320 CSS px wide (1280 px at 400% zoom),
 * and on a 390 px phone with text at 200%, no screen of either simulator, no state of the checker
 * and not the site title is cut off or needs horizontal scrolling, in any language.
 */

/** What does not fit: the page scrolling sideways, or an element cut by its box or the viewport. */
function overflowing(): string[] {
  const problems: string[] = [];
  const width = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth > width) {
    problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} > ${width} px`);
  }
  const watched =
    '[data-simulator] *, [data-checker] *, .site-title, .site-title *, .static-flow-summary, .static-flow-summary *';
  for (const element of document.querySelectorAll(watched)) {
    const box = element.getBoundingClientRect();
    if (box.width === 0 || element.closest('.sr-only')) continue;
    const name = `<${element.tagName.toLowerCase()} class="${element.className}"> "${(element.textContent ?? '').trim().slice(0, 30)}"`;
    if (box.right > width + 0.5) problems.push(`${name} ends at ${Math.round(box.right)} px, beyond ${width} px`);
    const style = getComputedStyle(element);
    if (style.overflowX !== 'visible' && element.scrollWidth > element.clientWidth + 1) {
      problems.push(`${name} cuts its content: ${element.scrollWidth} > ${element.clientWidth} px`);
    }
  }
  return problems;
}

/** Opens an article and waits until both islands are hydrated. */
async function openArticle(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('[data-checker]').scrollIntoViewIfNeeded();
  await expect(page.locator('[data-checker]')).toHaveAttribute('data-ready', '');
  await page.locator('[data-simulator]').scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island:not([ssr]) [data-simulator]')).toBeVisible();
}

/** Opens each step of a simulator list from its "Try this step" link and lists what does not fit. */
async function walkSteps(page: Page, list: string, count: number): Promise<string[]> {
  const found: string[] = [];
  for (let step = 1; step <= count; step++) {
    await page.locator(`a[data-simulator-step="${list}-${step}"]`).click();
    await expect(page.locator('[data-simulator] [data-screen-heading]')).toBeFocused();
    found.push(...(await page.evaluate(overflowing)).map((problem) => `${list} step ${step}: ${problem}`));
  }
  return found;
}

const today = localCalendarDate(new Date());
const layouts = [
  { name: 'at 320 CSS px', viewport: { width: 320, height: 800 }, textZoom: false },
  { name: 'on a phone with 200% text', viewport: { width: 390, height: 844 }, textZoom: true },
] as const;

for (const layout of layouts) {
  test.describe(layout.name, () => {
    test.use({ viewport: layout.viewport });

    for (const locale of localeCodes) {
      test(`nothing of the ${locale} islands is cut off or scrolls sideways`, async ({ page }) => {
        test.setTimeout(120_000);
        if (layout.textZoom) {
          // Text zoom scales the root font size, and with it every rem-sized box.
          await page.addInitScript(() =>
            document.addEventListener('DOMContentLoaded', () => (document.documentElement.style.fontSize = '200%')),
          );
        }
        const found: string[] = [];
        // The partner article with a verdict: every reason of the checker, then each simulator screen.
        await openArticle(
          page,
          `${articleUrl(locale, 'update-authorized-partner-information')}?identifier=contract-number&autoRenew=true&tokenFlex=true&expirationDate=${addDays(today, 10)}`,
        );
        found.push(...(await page.evaluate(overflowing)).map((problem) => `checker verdict: ${problem}`));
        found.push(...(await walkSteps(page, 'partner', 8)));
        // The seats article with the checker's error summary, then both step lists.
        await openArticle(page, `${articleUrl(locale, 'add-or-reduce-seats')}?contractManager=true`);
        await page.locator('[data-checker] button[type="submit"]').click();
        await expect(page.locator('[data-checker] .checker-error-summary')).toBeVisible();
        found.push(...(await page.evaluate(overflowing)).map((problem) => `checker errors: ${problem}`));
        found.push(...(await walkSteps(page, 'add', 6)), ...(await walkSteps(page, 'remove', 4)));
        expect(found).toEqual([]);
      });
    }
  });
}

test.describe('the no-JavaScript "check your answers" page on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });

  for (const locale of localeCodes) {
    test(`its summary list in ${locale} fits, for every procedure`, async ({ page }) => {
      const found: string[] = [];
      for (const procedure of procedureIds) {
        const [fullest] = staticFlowPaths(procedure)
          .filter((flowPage) => flowPage.kind === 'check-answers')
          .sort((a, b) => b.answers.length - a.answers.length);
        await page.goto(staticFlowUrl(locale, procedure, 'check-answers', fullest!.answers));
        await expect(page.locator('dl.static-flow-summary dt')).toHaveCount(fullest!.answers.length);
        found.push(...(await page.evaluate(overflowing)).map((problem) => `${procedure}: ${problem}`));
      }
      expect(found).toEqual([]);
    });
  }
});
