import type { Nodes, Root } from 'mdast';
import {
  jsxElement,
  MdxSyntaxError,
  parseMdxTree,
  startLine,
  stringAttribute,
  walk,
  type JsxElement,
} from './mdx-tree.ts';
import { textBlocks, type TextBlock } from './mdx-text.ts';

/**
 * What the checks read of an article, taken from its MDX syntax tree (see `mdx-tree.ts`): the
 * structure to compare translations by (sections, steps, notes, conditions), the components that
 * bind prose to the rules module, and the prose itself. Lines come from the tree's positions, so an
 * article may be formatted any valid way (indented `<Steps>`, `1)` markers, no blank lines around
 * tags) and read the same.
 */

/** A `##` or `###` heading and what sits under it until the next one. */
export interface Section {
  /** Heading text; `null` for the text before the first heading. */
  readonly heading: string | null;
  readonly line: number;
  /** Each `<Steps>` block: its line, the line of each item of its numbered list, its closing line. */
  readonly steps: { readonly line: number; readonly items: number[]; end: number }[];
  /** Lines of `<Aside>` elements. */
  readonly asides: number[];
  /** Lines of bullet items (unordered list items, at any depth): the conditions an article lists. */
  readonly bullets: number[];
  /** Lines of paragraphs that open with bold text, such as `**Note:**`. */
  readonly notes: number[];
  /** Lines of `<LinkCard>` elements (the home pages' links to the articles). */
  readonly cards: number[];
}

/** A component occurrence: its id and line. */
export interface Occurrence {
  readonly id: string;
  readonly line: number;
}

/** A `<Rule id>` with the text it wraps, as `src/rules/sources.ts` quotes it (see {@link ruleText}). */
export interface RuleOccurrence extends Occurrence {
  readonly text: string;
}

/** A link target: a Markdown link or definition, or an `href` attribute of a component. */
export interface LinkTarget {
  readonly url: string;
  readonly line: number;
}

/** What the checks need to know about one MDX file. */
export interface ParsedMdx {
  /** The raw text. */
  readonly source: string;
  /** Set when the file is not valid MDX; everything else is then empty. */
  readonly syntaxError?: { readonly line: number; readonly message: string };
  /** Frontmatter keys and their raw values (one line each). */
  readonly frontmatter: Readonly<Record<string, string>>;
  readonly sections: readonly Section[];
  readonly rules: readonly RuleOccurrence[];
  readonly ruleValues: readonly Occurrence[];
  /** `<UiTerm id="x">` as `x`, `<UiTerm path="p">` as `path:p`. */
  readonly uiTerms: readonly Occurrence[];
  readonly links: readonly LinkTarget[];
  /** The prose, block by block: paragraphs and headings, without code, imports and component tags. */
  readonly blocks: readonly TextBlock[];
}

/** Reads one MDX file's text. Invalid MDX gives an empty reading with its {@link ParsedMdx.syntaxError}. */
export function parseMdx(source: string): ParsedMdx {
  let tree: Root;
  try {
    tree = parseMdxTree(source);
  } catch (error) {
    if (!(error instanceof MdxSyntaxError)) throw error;
    return {
      source,
      syntaxError: { line: error.line, message: error.message },
      frontmatter: {},
      sections: [emptySection(null, 1)],
      rules: [],
      ruleValues: [],
      uiTerms: [],
      links: [],
      blocks: [],
    };
  }
  const frontmatter: Record<string, string> = {};
  const sections: Section[] = [];
  const steps: Section['steps'][number][] = [];
  const asides: number[] = [];
  const bullets: number[] = [];
  const notes: number[] = [];
  const cards: number[] = [];
  const rules: RuleOccurrence[] = [];
  const ruleValues: Occurrence[] = [];
  const uiTerms: Occurrence[] = [];
  const links: LinkTarget[] = [];
  walk(tree, (node) => {
    const line = startLine(node);
    if (node.type === 'yaml') Object.assign(frontmatter, frontmatterKeys(node.value));
    if (node.type === 'heading' && (node.depth === 2 || node.depth === 3)) {
      sections.push(emptySection(plainText(node).trim(), line));
    }
    if (node.type === 'list' && !node.ordered) bullets.push(...node.children.map(startLine));
    if (node.type === 'paragraph' && node.children[0]?.type === 'strong' && plainText(node.children[0]).trim()) {
      notes.push(line);
    }
    if (node.type === 'link' || node.type === 'definition') links.push({ url: node.url, line });
    const element = jsxElement(node);
    if (!element) return;
    const href = stringAttribute(element, 'href');
    if (href !== undefined) links.push({ url: href, line });
    const id = stringAttribute(element, 'id');
    switch (element.name) {
      case 'Steps':
        steps.push({ line, items: stepItems(element), end: element.position?.end.line ?? line });
        break;
      case 'Aside':
        asides.push(line);
        break;
      case 'LinkCard':
        cards.push(line);
        break;
      case 'Rule':
        if (id !== undefined) rules.push({ id, line, text: ruleText(element) });
        break;
      case 'RuleValue':
        if (id !== undefined) ruleValues.push({ id, line });
        break;
      case 'UiTerm': {
        const path = stringAttribute(element, 'path');
        if (id !== undefined || path !== undefined)
          uiTerms.push({ id: path !== undefined ? `path:${path}` : id!, line });
        break;
      }
    }
  });
  const firstBodyLine = tree.children.find((node) => node.type !== 'yaml')?.position?.start.line ?? 1;
  sections.unshift(emptySection(null, firstBodyLine));
  const sectionOf = (line: number) => sections.findLast((section) => section.line <= line) ?? sections[0]!;
  for (const block of steps) sectionOf(block.line).steps.push(block);
  const parts = { asides, bullets, notes, cards } as const;
  for (const [key, lines] of Object.entries(parts) as [keyof typeof parts, number[]][]) {
    for (const line of lines) sectionOf(line)[key].push(line);
  }
  return { source, frontmatter, sections, rules, ruleValues, uiTerms, links, blocks: textBlocks(tree, source) };
}

