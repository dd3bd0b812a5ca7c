import type { Plugin } from 'vite';

/**
 * Pagefind's default UI (`@pagefind/default-ui`, which Starlight's search loads on first use)
 * bundles its strings in 44 languages, about 16 KB of the 26 KB gzip a first search spends on the
 * UI; it picks one by the page's `lang`. Keeping only the site's languages changes nothing a reader
 * sees and makes a first search about 14 KB lighter, the way sites strip the locales of date
 * libraries. Pagefind builds the module with esbuild's import-glob, one block per
 * `../translations/<language>.json`, then `var modules = [...]` and `var filenames = [...]` in
 * the same order; this rewrites those three and fails the build when their shape changes, rather
 * than silently shipping every language again.
 */
export function keepPagefindUiLanguages(source: string, languages: readonly string[]): string {
  const modules = /^var modules = \[([^\]]*)\];$/m.exec(source);
  const filenames = /^var filenames = \[([^\]]*)\];$/m.exec(source);
  if (!modules || !filenames) throw new Error('Pagefind UI: translation list not found; update src/search/');
  const moduleNames = modules[1]!.split(',').map((name) => name.trim());
  const files = filenames[1]!.split(',').map((file) => file.trim());
  const languageOf = (file: string) => /\/([\w-]+)\.json"$/.exec(file)?.[1];
  if (moduleNames.length !== files.length) throw new Error('Pagefind UI: translation lists differ in length');
  const missing = languages.filter((language) => !files.some((file) => languageOf(file) === language));
  if (missing.length > 0) throw new Error(`Pagefind UI has no translation for ${missing.join(', ')}`);

  const kept = files.flatMap((file, index) => (languages.includes(languageOf(file)!) ? [index] : []));
  let result = source
    .replace(modules[0], `var modules = [${kept.map((index) => moduleNames[index]).join(', ')}];`)
    .replace(filenames[0], `var filenames = [${kept.map((index) => files[index]).join(', ')}];`);
  // Each language's block runs from its `// ../translations/<language>.json` comment to the next comment.
  const block = /^\/\/ \.\.\/translations\/([\w-]+)\.json\n[\s\S]*?(?=^\/\/ )/gm;
  let removed = 0;
  result = result.replace(block, (text, language: string) => {
    if (languages.includes(language)) return text;
    removed += 1;
    return '';
  });
  if (removed !== files.length - kept.length) throw new Error('Pagefind UI: translation blocks not found');
  return result;
}

/** The module of Pagefind's default UI that holds its translations. */
const pagefindUiCore = /[\\/]@pagefind[\\/]default-ui[\\/].*ui-core\.mjs$/;

/** Vite plugin: Pagefind's default UI with only `languages` (the site's `lang` codes) in its bundle. */
export function pagefindUiLanguages(languages: readonly string[]): Plugin {
  return {
    name: 'pagefind-ui-languages',
    // A hook filter rather than a test in the hook: the bundler then calls this hook for that one
    // module, not for each of the site's thousands (one call from native code into JavaScript each).
    transform: {
      filter: { id: pagefindUiCore },
      handler: (code) => ({ code: keepPagefindUiLanguages(code, languages), map: null }),
    },
  };
}
