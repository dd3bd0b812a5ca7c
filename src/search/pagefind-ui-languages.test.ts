import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { localeCodes } from '../i18n/locales.ts';
import { hookCalledFor, hookHandlerFor } from '../build/filtered-hook.ts';
import { keepPagefindUiLanguages, pagefindUiLanguages } from './pagefind-ui-languages.ts';

// The module Starlight's search imports, as installed: the test follows Pagefind upgrades.
const uiCorePath = fileURLToPath(import.meta.resolve('@pagefind/default-ui/npm_dist/mjs/ui-core.mjs'));
const uiCore = readFileSync(uiCorePath, 'utf8');

const translationList = (source: string) =>
  [...(/^var filenames = \[([^\]]*)\];$/m.exec(source)?.[1] ?? '').matchAll(/([\w-]+)\.json/g)].map(
    ([, language]) => language!,
  );

describe('the Pagefind UI keeps only the site’s languages', () => {
  const kept = keepPagefindUiLanguages(uiCore, localeCodes);

  test('the installed UI has many more languages than the site', () => {
    expect(translationList(uiCore).length).toBeGreaterThan(30);
  });

  test('its list of translations is the site’s languages, in the UI’s own order', () => {
    expect([...translationList(kept)].sort()).toEqual([...localeCodes].sort());
  });

  test.each(localeCodes)('the %s strings are still in the bundle', (language) => {
    expect(kept).toContain(`// ../translations/${language}.json`);
  });

  test('the other languages’ strings are gone, not only unlisted', () => {
    expect(kept).not.toContain('// ../translations/af.json');
    expect(kept).not.toContain('Laai nog resultate'); // Afrikaans "load more results"
    expect(kept.length).toBeLessThan(uiCore.length * 0.8);
  });

  test('the modules list names exactly the kept languages’ exports, in the same order as the files', () => {
    const modules = /^var modules = \[([^\]]*)\];$/m.exec(kept)?.[1]?.split(', ');
    expect(modules).toEqual(translationList(kept).map((language) => `${language.replace('-', '_')}_exports`));
  });

  test('a language the UI does not have fails the build instead of falling back to English', () => {
    expect(() => keepPagefindUiLanguages(uiCore, ['en', 'tlh'])).toThrow(/no translation for tlh/);
  });

  test('a UI whose translations are laid out differently fails the build instead of shipping them all', () => {
    expect(() => keepPagefindUiLanguages('export const ui = 1;', localeCodes)).toThrow(/translation list not found/);
  });
});

describe('the plugin rewrites Pagefind’s UI module and no other', () => {
  const { transform } = pagefindUiLanguages(localeCodes);

  test('the installed UI module is rewritten', () => {
    const handler = hookHandlerFor(transform, uiCorePath) as (code: string) => { code: string };
    expect(handler).toBeDefined();
    expect(handler(uiCore).code).toBe(keepPagefindUiLanguages(uiCore, localeCodes));
  });

  test.each([
    '/site/src/components/overrides/Search.astro',
    '/site/node_modules/@pagefind/default-ui/npm_dist/mjs/ui.mjs',
  ])('the bundler does not ask the plugin about %s', (id) => {
    expect(hookCalledFor(transform, id)).toBe(false);
  });
});
