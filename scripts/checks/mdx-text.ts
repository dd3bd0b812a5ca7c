import type { Nodes, Parent, Root } from 'mdast';
import { startLine, walk } from './mdx-tree.ts';

/** Inline markup that sets words apart: where a writer marks an account label. */
export interface Mark {
  readonly kind: 'strong' | 'emphasis' | 'code';
  /** Range in {@link TextBlock.text}. */
  readonly start: number;
  readonly end: number;
  /** The markup as written in the source (`**Next**`, `_Next_`, `` `Next` ``). */
  readonly written: string;
}

/**
 * One block of prose (a paragraph or a heading) as a reader sees it: the text of its inline nodes
 * run together, components and expressions as a space, link targets dropped, with the inline marks
 * kept as ranges and each character's line recoverable through {@link lineAt}.
 */
export interface TextBlock {
  readonly text: string;
  readonly heading: boolean;
  /** The first paragraph of an item of a numbered list: a step of a procedure. */
  readonly stepItem: boolean;
  readonly marks: readonly Mark[];
  /** Where each run of text starts: its index in `text` and its line in the file. */
  readonly lineStarts: readonly { readonly index: number; readonly line: number }[];
}

/** The 1-based line of the character at `index` of `block.text`. */
export function lineAt(block: TextBlock, index: number): number {
  let line = block.lineStarts[0]?.line ?? 1;
  for (const start of block.lineStarts) {
    if (start.index > index) break;
    line = start.line;
  }
  return line;
}

/** Every paragraph and heading of the tree, in document order; code, ESM and expressions are not prose. */
export function textBlocks(tree: Root, source: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  // An item does not know its list: remember the numbered lists' items on the way down.
  const numberedItems = new Set<Parent>();
  walk(tree, (node, parent) => {
    if (node.type === 'list' && node.ordered) for (const item of node.children) numberedItems.add(item);
    if (node.type === 'paragraph' || node.type === 'heading') {
      const stepItem = parent !== undefined && numberedItems.has(parent) && parent.children[0] === node;
      blocks.push(flatten(node, source, node.type === 'heading', stepItem));
      return false;
    }
    return !['code', 'yaml', 'mdxjsEsm', 'mdxFlowExpression', 'html'].includes(node.type);
  });
  return blocks;
}

/** Runs a block's inline nodes together. */
function flatten(block: Parent, source: string, heading: boolean, stepItem: boolean): TextBlock {
  let text = '';
  const marks: Mark[] = [];
  const lineStarts: { index: number; line: number }[] = [];
  const append = (value: string, line: number) => {
    lineStarts.push({ index: text.length, line });
    value.split('\n').forEach((part, offset) => {
      if (offset > 0) {
        text += '\n';
        lineStarts.push({ index: text.length, line: line + offset });
      }
      text += part;
    });
  };
  const writtenOf = (node: Nodes) => source.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
  const visit = (node: Nodes) => {
    switch (node.type) {
      case 'text':
        append(node.value, startLine(node));
        return;
      case 'inlineCode': {
        const start = text.length;
        append(node.value, startLine(node));
        marks.push({ kind: 'code', start, end: text.length, written: writtenOf(node) });
        return;
      }
      case 'break':
        append('\n', startLine(node));
        return;
      case 'strong':
      case 'emphasis': {
        const start = text.length;
        node.children.forEach(visit);
        marks.push({ kind: node.type, start, end: text.length, written: writtenOf(node) });
        return;
      }
      case 'mdxJsxTextElement':
        // A component stands apart from the words around it: `click <UiTerm id="x" />` is not typed text.
        append(' ', startLine(node));
        node.children.forEach(visit);
        text += ' ';
        return;
      case 'mdxTextExpression':
      case 'image':
      case 'imageReference':
        append(' ', startLine(node));
        return;
      default:
        if ('children' in node) (node.children as Nodes[]).forEach(visit);
    }
  };
  block.children.forEach((child) => visit(child as Nodes));
  return { text, heading, stepItem, marks, lineStarts };
}
