import astroIsland from 'astro/runtime/server/astro-island.prebuilt.js';
import load from 'astro/runtime/client/load.prebuilt.js';
import visible from 'astro/runtime/client/visible.prebuilt.js';
import { describe, expect, test } from 'vitest';
import { applyEdits } from './html-edits.ts';
import { parsePage } from './html-page.ts';
import {
  bootstrapFile,
  bootstrapScriptsOf,
  externalizeIslandBootstrap,
  islandBootstrapScripts,
  solidHydrationScript,
} from './island-bootstrap.ts';

/** A page as Astro writes it: the island prelude before the first island, a second island without it. */
const page = [
  '<html><head><script>window.StarlightThemeProvider = 1;</script></head><body>',
  `<style>astro-island{display:contents}</style><script>${visible}</script><script>${astroIsland}</script>`,
  `<script>${solidHydrationScript()}</script><astro-island uid="a" client="visible"></astro-island>`,
  '<p>Text</p><astro-island uid="b" client="visible"></astro-island></body></html>',
].join('');

/** The texts of a page's bootstrap scripts. */
const bootstrapOf = (html: string) => bootstrapScriptsOf(parsePage(html)).map(({ text }) => text);

/** The page with its bootstrap loaded from `src`. */
const externalized = (html: string, src: string) =>
  applyEdits(html, externalizeIslandBootstrap(bootstrapScriptsOf(parsePage(html)), src));

describe('the island bootstrap as a file', () => {
  test('knows Astro’s island element, its five client directives and Solid’s hydration script', () => {
    expect(islandBootstrapScripts).toHaveLength(7);
    expect(islandBootstrapScripts).toContain(astroIsland);
    expect(islandBootstrapScripts).toContain(visible);
    expect(solidHydrationScript()).toContain('_$HY');
  });

  test('the file holds exactly the scripts that the page inlines, once each, named by its content', () => {
    const file = bootstrapFile(bootstrapOf(page))!;
    expect(file.code).toContain(astroIsland.trim());
    expect(file.code).toContain(visible.trim());
    expect(file.code).toContain(solidHydrationScript().trim());
    expect(file.code.split(astroIsland.trim())).toHaveLength(2);
    // Directives no page uses are left out.
    expect(islandBootstrapScripts.filter((script) => file.code.includes(script.trim()))).toHaveLength(3);
    expect(file.fileName).toMatch(/^island-bootstrap\.[\w-]{8}\.js$/);
    expect(bootstrapFile(bootstrapOf(page.replace('<p>Text</p>', '')))!.fileName).toBe(file.fileName);
  });

  test('pages that inline the same scripts share one file; a page with another directive has its own', () => {
    const other = page.replace(visible, load);
    expect(bootstrapFile(bootstrapOf(page))!.fileName).toBe(bootstrapFile(bootstrapOf(page))!.fileName);
    expect(bootstrapFile(bootstrapOf(other))!.fileName).not.toBe(bootstrapFile(bootstrapOf(page))!.fileName);
    expect(bootstrapFile(bootstrapOf(other))!.code).toContain(load.trim());
  });

  test('no page with an island, no file', () => {
    expect(bootstrapFile(bootstrapOf('<html><script>other();</script></html>'))).toBeUndefined();
  });

  test('a page loads the file once, where its first bootstrap script was, and keeps everything else', () => {
    const result = externalized(page, '/_astro/island-bootstrap.abc.js');
    expect(result).toBe(
      [
        '<html><head><script>window.StarlightThemeProvider = 1;</script></head><body>',
        '<style>astro-island{display:contents}</style><script defer src="/_astro/island-bootstrap.abc.js"></script>',
        '<astro-island uid="a" client="visible"></astro-island>',
        '<p>Text</p><astro-island uid="b" client="visible"></astro-island></body></html>',
      ].join(''),
    );
  });

  test('a page without islands is left as it is', () => {
    const html = '<html><script>window.StarlightThemeProvider = 1;</script><p>Text</p></html>';
    expect(externalized(html, '/_astro/island-bootstrap.abc.js')).toBe(html);
  });

  test('a script that only resembles the island script stays inline', () => {
    const html = `<script>${astroIsland} </script>`;
    expect(externalized(html, '/x.js')).toBe(html);
  });
});
