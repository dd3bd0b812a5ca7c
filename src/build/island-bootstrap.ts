import { createHash } from 'node:crypto';
import astroIsland from 'astro/runtime/server/astro-island.prebuilt.js';
import idle from 'astro/runtime/client/idle.prebuilt.js';
import load from 'astro/runtime/client/load.prebuilt.js';
import media from 'astro/runtime/client/media.prebuilt.js';
import only from 'astro/runtime/client/only.prebuilt.js';
import visible from 'astro/runtime/client/visible.prebuilt.js';
import { generateHydrationScript } from 'solid-js/web';
import { inlineScripts, replaceElements } from './html-scripts.ts';

/**
 * The island bootstrap as one cached file instead of text in every page.
 *
 * Before the first island of a page, Astro inlines its `<astro-island>` element (4.4 KB), the
 * script of each client directive the page uses, and `@astrojs/solid-js` inlines Solid's
 * hydration script (`window._$HY`): about 2 KB of gzip in the HTML of every article, downloaded
 * again on every page. Astro does this on purpose, so that islands above the fold can start before
 * any module loads (withastro/astro#17017), and offers no option to do otherwise. This site's islands
 * are `client:visible` and wait for their own modules anyway, so the same texts, byte for byte,
 * load from one file that every article shares.
 *
 * The file is a classic script, as the inline texts were (Solid's assigns an undeclared global,
 * which a module's strict mode forbids), loaded with `defer`: it runs once the page is parsed,
 * before the islands' modules, which it is the one to load. Order does not matter inside the file:
 * `<astro-island>` starts once its directive is defined (or when the directive announces itself),
 * and Solid's hydration script only has to run before the islands hydrate.
 */

/** The text of the script `@astrojs/solid-js` puts before the first Solid island of a page (`window._$HY`). */
export function solidHydrationScript(): string {
  const element = generateHydrationScript();
  const text = /^<script[^>]*>([\s\S]*?)<\/script>/.exec(element)?.[1];
  if (text === undefined) throw new Error(`Unexpected Solid hydration script: ${element.slice(0, 80)}`);
  return text;
}

/** The inline scripts Astro and its Solid renderer put before a page's first island, in the order the file keeps them. */
export const islandBootstrapScripts: readonly string[] = [
  solidHydrationScript(),
  load,
  idle,
  visible,
  media,
  only,
  astroIsland,
];

/** The file every page with an island loads instead: its name (with a content hash) and text. */
export interface BootstrapFile {
  readonly fileName: string;
  readonly code: string;
}

/** One file with the bootstrap scripts that the pages use (at least one page inlines each), or undefined when no page has an island. */
export function bootstrapFile(pages: readonly string[]): BootstrapFile | undefined {
  const used = new Set(pages.flatMap((html) => inlineScripts(html).map(({ text }) => text)));
  const scripts = islandBootstrapScripts.filter((script) => used.has(script));
  if (scripts.length === 0) return undefined;
  const code = scripts.map((script) => script.trim()).join(';\n') + ';\n';
  const hash = createHash('sha256').update(code).digest('base64url').slice(0, 8);
  return { fileName: `island-bootstrap.${hash}.js`, code };
}

/** `html` with its inline bootstrap scripts replaced by one `<script defer>` of `src`, where the first of them was. */
export function externalizeIslandBootstrap(html: string, src: string): string {
  const bootstrap = new Set(islandBootstrapScripts);
  const found = inlineScripts(html).filter(({ text }) => bootstrap.has(text));
  return replaceElements(html, found, (_, index) => (index === 0 ? `<script defer src="${src}"></script>` : ''));
}
