import { parse, type DefaultTreeAdapterTypes } from 'parse5';

type Element = DefaultTreeAdapterTypes.Element;
type Node = DefaultTreeAdapterTypes.Node;

/** Where an element is in the page's text: from its `<` to the end of its end tag (or of its start tag, for a void element). */
export interface ElementRange {
  readonly start: number;
  readonly end: number;
}

/** A `<script>` element of a built page. */
export interface ScriptElement extends ElementRange {
  /** Its attributes by name, values decoded as the browser reads them. */
  readonly attributes: ReadonlyMap<string, string>;
  /** The text between the tags: what the browser runs, and hashes for the Content-Security-Policy. */
  readonly text: string;
}

/** The `<meta http-equiv="content-security-policy">` of a page. */
export interface PolicyMeta extends ElementRange {
  /** The policy, as the browser reads it (character references decoded). */
  readonly policy: string;
  /** Where its `content="..."` attribute is, to rewrite the policy and leave the rest of the tag as it was. */
  readonly contentAttribute: ElementRange;
}

/** What the build's rewriting steps need to know of a page, read once by an HTML parser. */
export interface HtmlPage {
  /** Every `<script>` element, in page order, those inside a `<template>` included. */
  readonly scripts: readonly ScriptElement[];
  /** The scripts without a `src`. */
  readonly inlineScripts: readonly ScriptElement[];
  readonly policyMeta: PolicyMeta | undefined;
  /** Where the first thing inside `<head>` may go: after `<meta charset>`, or right after `<head>`. */
  readonly headStart: number | undefined;
}

/**
 * Parses a built page with parse5, the parser Starlight's rehype plugins rest on, keeping each
 * element's offsets in the text: the steps of `html-output.ts` rewrite the page at those offsets,
 * so everything they do not change stays byte for byte as Astro wrote it. A parser, not patterns,
 * decides where an element starts and ends (a `>` in an attribute, `</script` in a comment,
 * upper-case tags, unquoted attributes).
 */
export function parsePage(html: string): HtmlPage {
  const document = parse(html, { sourceCodeLocationInfo: true });
  const scripts: ScriptElement[] = [];
  let policyMeta: PolicyMeta | undefined;
  let headStart: number | undefined;

  const visit = (node: Node) => {
    if (!('tagName' in node)) {
      if ('childNodes' in node) node.childNodes.forEach(visit);
      return;
    }
    const location = node.sourceCodeLocation;
    if (node.tagName === 'script' && location) {
      scripts.push({ ...rangeOf(node), attributes: attributesOf(node), text: textOf(node) });
    } else if (node.tagName === 'head' && location?.startTag) {
      headStart ??= location.startTag.endOffset;
    } else if (node.tagName === 'meta' && location && node.parentNode?.nodeName === 'head') {
      const attributes = attributesOf(node);
      if (attributes.has('charset')) headStart = location.endOffset;
      if (attributes.get('http-equiv')?.toLowerCase() === 'content-security-policy' && !policyMeta) {
        const content = location.attrs?.['content'];
        if (content) {
          policyMeta = {
            ...rangeOf(node),
            policy: attributes.get('content')!,
            contentAttribute: { start: content.startOffset, end: content.endOffset },
          };
        }
      }
    }
    node.childNodes.forEach(visit);
    if (node.tagName === 'template') visit((node as DefaultTreeAdapterTypes.Template).content);
  };
  visit(document);

  return {
    scripts,
    inlineScripts: scripts.filter(({ attributes }) => !attributes.has('src')),
    policyMeta,
    headStart,
  };
}

/** The `src` of an external module script (`<script type="module" src="...">`), or undefined. */
export function moduleScriptSource({ attributes }: ScriptElement): string | undefined {
  if (attributes.get('type')?.toLowerCase() !== 'module') return undefined;
  return attributes.get('src') || undefined;
}

function rangeOf(element: Element): ElementRange {
  const location = element.sourceCodeLocation!;
  return { start: location.startOffset, end: location.endOffset };
}

function attributesOf(element: Element): ReadonlyMap<string, string> {
  return new Map(element.attrs.map(({ name, value }) => [name, value]));
}

function textOf(element: Element): string {
  return element.childNodes
    .map((child) => ('value' in child && child.nodeName === '#text' ? child.value : ''))
    .join('');
}
