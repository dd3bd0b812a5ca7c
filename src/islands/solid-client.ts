import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** How Astro imports its Solid client (`@astrojs/solid-js/client.js`). */
const astroSolidClient = /^@astrojs\/solid-js\/client\.js$/;
const siteSolidClient = fileURLToPath(new URL('./solid-hydrate.ts', import.meta.url));

/**
 * Vite plugin: islands hydrate with `solid-hydrate.ts` (this site's subset of Astro's Solid
 * client, without the props store) wherever Astro would load `@astrojs/solid-js/client.js`.
 */
export function solidHydrateClient(): Plugin {
  return {
    name: 'solid-hydrate-client',
    enforce: 'pre',
    // Filtered, so the bundler calls this hook for that one import, not for each of the site's.
    resolveId: { filter: { id: astroSolidClient }, handler: () => siteSolidClient },
  };
}
