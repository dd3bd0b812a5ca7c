import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { distDir } from '../../scripts/bench/built-pages.ts';
import { term } from '../../src/rules/index.ts';
import { headersFor, parseHeadersFile } from '../../scripts/bench/headers-file.ts';
import { articleUrl } from './locales.ts';

/**
 * `public/_headers`, as the built site ships it (`dist/_headers`): the security headers of issue 6,
 * and proof in a browser that the site still works with every one of them applied, as a host that
 * reads the file (Netlify, Cloudflare Pages) would send them.
 */
const rules = parseHeadersFile(readFileSync(join(distDir, '_headers'), 'utf8'));

const paths = ['/', '/it/add-or-reduce-seats/', '/_astro/page.js', '/pagefind/pagefind.js', '/sitemap-index.xml'];

for (const path of paths) {
  test(`${path} is served with every security header`, () => {
    const headers = headersFor(rules, path);
    expect(Number(/max-age=(\d+)/.exec(headers['strict-transport-security'] ?? '')?.[1])).toBeGreaterThanOrEqual(
      31_536_000,
    );
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin']).toContain(
      headers['referrer-policy'],
    );
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment']) {
      expect(headers['permissions-policy']).toContain(`${feature}=()`);
    }
    expect(headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(headers['cross-origin-resource-policy']).toBe('same-origin');
    expect(headers['cross-origin-embedder-policy']).toBe('require-corp');
  });
}

/** Adds the `_headers` rules to every response of the site, as the host would. */
async function serveWithHeaders(page: Page, baseURL: string): Promise<string[]> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.context().route(`${baseURL}/**`, async (route) => {
    const response = await route.fetch();
    const path = new URL(route.request().url()).pathname;
    await route.fulfill({ response, headers: { ...response.headers(), ...headersFor(rules, path) } });
  });
  return errors;
}

test('with every header applied, an article is cross-origin isolated and its islands and search work', async ({
  page,
  baseURL,
}) => {
  const errors = await serveWithHeaders(page, baseURL!);
  await page.goto(articleUrl('de', 'update-authorized-partner-information'));
  expect(await page.evaluate(() => window.crossOriginIsolated)).toBe(true);

  const checker = page.locator('[data-checker]');
  await checker.scrollIntoViewIfNeeded();
  await expect(checker).toHaveAttribute('data-ready', '');
  await checker.locator('input[type="radio"]').first().check();

  await page.locator('site-search button[data-open-modal]').click();
  await page.locator('#starlight__search input').fill(term('update-reseller-information', 'de'));
  await expect(page.locator('#starlight__search .pagefind-ui__result-link').first()).toBeVisible({ timeout: 15_000 });
  expect(errors).toEqual([]);
});

/**
 * Opens a page that frames an article; returns whether the article showed in the frame. The framing
 * page is on the site's own origin: `frame-ancestors 'none'` and `X-Frame-Options: DENY` refuse
 * every framer, the site itself included, and a page of another origin would be stopped by
 * Chromium's private-network rules before the headers could be tested.
 */
async function articleShowsInFrame(page: Page, baseURL: string): Promise<boolean> {
  const framer = `${baseURL}/framing-page/`;
  await page.route(framer, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>framer</title><iframe src="${baseURL}/add-or-reduce-seats/" onload="document.title='loaded'"></iframe>`,
    }),
  );
  await page.goto(framer);
  await expect(page).toHaveTitle('loaded');
  return (await page.frameLocator('iframe').locator('main').count()) > 0;
}

test('no page can show the help pages in a frame', async ({ page, baseURL }) => {
  await serveWithHeaders(page, baseURL!);
  expect(await articleShowsInFrame(page, baseURL!)).toBe(false);
});

test('without the headers the same frame would show the article (the test above can fail)', async ({
  page,
  baseURL,
}) => {
  expect(await articleShowsInFrame(page, baseURL!)).toBe(true);
});
