import { createHash } from 'node:crypto';
import astroIsland from 'astro/runtime/server/astro-island.prebuilt.js';
import idle from 'astro/runtime/client/idle.prebuilt.js';
import load from 'astro/runtime/client/load.prebuilt.js';
import media from 'astro/runtime/client/media.prebuilt.js';
import only from 'astro/runtime/client/only.prebuilt.js';
import visible from 'astro/runtime/client/visible.prebuilt.js';
import { generateHydrationScript } from 'solid-js/web';
import type { HtmlEdit } from './html-edits.ts';
import { parsePage, type HtmlPage, type ScriptElement } from './html-page.ts';

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
 *
 * A page's file holds the scripts that page inlined, so the build can finish each page on its own
 * (one page in memory at a time); pages that inline the same scripts, as every article here does,
 * name the same file.
 */

/** The text of the script `@astrojs/solid-js` puts before the first Solid island of a page (`window._$HY`). */
export function solidHydrationScript(): string {
  const element = generateHydrationScript();
  const [script] = parsePage(element).inlineScripts;
  if (!script) throw new Error(`Unexpected Solid hydration script: ${element.slice(0, 80)}`);
  return script.text;
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

/** The page's inline scripts that are island bootstrap, byte for byte, in page order. */
export function bootstrapScriptsOf(page: HtmlPage): ScriptElement[] {
  const bootstrap = new Set(islandBootstrapScripts);
  return page.inlineScripts.filter(({ text }) => bootstrap.has(text));
}

/** The file a page loads instead of its inline bootstrap: its name (with a content hash) and text. */
export interface BootstrapFile {
  readonly fileName: string;
  readonly code: string;
}

/** One file with the bootstrap scripts among `texts`, each once, or undefined when there are none (a page without an island). */
export function bootstrapFile(texts: Iterable<string>): BootstrapFile | undefined {
  const used = new Set(texts);
  const scripts = islandBootstrapScripts.filter((script) => used.has(script));
  if (scripts.length === 0) return undefined;
  const code = scripts.map((script) => script.trim()).join(';\n') + ';\n';
  const hash = createHash('sha256').update(code).digest('base64url').slice(0, 8);
  return { fileName: `island-bootstrap.${hash}.js`, code };
}

/** The edits that replace a page's bootstrap scripts by one `<script defer>` of `src`, where the first of them was. */
export function externalizeIslandBootstrap(scripts: readonly ScriptElement[], src: string): HtmlEdit[] {
  return scripts.map(({ start, end }, index) => ({
    start,
    end,
    text: index === 0 ? `<script defer src="${src}"></script>` : '',
  }));
}
