import type { Browser, Page } from 'playwright-core';

/**
 * Runs `measure` on a page of a new browser context (empty cache, nothing shared with earlier
 * measurements) and closes the context after it. A page left open keeps its scripts and
 * Pagefind's worker alive, and every later measurement shares the machine's cores with them: with
 * the contexts left open, a first search of the same site took 1.6 s, then 5 s, then 10 s.
 */
export async function inFreshPage<T>(browser: Browser, measure: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext();
  try {
    return await measure(await context.newPage());
  } finally {
    await context.close();
  }
}
