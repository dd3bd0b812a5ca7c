import { rename, rmdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { defaultLocale, localeCodes } from '../i18n/locales.ts';

/**
 * Moves each language's "page not found" from `/<locale>/404/index.html`, where Astro writes a
 * page at `/<locale>/404`, to `/<locale>/404.html`, the file static hosts look for: Cloudflare
 * Pages serves the `404.html` nearest to an unknown address. (Astro names only the root page
 * `404.html`.)
 */
export function localizedNotFound(): AstroIntegration {
  return {
    name: 'localized-not-found',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const outDir = fileURLToPath(dir);
        for (const locale of localeCodes.filter((code) => code !== defaultLocale)) {
          await rename(`${outDir}${locale}/404/index.html`, `${outDir}${locale}/404.html`);
          await rmdir(`${outDir}${locale}/404`);
        }
      },
    },
  };
}
