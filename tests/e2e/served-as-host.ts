import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { distDir } from '../../scripts/bench/built-pages.ts';
import { headersFor, parseHeadersFile } from '../../scripts/bench/headers-file.ts';

/** The headers the build wrote for hosts that read `_headers` (`dist/_headers`). */
export const headerRules = parseHeadersFile(readFileSync(join(distDir, '_headers'), 'utf8'));

/** How a test has the site served. */
export interface Hosting {
  /** Which of the `_headers` headers to send: all of them, only some (lower-case names), or none (`astro preview` sends none). */
  readonly headers: 'all' | readonly string[] | 'none';
  /** A change to each HTML page's text on its way to the browser. */
  readonly rewriteHtml?: (html: string) => string;
}

/** The headers of `_headers` for `path` that `hosting` sends. */
function headersSent(path: string, { headers }: Hosting): Record<string, string> {
  if (headers === 'none') return {};
  const all = headersFor(headerRules, path);
  if (headers === 'all') return all;
  return Object.fromEntries(Object.entries(all).filter(([name]) => headers.includes(name)));
}

/**
 * Serves every response of the site through Playwright's router as a given host would: with the
 * headers of `_headers` applied, and pages changed on the wire when a test tampers with them.
 */
export async function serveAsHost(page: Page, baseURL: string, hosting: Hosting): Promise<void> {
  await page.context().route(`${baseURL}/**`, async (route) => {
    try {
      const response = await route.fetch();
      const path = new URL(route.request().url()).pathname;
      const isHtml = /text\/html/.test(response.headers()['content-type'] ?? '');
      const body = isHtml && hosting.rewriteHtml ? hosting.rewriteHtml(await response.text()) : undefined;
      await route.fulfill({
        response,
        headers: { ...response.headers(), ...headersSent(path, hosting) },
        ...(body === undefined ? {} : { body }),
      });
    } catch (error) {
      // A request still on its way when the test ends (a favicon after `load`) has nowhere to go:
      // its response is disposed with the page. Any other failure is the test's.
      if (!page.isClosed() && !/disposed|closed/i.test(String(error))) throw error;
    }
  });
}
