import { describe, expect, test } from 'vitest';
import { dropDuplicateModuleScripts } from './duplicate-module-scripts.ts';
import { applyEdits } from './html-edits.ts';
import { parsePage } from './html-page.ts';

const files: Record<string, string> = {
  '/_astro/page.js': 'import"./starlight.js";',
  '/_astro/Search.js': 'import"./starlight.js";',
  '/_astro/Toc.js': 'import"./starlight.js";',
  '/_astro/Tabs.js': 'import"./tabs.js";',
};
const textOf = (src: string) => files[src]!;
/** The page with the step's edits applied. */
const deduplicated = (html: string) => applyEdits(html, dropDuplicateModuleScripts(parsePage(html), textOf));
const tag = (src: string) => `<script type="module" src="${src}"></script>`;

describe('redundant module scripts', () => {
  test('of identical files, the first tag stays', () => {
    const html = `<head>${tag('/_astro/page.js')}${tag('/_astro/Search.js')}</head><body>${tag('/_astro/Toc.js')}</body>`;
    expect(deduplicated(html)).toBe(`<head>${tag('/_astro/page.js')}</head><body></body>`);
  });

  test('a file with other code stays', () => {
    const html = tag('/_astro/page.js') + tag('/_astro/Tabs.js') + tag('/_astro/Search.js');
    expect(deduplicated(html)).toBe(tag('/_astro/page.js') + tag('/_astro/Tabs.js'));
  });

  test('tags are found as a browser finds them: attributes in any order, case or quoting', () => {
    const html = `<SCRIPT src='/_astro/page.js' TYPE=module></SCRIPT><script src=/_astro/Search.js type="module" data-x=">"></script>`;
    expect(deduplicated(html)).toBe(`<SCRIPT src='/_astro/page.js' TYPE=module></SCRIPT>`);
  });

  test('a tag inside a comment is not a script', () => {
    const html = `<!-- ${tag('/_astro/page.js')} -->${tag('/_astro/Search.js')}`;
    expect(deduplicated(html)).toBe(html);
  });

  test('inline scripts and classic external scripts are never touched', () => {
    const html = '<script>a();</script><script src="/legacy.js"></script><script>a();</script>';
    expect(deduplicated(html)).toBe(html);
  });
});
