import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** What `pagefind-entry.json` says of each language's index. */
interface PagefindEntry {
  languages: Record<string, { hash: string; wasm?: string | null }>;
}

/**
 * The files of Pagefind's output folder that its engine loads, for the languages its entry file lists.
 *
 * Starlight's search bundles Pagefind's UI into the site's own scripts and loads only the engine
 * from `/pagefind/`: `pagefind.js`, its worker (where the search runs), the entry file, each
 * language's metadata and WebAssembly, and the `index/`, `fragment/` and `filter/` chunks.
 * Pagefind also writes its stand-alone UIs (`pagefind-ui.js`, `pagefind-component-ui.js`,
 * `pagefind-modular-ui.js` with their CSS), `pagefind-highlight.js` and the WebAssembly of
 * languages without an index: about 410 KB that no page loads, each one more script of this
 * origin that the policy's `'self'` would let run.
 */
export function pagefindFilesInUse(entry: PagefindEntry): Set<string> {
  const languages = Object.values(entry.languages);
  return new Set([
    'pagefind.js',
    'pagefind-worker.js',
    'pagefind-entry.json',
    'index',
    'fragment',
    'filter',
    ...languages.map(({ hash }) => `pagefind.${hash}.pf_meta`),
    ...languages.map(({ wasm }) => `wasm.${wasm || 'unknown'}.pagefind`),
  ]);
}

/** Deletes from `pagefindDir` what `pagefindFilesInUse` leaves out; returns the names deleted. */
export function removeUnusedPagefindFiles(pagefindDir: string): string[] {
  const entryFile = join(pagefindDir, 'pagefind-entry.json');
  if (!existsSync(entryFile)) return [];
  const inUse = pagefindFilesInUse(JSON.parse(readFileSync(entryFile, 'utf8')) as PagefindEntry);
  const unused = readdirSync(pagefindDir).filter((name) => !inUse.has(name));
  for (const name of unused) rmSync(join(pagefindDir, name), { recursive: true });
  return unused;
}
