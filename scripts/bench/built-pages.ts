import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The production build the browser tests run against. */
export const distDir = new URL('../../dist/', import.meta.url).pathname;

/** Every HTML page of the build, as a URL path (`/it/add-or-reduce-seats/`), 404 excluded. */
export function builtPages(dir = distDir): string[] {
  const pages: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) {
        if (!['_astro', 'pagefind'].includes(name)) walk(path);
      } else if (name === 'index.html') {
        const url = `/${relative(dir, folder).split(sep).join('/')}/`;
        pages.push(url.replace(/^\/\/$/, '/'));
      }
    }
  };
  walk(dir);
  return pages.sort();
}

/** Whether a built page belongs to the checker's no-JavaScript flow (`/check/...`, `/it/check/...`). */
export function isStaticFlowPage(path: string): boolean {
  return /^\/(?:[a-z]{2}\/)?check\//.test(path);
}
