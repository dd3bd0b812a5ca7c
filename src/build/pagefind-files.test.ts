import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { pagefindFilesInUse, removeUnusedPagefindFiles } from './pagefind-files.ts';

const entry = {
  version: '1.6.0',
  languages: { en: { hash: 'en_1', wasm: 'en', page_count: 3 }, de: { hash: 'de_2', wasm: null, page_count: 3 } },
};

describe('only the Pagefind files a page loads are published', () => {
  test('the engine, its worker, each language’s metadata and WebAssembly, and the chunk folders', () => {
    expect([...pagefindFilesInUse(entry)].sort()).toEqual(
      [
        'pagefind.js',
        'pagefind-worker.js',
        'pagefind-entry.json',
        'index',
        'fragment',
        'filter',
        'pagefind.en_1.pf_meta',
        'pagefind.de_2.pf_meta',
        'wasm.en.pagefind',
        'wasm.unknown.pagefind', // a language without its own WebAssembly loads the generic one
      ].sort(),
    );
  });

  test('the stand-alone UIs, the highlighter and unused WebAssembly are deleted from the folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pagefind-'));
    const written = ['pagefind.js', 'pagefind-worker.js', 'pagefind-ui.js', 'pagefind-ui.css', 'pagefind-highlight.js'];
    for (const name of [...written, 'wasm.en.pagefind', 'wasm.fr.pagefind', 'pagefind.en_1.pf_meta']) {
      writeFileSync(join(dir, name), '');
    }
    mkdirSync(join(dir, 'index'));
    writeFileSync(join(dir, 'pagefind-entry.json'), JSON.stringify({ languages: { en: entry.languages.en } }));

    expect(removeUnusedPagefindFiles(dir).sort()).toEqual(
      ['pagefind-highlight.js', 'pagefind-ui.css', 'pagefind-ui.js', 'wasm.fr.pagefind'].sort(),
    );
    expect(readdirSync(dir).sort()).toEqual(
      [
        'index',
        'pagefind-entry.json',
        'pagefind-worker.js',
        'pagefind.en_1.pf_meta',
        'pagefind.js',
        'wasm.en.pagefind',
      ].sort(),
    );
  });

  test('a site without a search index is left alone', () => {
    expect(removeUnusedPagefindFiles(join(tmpdir(), 'no-such-pagefind-folder'))).toEqual([]);
  });
});
