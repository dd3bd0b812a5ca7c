import { expect, test, type Page } from '@playwright/test';
import { procedures } from '../../src/rules/procedures/index.ts';
import { articleUrl } from './locales.ts';

/**
 * Keyboard users see where they are, and readers who ask for less motion get none: a walk with Tab
 * through every article (both islands hydrated) finds a visible focus indicator on every stop, and
 * with `prefers-reduced-motion: reduce` no element of the page transitions or animates.
 */

/** The articles with both islands (a checker and a simulator), as the procedures registry lists them. */
const slugs = procedures.filter((procedure) => 'simulator' in procedure).map((procedure) => procedure.article);

/** Opens an article and waits until both islands are hydrated, so their controls are in the walk. */
async function openArticle(page: Page, url: string): Promise<void> {
  await page.goto(url);
  const checker = page.locator('[data-checker]');
  await checker.scrollIntoViewIfNeeded();
  await expect(checker).toHaveAttribute('data-ready', '');
  await page.locator('[data-simulator]').scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island:not([ssr]) [data-simulator]')).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** What a focused element shows: an outline or a focus ring drawn with box-shadow, in view. */
function describeFocus(): { element: string; visible: boolean; indicated: boolean } | null {
  const element = document.activeElement;
  if (!element || element === document.body) return null;
  const style = getComputedStyle(element);
  const box = element.getBoundingClientRect();
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  const ring = style.boxShadow !== 'none';
  const name = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${
    element.getAttribute('aria-label') ? `[${element.getAttribute('aria-label')}]` : ''
  } "${(element.textContent ?? '').trim().slice(0, 30)}"`;
  return { element: name, visible: box.width > 0 && box.height > 0, indicated: outline || ring };
}

// Focus styles do not depend on the language; English and German (the longest labels) stand for all.
for (const locale of ['en', 'de'] as const) {
  for (const slug of slugs) {
    const url = articleUrl(locale, slug);

    test(`${url}: every Tab stop shows where the focus is`, async ({ page }) => {
      test.setTimeout(90_000);
      await openArticle(page, url);
      const stops: string[] = [];
      const problems: string[] = [];
      for (let presses = 0; presses < 250; presses++) {
        await page.keyboard.press('Tab');
        const focus = await page.evaluate(describeFocus);
        if (!focus) continue;
        if (stops.includes(focus.element) && stops.length > 10 && focus.element === stops[0]) break;
        stops.push(focus.element);
        if (!focus.visible) problems.push(`${focus.element} is focused but not visible`);
        if (!focus.indicated) problems.push(`${focus.element} has no focus outline`);
      }
      // The header, sidebar, table of contents, article, checker and simulator: dozens of stops.
      expect(stops.length).toBeGreaterThan(30);
      expect(problems).toEqual([]);
    });
  }
}

/** Every element (and its ::before and ::after) whose transition or animation lasts longer than 10 ms. */
function movingElements(): string[] {
  const seconds = (value: string) =>
    Math.max(
      ...value.split(',').map((part) => (part.trim().endsWith('ms') ? parseFloat(part) / 1000 : parseFloat(part))),
    );
  const moving: string[] = [];
  for (const element of document.querySelectorAll('*')) {
    for (const pseudo of [null, '::before', '::after']) {
      const style = getComputedStyle(element, pseudo);
      const lasts =
        (style.transitionProperty !== 'none' && seconds(style.transitionDuration) > 0.01) ||
        (style.animationName !== 'none' && seconds(style.animationDuration) > 0.01);
      if (lasts) moving.push(`${[element.tagName.toLowerCase(), ...element.classList].join('.')}${pseudo ?? ''}`);
    }
  }
  return moving;
}

for (const slug of slugs) {
  test(`${slug}: with reduced motion asked for, nothing on the page moves`, async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openArticle(page, articleUrl('fr', slug));
    await page.locator('site-search button[data-open-modal]').click();
    expect(await page.evaluate(movingElements)).toEqual([]);
  });
}

test('without that preference the same check finds Starlight’s own transition (it can fail)', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await openArticle(page, articleUrl('fr', slugs[0]!));
  // Starlight turns the marker of a <details> with a transition, only when motion is welcome.
  await page.evaluate(() => {
    const details = document.createElement('details');
    details.innerHTML = '<summary>Plus</summary>';
    document.querySelector('.sl-markdown-content')!.append(details);
  });
  expect(await page.evaluate(movingElements)).toContain('summary::before');
});
