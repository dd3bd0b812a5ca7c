import type { Browser, Page } from 'playwright-core';

/** How much a search held up the page's main thread. */
export interface SearchBlocking {
  /** The longest task on the page's main thread from opening the search to the last results, in ms. */
  readonly longestBlockMs: number;
  /** Durations (ms) of the long tasks (50 ms and over) the page's own PerformanceObserver saw meanwhile. */
  readonly longTasksMs: readonly number[];
}

/** A search to type, and the URL path its first results must contain. */
export interface SearchQuery {
  readonly query: string;
  readonly expectedUrl: string;
}

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly pid: number;
  readonly tid: number;
  readonly dur?: number;
  readonly args?: { name?: string };
}

/** The longest top-level task (ms) on any renderer's main thread of a Chromium trace. */
export function longestMainThreadTask(traceEvents: readonly TraceEvent[]): number {
  const mainThreads = new Set(
    traceEvents
      .filter((event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
      .map((event) => `${event.pid}:${event.tid}`),
  );
  let longest = 0;
  for (const event of traceEvents) {
    if (event.ph !== 'X' || !/^(RunTask|ThreadControllerImpl::RunTask)$/.test(event.name)) continue;
    if (mainThreads.has(`${event.pid}:${event.tid}`)) longest = Math.max(longest, (event.dur ?? 0) / 1000);
  }
  return longest;
}

/**
 * Opens `url`, waits until the page is idle, then opens Starlight's search and types each query,
 * waiting until the expected article is among the results: a reader's first searches, the index
 * loaded on the way. Measured two ways: the long tasks the page's PerformanceObserver reports (the
 * browser only reports tasks of 50 ms and over), and, for shorter blocks, the longest task on the
 * renderer's main thread in a Chromium trace (a task in Pagefind's worker is on another thread).
 */
export async function measureSearchBlocking(
  browser: Browser,
  page: Page,
  url: string,
  queries: readonly SearchQuery[],
): Promise<SearchBlocking> {
  await page.addInitScript(() => {
    const seen: number[] = [];
    (window as unknown as { longTasks: number[] }).longTasks = seen;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) seen.push(entry.duration);
    }).observe({ type: 'longtask' });
  });
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  const before = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks.length);
  await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  await page.locator('site-search button[data-open-modal]').click();
  for (const { query, expectedUrl } of queries) {
    await page.locator('#starlight__search input').fill(query);
    await page
      .locator(`#starlight__search .pagefind-ui__result-link[href="${expectedUrl}"]`)
      .first()
      .waitFor({ timeout: 30_000 });
  }
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
  const longTasksMs = await page.evaluate(
    (from) => (window as unknown as { longTasks: number[] }).longTasks.slice(from),
    before,
  );
  return { longestBlockMs: longestMainThreadTask(trace.traceEvents), longTasksMs };
}
