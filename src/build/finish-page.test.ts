import astroIsland from 'astro/runtime/server/astro-island.prebuilt.js';
import visible from 'astro/runtime/client/visible.prebuilt.js';
import { describe, expect, test } from 'vitest';
import { sha256 } from '../security/inline-script-hashes.ts';
import { finishPage } from './finish-page.ts';
import { solidHydrationScript } from './island-bootstrap.ts';

const hash = (text: string) => `'${sha256(text)}'`;
const bootstrapHashes = [visible, astroIsland, solidHydrationScript()].map(hash);
const policy = `default-src 'none';script-src 'self' ${hash('theme();')} ${hash('unused();')} ${bootstrapHashes.join(' ')};`;
const files: Record<string, string> = { '/_astro/a.js': 'import"./s.js";', '/_astro/b.js': 'import"./s.js";' };

/** An article as Astro writes it: the policy after the theme script, the island bootstrap inline, two copies of one module. */
const article = [
  '<!DOCTYPE html><html><head><meta charset="utf-8"/><script>theme();</script>',
  `<meta http-equiv="content-security-policy" content="${policy}">`,
  '<script type="module" src="/_astro/a.js"></script><script type="module" src="/_astro/b.js"></script></head><body>',
  `<script>${visible}</script><script>${astroIsland}</script><script>${solidHydrationScript()}</script>`,
  '<astro-island uid="a" client="visible"></astro-island></body></html>',
].join('');

describe('a built page finished in one parse', () => {
  const finished = finishPage(article, {
    textOf: (src) => files[src]!,
    bootstrapUrl: (fileName) => `/_astro/${fileName}`,
  });

  test('the policy is first in <head>, allowing the page’s one inline script and no other', () => {
    expect(finished.policy).toBe(`default-src 'none';script-src 'self' ${hash('theme();')};`);
    expect(finished.html).toContain(
      `<meta charset="utf-8"/><meta http-equiv="content-security-policy" content="${finished.policy}"><script>theme();</script>`,
    );
    expect(finished.html.match(/content-security-policy/g)).toHaveLength(1);
  });

  test('the bootstrap is one deferred file, named in the result so the build writes it', () => {
    expect(finished.bootstrap?.fileName).toMatch(/^island-bootstrap\./);
    expect(finished.html).toContain(
      `<body><script defer src="/_astro/${finished.bootstrap!.fileName}"></script><astro-island`,
    );
    expect(finished.html).not.toContain(astroIsland);
  });

  test('one tag per module file', () => {
    expect(finished.html).toContain('<script type="module" src="/_astro/a.js"></script></head>');
    expect(finished.html).not.toContain('/_astro/b.js');
  });

  test('a page without policy or island is returned as it came', () => {
    const plain = '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><p>x</p></body></html>';
    expect(finishPage(plain, { textOf: () => '', bootstrapUrl: (name) => name })).toEqual({
      html: plain,
      policy: undefined,
      bootstrap: undefined,
    });
  });
});
