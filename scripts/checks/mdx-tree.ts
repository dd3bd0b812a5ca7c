import type { Nodes, Parent, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/**
 * The articles' syntax tree: mdast with the MDX extensions (JSX elements, expressions, ESM) and the
 * YAML frontmatter, parsed by the libraries Starlight's remark plugins run on, so the checks read an
 * article the way the build does, whatever its formatting. Every node carries its position.
 */
const processor = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']);

/** A JSX element of MDX, flow (`<Aside>` on its own lines) or text (`<UiTerm />` inside a sentence). */
export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** Why a file could not be read as MDX, and where. */
export class MdxSyntaxError extends Error {
  readonly line: number;
  constructor(message: string, line: number) {
    super(message);
    this.line = line;
  }
}

/** Parses MDX source; throws {@link MdxSyntaxError} (with the line the parser gives) on invalid MDX. */
export function parseMdxTree(source: string): Root {
  try {
    return processor.parse(source);
  } catch (error) {
    const { reason, line } = error as { reason?: string; line?: number };
    const message = reason ?? (error as Error).message;
    // An unclosed tag is reported at the end of the document, without a place: its message names
    // the tag's own position, "(3:1-3:8)", which is where the writer has to look.
    const namedLine = /\((\d+):\d+(?:-\d+:\d+)?\)/.exec(message)?.[1];
    throw new MdxSyntaxError(message, line ?? (namedLine ? Number(namedLine) : 1));
  }
}

/** The element if `node` is a JSX element named `name` (any name when omitted). */
export function jsxElement(node: Nodes, name?: string): JsxElement | undefined {
  if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return undefined;
  return name === undefined || node.name === name ? node : undefined;
}

/** A JSX attribute written as a string (`id="x"` or `id='x'`); expressions do not count. */
export function stringAttribute(element: JsxElement, name: string): string | undefined {
  for (const attribute of element.attributes) {
    if (attribute.type === 'mdxJsxAttribute' && attribute.name === name && typeof attribute.value === 'string') {
      return attribute.value;
    }
  }
  return undefined;
}

/** Calls `visit` on every node in document order, with its parent; `visit` returning `false` skips the children. */
export function walk(node: Nodes, visit: (node: Nodes, parent: Parent | undefined) => boolean | void): void {
  const step = (current: Nodes, parent: Parent | undefined) => {
    if (visit(current, parent) === false) return;
    if ('children' in current) for (const child of current.children) step(child as Nodes, current);
  };
  step(node, undefined);
}

/** The 1-based line a node starts on (1 for a generated node). */
export function startLine(node: Nodes): number {
  return node.position?.start.line ?? 1;
}
