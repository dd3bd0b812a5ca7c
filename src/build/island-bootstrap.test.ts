import astroIsland from 'astro/runtime/server/astro-island.prebuilt.js';
import visible from 'astro/runtime/client/visible.prebuilt.js';
import { describe, expect, test } from 'vitest';
import {
  bootstrapFile,
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

describe('the island bootstrap as a file', () => {
  test('knows Astro’s island element, its five client directives and Solid’s hydration script', () => {
    expect(islandBootstrapScripts).toHaveLength(7);
    expect(islandBootstrapScripts).toContain(astroIsland);
    expect(islandBootstrapScripts).toContain(visible);
    expect(solidHydrationScript()).toContain('_$HY');
  });

  test('the file holds exactly the scripts that pages inline, once each, named by its content', () => {
    const file = bootstrapFile([page, page, '<html><body>No island</body></html>'])!;
    expect(file.code).toContain(astroIsland.trim());
    expect(file.code).toContain(visible.trim());
    expect(file.code).toContain(solidHydrationScript().trim());
    expect(file.code.split(astroIsland.trim())).toHaveLength(2);
    // Directives no page uses are left out.
    expect(islandBootstrapScripts.filter((script) => file.code.includes(script.trim()))).toHaveLength(3);
    expect(file.fileName).toMatch(/^island-bootstrap\.[\w-]{8}\.js$/);
    expect(bootstrapFile([page.replace('<p>Text</p>', '')])!.fileName).toBe(file.fileName);
  });

  test('no page with an island, no file', () => {
    expect(bootstrapFile(['<html><script>other();</script></html>'])).toBeUndefined();
  });

  test('a page loads the file once, where its first bootstrap script was, and keeps everything else', () => {
    const result = externalizeIslandBootstrap(page, '/_astro/island-bootstrap.abc.js');
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
    expect(externalizeIslandBootstrap(html, '/_astro/island-bootstrap.abc.js')).toBe(html);
  });

  test('a script that only resembles the island script stays inline', () => {
    const html = `<script>${astroIsland} </script>`;
    expect(externalizeIslandBootstrap(html, '/x.js')).toBe(html);
  });
});
