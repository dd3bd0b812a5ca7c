/**
 * How the browser's JavaScript is split into files: Rolldown's `output.codeSplitting`, set for
 * Astro's client build only (astro.config.mjs).
 *
 * Left to itself, the bundler emits one file per Starlight `<script>` and one per module the
 * islands share: 17 files for an article, each compressed on its own, so gzip never sees the names
 * and idioms they have in common. Two groups of what every article loads anyway make the same
 * code about 2.5 KB lighter on the wire. Each `<script>` entry then becomes a one-line file that
 * imports its group (Astro still writes one tag per component script).
 *
 * Nothing a page does not use is pulled in: Starlight's scripts for components only some pages
 * have (tabs, code blocks) stay apart, each simulator flow keeps its own file with its own sample
 * accounts (an article shows one flow), and so does the checker, so that "the checker adds at
 * most 10 KB" stays measurable (`scripts/bench/page-weight.ts`).
 */

/** A module id's path with `/` separators, whatever the platform. */
const normalized = (id: string) => id.replaceAll('\\', '/');

/** Starlight's scripts and helpers that every page runs, and Astro's link prefetching, which Starlight turns on. */
function isEveryPageScript(id: string): boolean {
  const path = normalized(id);
  const starlight = /\/@astrojs\/starlight\/(dist\/)?(components|components-internals|utils|integrations)\//.test(path);
  const onlySomePages = /\/(Tabs|Code|Steps|FileTree)\.astro|expressive-code/.test(path);
  const prefetch = /\/astro\/dist\/prefetch\/|astro:scripts\/page/.test(path);
  return (starlight && !onlySomePages) || prefetch;
}

/** Solid, the islands' hydration client and the rules: what both islands of every article need. */
function isSharedIslandCode(id: string): boolean {
  const path = normalized(id);
  const solid = /\/node_modules\/solid-js\//.test(path);
  const site = /\/src\/(rules|islands|i18n|components\/simulator)\//.test(path);
  // By folder and file shape, not by name: a procedure's simulator added through the registry
  // gets its own file without an edit here.
  const oneFlowOnly = [
    /\/src\/components\/simulator\/(?!shared\/)[\w-]+\//,
    /SimulatorIsland\.tsx$/,
    /\/src\/rules\/flows\/[\w-]+\.machine\.ts$/,
    /\/src\/rules\/samples\/(?!index\.ts$|subscriptions\.ts$)[\w-]+\.ts$/,
  ].some((pattern) => pattern.test(path));
  return solid || (site && !oneFlowOnly);
}

export const clientCodeSplitting = {
  groups: [
    { name: 'starlight', test: isEveryPageScript },
    { name: 'islands', test: isSharedIslandCode },
  ],
};
