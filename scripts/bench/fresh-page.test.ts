import type { Browser, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { inFreshPage } from './fresh-page.ts';

/** A browser whose contexts record whether they were closed (no Chromium needed). */
function recordingBrowser() {
  const contexts: { closed: boolean }[] = [];
  const browser = {
    async newContext() {
      const context = {
        closed: false,
        newPage: async () => ({}) as Page,
        async close() {
          this.closed = true;
        },
      };
      contexts.push(context);
      return context;
    },
  };
  return { browser: browser as unknown as Browser, contexts };
}

describe('a measurement in a fresh page', () => {
  test('gets a context of its own, closed once it has its figure', async () => {
    const { browser, contexts } = recordingBrowser();
    expect(await inFreshPage(browser, async () => 1)).toBe(1);
    expect(await inFreshPage(browser, async () => 2)).toBe(2);
    expect(contexts.map((context) => context.closed)).toEqual([true, true]);
  });

  test('closes its context when the measurement fails, and the failure still reaches the caller', async () => {
    const { browser, contexts } = recordingBrowser();
    await expect(
      inFreshPage(browser, async () => {
        throw new Error('no search input');
      }),
    ).rejects.toThrow('no search input');
    expect(contexts.map((context) => context.closed)).toEqual([true]);
  });
});
