import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import astroIsland from 'astro/runtime/server/astro-island.prebuilt.js';
import visible from 'astro/runtime/client/visible.prebuilt.js';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { parseHeadersFile } from '../../scripts/bench/headers-file.ts';
import { sha256 } from '../security/inline-script-hashes.ts';
import { finishSite, type SiteSummary } from './html-output.ts';

/** Every read and write of an HTML file, in order: the pass must finish each page before it reads the next. */
const htmlFileAccess = vi.hoisted(() => [] as string[]);
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const record = (kind: string, path: unknown) => {
    if (String(path).endsWith('.html')) htmlFileAccess.push(`${kind} ${String(path).replace(/^.*\/site-[^/]+\//, '')}`);
  };
  return {
    ...fs,
    readFileSync: ((path: string, ...rest: []) => (
      record('read', path),
      fs.readFileSync(path, ...rest)
    )) as typeof fs.readFileSync,
    writeFileSync: ((path: string, ...rest: [string]) => (
      record('write', path),
      fs.writeFileSync(path, ...rest)
    )) as typeof fs.writeFileSync,
  };
});

const hash = (text: string) => `'${sha256(text)}'`;
const page = (inline: string, island: boolean) =>
  [
    '<!DOCTYPE html><html><head><meta charset="utf-8"/>',
    `<script>${inline}</script>`,
    `<meta http-equiv="content-security-policy" content="default-src 'none';script-src 'self' ${hash('home();')} ${hash('article();')} ${hash(visible)} ${hash(astroIsland)};">`,
    '<script type="module" src="/_astro/page.js"></script></head><body>',
    island ? `<script>${visible}</script><script>${astroIsland}</script><astro-island></astro-island>` : '',
    '</body></html>',
  ].join('');

describe('the site finished page by page', () => {
  let dir: string;
  let summary: SiteSummary;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'site-'));
    mkdirSync(join(dir, '_astro'));
    mkdirSync(join(dir, 'article'));
    mkdirSync(join(dir, 'pagefind'));
    writeFileSync(join(dir, '_astro', 'page.js'), 'import"./starlight.js";');
    writeFileSync(join(dir, 'index.html'), page('home();', false));
    writeFileSync(join(dir, 'article', 'index.html'), page('article();', true));
    writeFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), '{"languages":{"en":{"hash":"en_1","wasm":"en"}}}');
    writeFileSync(join(dir, 'pagefind', 'pagefind-ui.js'), '');
    htmlFileAccess.length = 0;
    summary = finishSite(dir, { base: '/', assets: '_astro', reportEndpoint: undefined });
  });

  test('each page is read, then written, before the next one is read', () => {
    expect(summary.pages).toBe(2);
    expect(htmlFileAccess).toHaveLength(4);
    for (let index = 0; index < htmlFileAccess.length; index += 2) {
      const [read, write] = [htmlFileAccess[index]!, htmlFileAccess[index + 1]!];
      expect(read).toMatch(/^read /);
      expect(write).toBe(read.replace(/^read/, 'write'));
    }
  });

  test('each page’s policy lists its own inline script; the bootstrap file is written beside the scripts', () => {
    const article = readFileSync(join(dir, 'article', 'index.html'), 'utf8');
    expect(article).toContain(`script-src 'self' ${hash('article();')};`);
    expect(article).toContain(`<script defer src="/_astro/${summary.bootstrapFiles[0]}"></script>`);
    expect(readdirSync(join(dir, '_astro'))).toContain(summary.bootstrapFiles[0]);
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toContain(`script-src 'self' ${hash('home();')};`);
  });

  test('_headers sends one policy for every path: what any page allows, and frame-ancestors', () => {
    const [rule] = parseHeadersFile(readFileSync(join(dir, '_headers'), 'utf8'));
    expect(rule?.pattern).toBe('/*');
    expect(rule?.headers['content-security-policy']).toBe(
      `default-src 'none'; script-src 'self' ${hash('home();')} ${hash('article();')}; frame-ancestors 'none'`,
    );
  });

  test('Pagefind files no page loads are gone', () => {
    expect(summary.removedPagefindFiles).toEqual(['pagefind-ui.js']);
  });
});
