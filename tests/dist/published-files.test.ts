import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { distDir } from '../../scripts/bench/built-pages.ts';
import { pagefindFilesInUse } from '../../src/build/pagefind-files.ts';
import { readBuiltFile } from './built-html.ts';

/** Pagefind's output as published: only what its engine loads (`src/build/pagefind-files.ts`). */
describe('the published Pagefind files', () => {
  const published = readdirSync(join(distDir, 'pagefind'));
  const entry = JSON.parse(readBuiltFile('pagefind/pagefind-entry.json')) as Parameters<typeof pagefindFilesInUse>[0];

  test('are the engine, its worker, and each indexed language’s metadata and WebAssembly', () => {
    const inUse = pagefindFilesInUse(entry);
    expect(published.filter((name) => !inUse.has(name))).toEqual([]);
    for (const name of ['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json', 'index', 'fragment']) {
      expect(published).toContain(name);
    }
    expect(published.filter((name) => name.startsWith('wasm.'))).toHaveLength(Object.keys(entry.languages).length);
  });

  test.each(['pagefind-ui.js', 'pagefind-component-ui.js', 'pagefind-modular-ui.js', 'pagefind-highlight.js', 'pagefind-ui.css'])(
    'no %s, which no page loads',
    (name) => {
      expect(published).not.toContain(name);
    },
  );
});
