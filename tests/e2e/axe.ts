import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

/** WCAG 2.2 A and AA: nothing disabled. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe-core's own script, read once for the whole run. */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * The WCAG violations axe finds in the current page, or only inside `include` (a selector), one
 * line each. axe is put into a page once and reused by every later scan of the same page: a
 * simulator journey scans a dozen screens of one page. (`@axe-core/playwright` injects it again on
 * every scan and finishes each run in a new blank page, which made scans 2-3 times slower.) The
 * script is evaluated through the DevTools protocol, which the page's Content-Security-Policy does
 * not govern; no page of the site frames another, so no frame is left out.
 */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(
    async ({ include, tags }) => {
      const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
      const { violations } = await axe.run(include ? { include: [include] } : document, {
        runOnly: { type: 'tag', values: tags },
      });
      return violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`);
    },
    { include, tags: wcagTags },
  );
}
