import type { Browser, Page } from 'playwright-core';

/** How much a search held up the page's main thread. */
export interface SearchBlocking {
  /** The longest task on the page's main thread from typing the first query to the last results, in ms. */
  readonly longestBlockMs: number;
  /**
   * The CPU time of that thread in its longest task, in ms: what the code costs, without the time a
   * busy machine kept the thread waiting for a core (on a shared machine the wall figure is noisy).
   */
  readonly longestBlockCpuMs: number;
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
  readonly tdur?: number;
  readonly args?: { name?: string };
}

/** The longest top-level task on any renderer's main thread of a Chromium trace: wall and thread CPU ms. */
export function longestMainThreadTask(traceEvents: readonly TraceEvent[]): { wallMs: number; cpuMs: number } {
  const mainThreads = new Set(
    traceEvents
      .filter((event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
      .map((event) => `${event.pid}:${event.tid}`),
  );
  let wallMs = 0;
  let cpuMs = 0;
  for (const event of traceEvents) {
    if (event.ph !== 'X' || !/^(RunTask|ThreadControllerImpl::RunTask)$/.test(event.name)) continue;
    if (!mainThreads.has(`${event.pid}:${event.tid}`)) continue;
    wallMs = Math.max(wallMs, (event.dur ?? 0) / 1000);
    cpuMs = Math.max(cpuMs, (event.tdur ?? 0) / 1000);
  }
  return { wallMs, cpuMs };
}

/**
 * Opens `url`, waits until the page is idle, opens Starlight's search and waits for its input (the
 * search UI's own code is loaded and compiled by then: it is the dialog's cost, not a search's),
 * then types each query, waiting until the expected article is among the results: a reader's first
 * searches, with Pagefind's engine, WebAssembly and index loaded on the way. Measured two ways: the
 * long tasks the page's PerformanceObserver reports (the browser only reports tasks of 50 ms and
 * over), and, for shorter blocks, the longest task on the renderer's main thread in a Chromium trace
 * (a task in Pagefind's worker is on another thread).
 *
 * `onPageThread` hides `Worker` from the page, which makes Pagefind search on the page's thread, by
 * the same code path as its `noWorker` option: the same build, measured both ways.
 */
export async function measureSearchBlocking(
  browser: Browser,
  page: Page,
  url: string,
  queries: readonly SearchQuery[],
  { onPageThread = false } = {},
): Promise<SearchBlocking> {
  if (onPageThread) await page.addInitScript(() => Reflect.deleteProperty(window, 'Worker'));
  await page.addInitScript(() => {
    const seen: number[] = [];
    (window as unknown as { longTasks: number[] }).longTasks = seen;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) seen.push(entry.duration);
    }).observe({ type: 'longtask' });
  });
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  await page.locator('site-search button[data-open-modal]').click();
  await page.locator('#starlight__search input').waitFor();
  const before = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks.length);
  await browser.startTracing(page, {
    categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'],
  });
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
  const longest = longestMainThreadTask(trace.traceEvents);
  return { longestBlockMs: longest.wallMs, longestBlockCpuMs: longest.cpuMs, longTasksMs };
}
