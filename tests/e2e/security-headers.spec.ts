import { expect, test, type Page } from '@playwright/test';
import { term } from '../../src/rules/index.ts';
import { articleUrl } from './locales.ts';
import { serveAsHost } from './served-as-host.ts';

/**
 * The `_headers` the build writes, applied in a browser as a host that reads the file (Netlify,
 * Cloudflare Pages) would send them: the site still works with every one of them, and no page can
 * frame it. The file's contents are checked in `tests/dist/security-headers.test.ts`.
 */

/** Adds the `_headers` rules to every response of the site; returns the page's errors as they come. */
async function serveWithHeaders(page: Page, baseURL: string): Promise<string[]> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await serveAsHost(page, baseURL, { headers: 'all' });
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
