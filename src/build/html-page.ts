import { decodeHTMLAttribute } from 'entities';
import { Parser } from 'htmlparser2';

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
 * Reads a built page with htmlparser2's parser, keeping the offsets of each element in the text:
 * the steps of `html-output.ts` rewrite the page at those offsets, so everything they do not
 * change stays byte for byte as Astro wrote it. A parser, not patterns, decides where an element
 * starts and ends (a `>` in an attribute, `</script` in a comment, upper-case tags, unquoted
 * attributes).
 *
 * The steps need a few elements' places, not a document tree: one pass of a tokenizing parser
 * reads a page in a fifth of the time parse5 takes to build the tree with source locations
 * (0.4 against 2.2 ms for a 30 KB article), which the build pays once per page, thousands of times.
 * The parser leaves character references as they are, so it skips over text and attribute values
 * to their end instead of reading them a character at a time; the attributes the steps read, of
 * `<script>` and `<meta>` alone, are decoded here.
 */
export function parsePage(html: string): HtmlPage {
  const scripts: ScriptElement[] = [];
  let policyMeta: PolicyMeta | undefined;
  let headStart: number | undefined;
  /** How deep the parser is in open elements, and how deep `<head>`'s children are while it is open. */
  let depth = 0;
  let headChildDepth: number | undefined;
  let openScript: { start: number; attributes: ReadonlyMap<string, string>; text: string } | undefined;
  let contentAttribute: ElementRange | undefined;

  const parser = new Parser(
    {
      onattribute(name) {
        // The first of two same-named attributes is the one that counts, as in a browser.
        if (name === 'content') contentAttribute ??= { start: parser.startIndex, end: parser.endIndex };
      },
      onopentag(name, attribs) {
        depth += 1;
        const start = parser.startIndex;
        const startTagEnd = parser.endIndex + 1;
        const attributes = name === 'script' || name === 'meta' ? decodedAttributes(attribs) : noAttributes;
        if (name === 'script') {
          openScript = { start, attributes, text: '' };
        } else if (name === 'head') {
          headStart ??= startTagEnd;
          headChildDepth = depth + 1;
        } else if (name === 'meta' && depth === headChildDepth) {
          if (attributes.has('charset')) headStart = startTagEnd;
          if (
            attributes.get('http-equiv')?.toLowerCase() === 'content-security-policy' &&
            !policyMeta &&
            contentAttribute
          ) {
            policyMeta = { start, end: startTagEnd, policy: attributes.get('content')!, contentAttribute };
          }
        }
        contentAttribute = undefined;
      },
      ontext(text) {
        if (openScript) openScript.text += text;
      },
      onclosetag(name) {
        if (name === 'script' && openScript) {
          scripts.push({ ...openScript, end: parser.endIndex + 1 });
          openScript = undefined;
        } else if (name === 'head') {
          headChildDepth = undefined;
        }
        depth -= 1;
      },
    },
    { decodeEntities: false },
  );
  parser.end(html);

  return {
    scripts,
    inlineScripts: scripts.filter(({ attributes }) => !attributes.has('src')),
    policyMeta,
    headStart,
  };
}

const noAttributes: ReadonlyMap<string, string> = new Map();

/** Attributes as the browser reads them: character references (`&amp;`) decoded. */
function decodedAttributes(attributes: Record<string, string>): ReadonlyMap<string, string> {
  return new Map(Object.entries(attributes).map(([name, value]) => [name, decodeHTMLAttribute(value)]));
}

/** The `src` of an external module script (`<script type="module" src="...">`), or undefined. */
export function moduleScriptSource({ attributes }: ScriptElement): string | undefined {
  if (attributes.get('type')?.toLowerCase() !== 'module') return undefined;
  return attributes.get('src') || undefined;
}
