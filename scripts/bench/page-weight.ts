import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePage } from '../../src/build/html-page.ts';
import { gzipSize } from './gzip-size.ts';

/** Gzip bytes of what one built page loads before any interaction. */
export interface PageWeight {
  readonly page: string;
  readonly html: number;
  readonly css: number;
  /** Starlight's own scripts: external modules, their static imports, and inline scripts. */
  readonly starlightJs: number;
  /** Hydrated islands: component and renderer modules and their static imports not already loaded. */
  readonly islandJs: number;
  readonly totalJs: number;
  /** URL paths of every asset counted above (for telling page weight from on-demand downloads). */
  readonly assets: readonly string[];
}

// Static imports in Vite's output: `import{a}from"./x.js"`, `import"./x.js"`; not `import("./x.js")`,
// which loads on demand (Pagefind's search UI), so it is not part of the page's own weight.
const staticImport = /(?:import|export)\s*(?:[\w$*{}\s,]*?from\s*)?["']\.\/([^"']+\.js)["']/g;

function attributeValues(html: string, tag: RegExp, attribute: string): string[] {
  const values: string[] = [];
  for (const [element] of html.matchAll(tag)) {
    const value = new RegExp(`\\s${attribute}="([^"]+)"`).exec(element)?.[1];
    if (value) values.push(value.replaceAll('&amp;', '&'));
  }
  return values;
}

/** The module at `url` (`/_astro/x.js`) and every module it imports statically. */
function moduleClosure(distDir: string, entryUrls: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (url: string) => {
    if (seen.has(url)) return;
    seen.add(url);
    const source = readFileSync(join(distDir, url), 'utf8');
    const folder = url.slice(0, url.lastIndexOf('/') + 1);
    for (const match of source.matchAll(staticImport)) visit(folder + match[1]);
  };
  for (const url of entryUrls) visit(url);
  return seen;
}

function sumGzip(distDir: string, urls: Iterable<string>): number {
  let total = 0;
  for (const url of urls) total += gzipSize(readFileSync(join(distDir, url)));
  return total;
}

/** What one island weighs: all the modules it needs, and those the page would not load without it. */
export interface IslandWeight {
  /** The island's component module, e.g. `CheckerRoot`. */
  readonly component: string;
  /** Gzip bytes of its component, renderer and their static imports. */
  readonly own: number;
  /** Gzip bytes of those modules that neither Starlight's scripts nor the page's other islands load. */
  readonly adds: number;
}

/** Weighs each island of a built page: what it adds over the page without it (the checker: at most 10 KB). */
export function measureIslands(distDir: string, page: string): IslandWeight[] {
  const html = readFileSync(join(distDir, page, 'index.html'), 'utf8');
  const islands = [...html.matchAll(/<astro-island\b[^>]*>/g)].map(([element]) => ({
    component: attributeValues(element, /.+/gs, 'component-url')[0]!,
    renderer: attributeValues(element, /.+/gs, 'renderer-url')[0]!,
  }));
  const starlight = moduleClosure(distDir, attributeValues(html, /<script\b[^>]*\ssrc="[^"]+"[^>]*>/g, 'src'));
  return islands.map((island, index) => {
    const own = moduleClosure(distDir, [island.component, island.renderer]);
    const others = moduleClosure(
      distDir,
      islands.filter((_, other) => other !== index).flatMap((other) => [other.component, other.renderer]),
    );
    const added = [...own].filter((url) => !starlight.has(url) && !others.has(url));
    return {
      component: island.component.replace(/^.*\/|\.[\w-]+\.js$/g, ''),
      own: sumGzip(distDir, own),
      adds: sumGzip(distDir, added),
    };
  });
}

/** Weighs a built page (`/it/add-or-reduce-seats/`) from the files in `distDir`. */
export function measurePage(distDir: string, page: string): PageWeight {
  const html = readFileSync(join(distDir, page, 'index.html'), 'utf8');
  const scriptUrls = attributeValues(html, /<script\b[^>]*\ssrc="[^"]+"[^>]*>/g, 'src');
  const inlineCode = parsePage(html).inlineScripts
    .map(({ text }) => text)
    .filter((code) => code.trim() && !code.trim().startsWith('{')); // JSON data blocks are not code
  const islandUrls = [
    ...attributeValues(html, /<astro-island\b[^>]*>/g, 'component-url'),
    ...attributeValues(html, /<astro-island\b[^>]*>/g, 'renderer-url'),
  ];
  const cssUrls = attributeValues(html, /<link\b[^>]*rel="stylesheet"[^>]*>/g, 'href');

  const starlightModules = moduleClosure(distDir, scriptUrls);
  const islandModules = [...moduleClosure(distDir, islandUrls)].filter((url) => !starlightModules.has(url));
  const starlightJs = sumGzip(distDir, starlightModules) + inlineCode.reduce((sum, code) => sum + gzipSize(code), 0);
  const islandJs = sumGzip(distDir, islandModules);
  return {
    page,
    html: gzipSize(html),
    css: sumGzip(distDir, cssUrls),
    starlightJs,
    islandJs,
    totalJs: starlightJs + islandJs,
    assets: [...cssUrls, ...starlightModules, ...islandModules, '/favicon.svg'],
  };
}