function emptySection(heading: string | null, line: number): Section {
  return { heading, line, steps: [], asides: [], bullets: [], notes: [], cards: [] };
}

/** `key: value` lines of the YAML frontmatter, values as written. */
function frontmatterKeys(yaml: string): Record<string, string> {
  const keys: Record<string, string> = {};
  for (const line of yaml.split(/\r?\n/)) {
    const keyValue = /^([A-Za-z][\w-]*):\s*(.*)$/.exec(line);
    if (keyValue) keys[keyValue[1]!] = keyValue[2]!;
  }
  return keys;
}

/** The lines of the items of the numbered list(s) a `<Steps>` wraps (Starlight renders one `<ol>`). */
function stepItems(steps: JsxElement): number[] {
  return steps.children.flatMap((child) =>
    child.type === 'list' && child.ordered ? child.children.map((item) => startLine(item)) : [],
  );
}

/** A node's text as a reader sees it, components left out. */
function plainText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('');
  return '';
}

/**
 * The text of a `<Rule>` as sources.ts quotes it: `<RuleValue id="x" />` becomes `{x}`,
 * `<UiTerm id="x" />` becomes `{term:x}`, `<UiTerm path="p" />` becomes `{path:p}`, other markup
 * gives its text, and whitespace runs (paragraph breaks included) become one space.
 */
export function ruleText(rule: JsxElement): string {
  const textOf = (node: Nodes): string => {
    const element = jsxElement(node);
    if (element?.name === 'RuleValue') return `{${stringAttribute(element, 'id')}}`;
    if (element?.name === 'UiTerm') {
      const path = stringAttribute(element, 'path');
      return path !== undefined ? `{path:${path}}` : `{term:${stringAttribute(element, 'id')}}`;
    }
    if (node.type === 'text' || node.type === 'inlineCode') return node.value;
    if (!('children' in node)) return ' ';
    return (node.children as Nodes[]).map(textOf).join(flowContainers.has(node.type) ? ' ' : '');
  };
  return textOf(rule).replace(/\s+/g, ' ').trim();
}

/** Nodes whose children are blocks, so their texts are separated by a space when run together. */
const flowContainers = new Set(['root', 'blockquote', 'list', 'listItem', 'mdxJsxFlowElement']);

/**
 * The line of `translation` that corresponds to `line` of `english`: the same step of the same
 * `<Steps>` block, or else the same section's heading, when the structures line up that far; 1
 * otherwise. Lets a message about something missing point where it should go.
 */
export function correspondingLine(english: ParsedMdx, line: number, translation: ParsedMdx): number {
  const sectionIndex = english.sections.findLastIndex((section) => section.line <= line);
  const section = english.sections[sectionIndex];
  const translatedSection = translation.sections[sectionIndex];
  if (!section || !translatedSection || english.sections.length !== translation.sections.length) return 1;
  const blockIndex = section.steps.findLastIndex((block) => block.line <= line);
  const block = section.steps[blockIndex];
  const translatedBlock = translatedSection.steps[blockIndex];
  if (block && translatedBlock && line <= block.end) {
    const itemIndex = block.items.findLastIndex((item) => item <= line);
    const translatedItem = translatedBlock.items[itemIndex];
    if (itemIndex >= 0 && translatedItem !== undefined) return translatedItem;
  }
  return translatedSection.line;
}
