import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { distDir } from '../../scripts/bench/built-pages.ts';

/**
 * A page of the production build as a document, parsed by jsdom without running its scripts:
 * what a reader without JavaScript gets, and what every reader gets before hydration. Tests of
 * what the HTML says (text, links, anchors) read it here instead of opening a browser.
 */
export function builtPage(path: string): Document {
  let document = parsed.get(path);
  if (!document) {
    const file = join(distDir, path.replace(/^\//, ''), path.endsWith('.html') ? '' : 'index.html');
    document = new JSDOM(readFileSync(file, 'utf8'), { url: `http://localhost${path}` }).window.document;
    parsed.set(path, document);
  }
  return document;
}

/** Pages already parsed: a walk through the no-JavaScript flow reaches many pages more than once. */
const parsed = new Map<string, Document>();

/** The `href` of every element `selector` matches, as written in the page. */
export function hrefsOf(document: ParentNode, selector: string): string[] {
  return [...document.querySelectorAll(selector)].map((link) => link.getAttribute('href')!);
}

/** Text as a reader sees it: whitespace runs collapsed. */
export function textOf(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
