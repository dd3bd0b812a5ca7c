import { expect, test } from '@playwright/test';
import { articleUrl } from './locales.ts';

/**
 * Links are prefetched by the browser's Speculation Rules (src/navigation/speculation-rules.ts),
 * which replaced Astro's prefetch script: resting the pointer on a link to another page of the
 * site fetches that page before the click, and no prefetch script is loaded.
 */
test('hovering a link to another article prefetches it, without a prefetch script', async ({ page }) => {
  const from = articleUrl('fr', 'add-or-reduce-seats');
  const to = articleUrl('fr', 'update-authorized-partner-information');
  const prefetched = page.waitForRequest(
    (request) => new URL(request.url()).pathname === to && /prefetch/.test(request.headers()['sec-purpose'] ?? ''),
  );
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto(from);
  await expect(page.locator('script[type="speculationrules"]')).toHaveCount(1);
  await page.locator(`.sidebar-content a[href="${to}"]`).hover();
  await prefetched;
  expect(scripts.filter((script) => /prefetch/i.test(script))).toEqual([]);
});
