import type { Plugin } from 'vite';

const starlightPagefindConfig = 'virtual:starlight/pagefind-config';
const withMainThread = '\0pagefind-config-main-thread';

/**
 * Vite plugin: Pagefind searches on the page's own thread (its `noWorker` option).
 *
 * Pagefind 1.5+ moves its search into a Web Worker by default, which keeps typing smooth on sites
 * with thousands of pages, and makes the first search download `pagefind-worker.js` (12 KB gzip)
 * beside `pagefind.js`, which holds the same engine. This site's index is three pages per language:
 * once loaded, a search takes about a millisecond (0.5-1.4 ms in Chromium), so the worker buys
 * nothing a reader could notice, and dropping it keeps a first search under 100 KB in every
 * language (with it, French is ~101 KB).
 *
 * Starlight passes its `pagefind` config to Pagefind's UI, which hands unknown options to Pagefind
 * itself, but its config schema accepts only `ranking`, `indexWeight` and `mergeIndex`; so this
 * wraps Starlight's virtual config module and adds the option to whatever Starlight put there.
 */
export function pagefindMainThread(): Plugin {
  return {
    name: 'pagefind-main-thread',
    enforce: 'pre',
    async resolveId(id, importer, options) {
      if (id !== starlightPagefindConfig) return;
      // The wrapper's own import of the config must reach Starlight's module, not this plugin again.
      if (importer === withMainThread) return this.resolve(id, importer, { ...options, skipSelf: true });
      return withMainThread;
    },
    load(id) {
      if (id !== withMainThread) return;
      return [
        `import { pagefindUserConfig as starlight } from '${starlightPagefindConfig}';`,
        'export const pagefindUserConfig = { ...starlight, noWorker: true };',
      ].join('\n');
    },
  };
}
