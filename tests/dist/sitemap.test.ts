import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { expect, test } from 'vitest';
import { builtPages, distDir } from '../../scripts/bench/built-pages.ts';
import { isNoindexPath } from '../../src/seo/noindex.ts';

/*
 * The sitemap asks search engines to index exactly the pages that do not tell them `noindex`:
 * a page marked `noindex` in a sitemap is an error in search consoles, an indexable page missing
 * from it is found late.
 */

type Node = DefaultTreeAdapterTypes.Node;

/** Whether a built page has `<meta name="robots" content="…noindex…">`. */
function saysNoindex(path: string): boolean {
  const document = parse(readFileSync(join(distDir, path, 'index.html'), 'utf8'));
  const visit = (node: Node): boolean => {
    if ('tagName' in node && node.tagName === 'meta') {
      const attribute = (name: string) => node.attrs.find((candidate) => candidate.name === name)?.value ?? '';
      if (attribute('name') === 'robots' && attribute('content').includes('noindex')) return true;
    }
    return 'childNodes' in node && node.childNodes.some(visit);
  };
  return visit(document);
}

const sitemapPaths = () => {
  const xml = readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8');
  const document = parse(xml);
  const paths: string[] = [];
  const visit = (node: Node) => {
    if ('tagName' in node && node.tagName === 'loc') {
      const text = node.childNodes.map((child) => ('value' in child ? child.value : '')).join('');
      paths.push(new URL(text).pathname);
    }
    if ('childNodes' in node) node.childNodes.forEach(visit);
  };
  visit(document);
  return paths.sort();
};

test('the sitemap lists every page that search engines may index, and no page marked noindex', () => {
  const pages = builtPages();
  const noindex = pages.filter(saysNoindex);
  // The writers' pages and the flow's change pages, in every language.
  expect(noindex.length).toBeGreaterThan(0);
  expect(pages.filter((path) => isNoindexPath(path))).toEqual(noindex);
  expect(sitemapPaths()).toEqual(pages.filter((path) => !noindex.includes(path)));
});
