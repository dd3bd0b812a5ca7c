import type { Plugin } from 'vite';

/** Starlight's script that saves the sidebar's state, which `Page.astro` loads on every page. */
const persisterScript = /\/@astrojs\/starlight\/(dist\/)?components-internals\/SidebarPersistState\.(js|ts)(\?.*)?$/;

/**
 * Vite plugin: Starlight's sidebar-state script becomes an empty module.
 *
 * The script stores which sidebar groups a reader opened and how far the sidebar scrolled, read
 * from the `<sl-sidebar-state-persist>` element that Starlight's `Sidebar` renders. This site's
 * `Sidebar` override (src/components/overrides/Sidebar.astro) renders no such element, so the
 * script has nothing to save; `Page.astro` still loads it on every page (0.45 KB gzip). Emptied,
 * its entry is one more copy of the one-line file that imports Starlight's scripts, whose tag the
 * build drops (`duplicate-module-scripts.ts`).
 */
export function sidebarWithoutPersister(): Plugin {
  return {
    name: 'sidebar-without-persister',
    enforce: 'pre',
    // Filtered, so the bundler calls this hook for that one module, not for each of the site's.
    load: { filter: { id: persisterScript }, handler: () => 'export {};' },
  };
}
