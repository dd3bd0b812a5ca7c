import { describe, expect, test } from 'vitest';
import { dropDuplicateModuleScripts } from './duplicate-module-scripts.ts';

const files: Record<string, string> = {
  '/_astro/page.js': 'import"./starlight.js";',
  '/_astro/Search.js': 'import"./starlight.js";',
  '/_astro/Toc.js': 'import"./starlight.js";',
  '/_astro/Tabs.js': 'import"./tabs.js";',
};
const textOf = (src: string) => files[src]!;
const tag = (src: string) => `<script type="module" src="${src}"></script>`;

describe('redundant module scripts', () => {
  test('of identical files, the first tag stays', () => {
    const html = `<head>${tag('/_astro/page.js')}${tag('/_astro/Search.js')}</head><body>${tag('/_astro/Toc.js')}</body>`;
    expect(dropDuplicateModuleScripts(html, textOf)).toBe(`<head>${tag('/_astro/page.js')}</head><body></body>`);
  });

  test('a file with other code stays', () => {
    const html = tag('/_astro/page.js') + tag('/_astro/Tabs.js') + tag('/_astro/Search.js');
    expect(dropDuplicateModuleScripts(html, textOf)).toBe(tag('/_astro/page.js') + tag('/_astro/Tabs.js'));
  });

  test('inline scripts and classic external scripts are never touched', () => {
    const html = '<script>a();</script><script src="/legacy.js"></script><script>a();</script>';
    expect(dropDuplicateModuleScripts(html, textOf)).toBe(html);
  });
});
