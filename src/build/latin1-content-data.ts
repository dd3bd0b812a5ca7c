import type { Plugin } from 'vite';

/** The module Astro generates with every collection's entries (`astro:data-layer-content`, resolved). */
const contentDataModule = /^\0astro:data-layer-content$/;

/** How Astro writes that module: the data store's JSON text as one string literal. */
const jsonParseModule = { start: 'export default JSON.parse("', end: /"\);?\s*$/ };

/** A UTF-16 code unit beyond Latin-1 (an apostrophe ’, a dash –, half of an emoji). */
const beyondLatin1 = /[^\u0000-\u00ff]/g;

/**
 * The code of Astro's content data module with each character beyond Latin-1 written as a JSON
 * escape (`’` as `\u2019`), or undefined when there is none. The module's value is the same: in
 * JSON text such a character can only stand inside a string, where its escape means it.
 */
export function latin1ContentDataModule(code: string): string | undefined {
  if (code.search(beyondLatin1) < 0) return undefined;
  if (!code.startsWith(jsonParseModule.start) || !jsonParseModule.end.test(code.slice(-8)))
    throw new Error('Astro’s content data module changed shape: revisit latin1-content-data.ts.');
  // `\\u` in the module's string literal is `\u` in the JSON text that JSON.parse reads.
  return code.replace(beyondLatin1, (unit) => `\\\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Vite plugin: Astro's content data module (every entry of every collection, frontmatter and body,
 * as `export default JSON.parse("…")`: 18 MB at 1,000 articles per language) written in Latin-1.
 *
 * V8 holds a text as one byte a character while all its characters are Latin-1, and as two bytes
 * once one is not. One typographic apostrophe in one article made the whole module two-byte text,
 * and compiling it for the pages' rendering took 2.6 s instead of 0.14 s. With the hundred such
 * characters escaped, the module is Latin-1 and its value the same. The build fails, rather than
 * risk a value, if an Astro upgrade writes the module another way.
 */
export function latin1ContentData(): Plugin {
  return {
    name: 'latin1-content-data',
    // Filtered, so the bundler calls this hook for that one module, not for each of the site's.
    transform: {
      filter: { id: contentDataModule },
      handler: (code) => {
        const latin1 = latin1ContentDataModule(code);
        return latin1 === undefined ? null : { code: latin1, map: null };
      },
    },
  };
}
