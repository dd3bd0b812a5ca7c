import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const astroSolidClient = '@astrojs/solid-js/client.js';
const siteSolidClient = fileURLToPath(new URL('./solid-hydrate.ts', import.meta.url));

/**
 * Vite plugin: islands hydrate with `solid-hydrate.ts` (this site's subset of Astro's Solid
 * client, without the props store) wherever Astro would load `@astrojs/solid-js/client.js`.
 */
export function solidHydrateClient(): Plugin {
  return {
    name: 'solid-hydrate-client',
    enforce: 'pre',
    resolveId(id) {
      return id === astroSolidClient ? siteSolidClient : undefined;
    },
  };
}
