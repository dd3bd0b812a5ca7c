import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { distDir } from '../../scripts/bench/built-pages.ts';

export type Element = DefaultTreeAdapterTypes.Element;

/** Every HTML file of the build (`index.html`, `it/add-or-reduce-seats/index.html`, `404.html`...). */
export function builtHtmlFiles(): string[] {
  return readdirSync(distDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .sort();
}

/** The text of a built file. */
export function readBuiltFile(file: string): string {
  return readFileSync(join(distDir, file), 'utf8');
}

/** A page parsed as a browser would. */
export function parseHtml(html: string): DefaultTreeAdapterTypes.Document {
  return parse(html);
}

/** Every element of a document, `<template>` contents included, in document order. */
export function* elementsOf(node: DefaultTreeAdapterTypes.ParentNode): Generator<Element> {
  for (const child of node.childNodes) {
    if (!('tagName' in child)) continue;
    yield child;
    yield* elementsOf(child.tagName === 'template' ? (child as DefaultTreeAdapterTypes.Template).content : child);
    if (child.tagName === 'template') yield* elementsOf(child);
  }
}

/** An element's attribute, or undefined. */
export function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

/** The text between an element's tags (a script's or a style's source). */
export function textOf(element: Element): string {
  return element.childNodes.map((child) => (child.nodeName === '#text' && 'value' in child ? child.value : '')).join('');
}

/** A policy's directives by name, each with its sources. */
export function directivesOf(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
  );
}
