import { lineAt } from './problem.ts';

/**
 * A light, line-based reading of the articles' MDX: enough structure to compare translations
 * (sections, steps, notes, conditions) and to find the components that bind prose to the rules
 * module. It is not a full MDX parser on purpose: the articles follow one house style (blank lines
 * around `<Steps>`, numbered items at column 0, one `<Aside>` per note), and a failure here names
 * the line so a writer can see what the checker read.
 */

/** A `## ` or `### ` heading and what sits under it until the next one. */
export interface Section {
  /** Heading text; `null` for the text before the first heading. */
  readonly heading: string | null;
  readonly line: number;
  /** Each `<Steps>` block: its line, the line of each numbered item at column 0, its closing line. */
  readonly steps: { readonly line: number; readonly items: number[]; end: number }[];
  /** Lines of `<Aside` tags. */
  readonly asides: number[];
  /** Lines of bullet items (`- ` or `* `): the conditions and alternatives an article lists. */
  readonly bullets: number[];
  /** Lines of paragraphs that open with bold text, such as `**Note:**`. */
  readonly notes: number[];
  /** Lines of `<LinkCard` tags (the home pages' links to the articles). */
  readonly cards: number[];
}

/** A component occurrence: its id and line. */
export interface Occurrence {
  readonly id: string;
  readonly line: number;
}

/** A `<Rule id>` with the text it wraps, normalised by {@link normaliseRuleText}. */
export interface RuleOccurrence extends Occurrence {
  readonly text: string;
}

/** What the checks need to know about one MDX file. */
export interface ParsedMdx {
  /** The raw text. */
  readonly source: string;
  /** Frontmatter keys and their raw values (one line each). */
  readonly frontmatter: Readonly<Record<string, string>>;
  readonly sections: readonly Section[];
  readonly rules: readonly RuleOccurrence[];
  readonly ruleValues: readonly Occurrence[];
  /** `<UiTerm id="x">` as `x`, `<UiTerm path="p">` as `path:p`. */
  readonly uiTerms: readonly Occurrence[];
  /**
   * Prose lines as a reader sees them, without frontmatter, imports and component tags; each kept
   * at its line number. Headings are kept (flagged) so checks can decide about them.
   */
  readonly prose: readonly { readonly line: number; readonly text: string; readonly heading: boolean }[];
}

const frontmatterPattern = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;

/**
 * The text of a `<Rule>` as sources.ts quotes it: `<RuleValue id="x" />` becomes `{x}`,
 * `<UiTerm id="x" />` becomes `{term:x}`, `<UiTerm path="p" />` becomes `{path:p}`, whitespace
 * runs become one space.
 */
export function normaliseRuleText(inner: string): string {
  return inner
    .replace(/<RuleValue\s+[^>]*?id="([^"]+)"[^>]*?\/>/g, '{$1}')
    .replace(/<UiTerm\s+[^>]*?id="([^"]+)"[^>]*?\/>/g, '{term:$1}')
    .replace(/<UiTerm\s+[^>]*?path="([^"]+)"[^>]*?\/>/g, '{path:$1}')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Reads one MDX file's text. */
export function parseMdx(source: string): ParsedMdx {
  const frontmatterMatch = frontmatterPattern.exec(source);
  const frontmatter: Record<string, string> = {};
  for (const line of frontmatterMatch?.[1]?.split(/\r?\n/) ?? []) {
    const keyValue = /^([A-Za-z][\w-]*):\s*(.*)$/.exec(line);
    if (keyValue) frontmatter[keyValue[1]!] = keyValue[2]!;
  }
  const bodyStart = frontmatterMatch ? frontmatterMatch[0].length : 0;
  const lines = source.split(/\r?\n/);
  const firstBodyLine = lineAt(source, bodyStart);

  const sections: Section[] = [
    { heading: null, line: firstBodyLine, steps: [], asides: [], bullets: [], notes: [], cards: [] },
  ];
  const prose: { line: number; text: string; heading: boolean }[] = [];
  let inSteps = false;
  let inCodeFence = false;
  for (let index = firstBodyLine - 1; index < lines.length; index++) {
    const text = lines[index]!;
    const line = index + 1;
    const section = sections.at(-1)!;
    if (/^\s*(```|~~~)/.test(text)) inCodeFence = !inCodeFence;
    if (inCodeFence) continue;
    if (/^(import|export)\s/.test(text)) continue;
    const heading = /^#{2,3}\s+(.*)$/.exec(text);
    if (heading) {
      sections.push({ heading: heading[1]!.trim(), line, steps: [], asides: [], bullets: [], notes: [], cards: [] });
      prose.push({ line, text: heading[1]!, heading: true });
      continue;
    }
    if (/^\s*<Steps[\s>]/.test(text)) {
      inSteps = true;
      section.steps.push({ line, items: [], end: lines.length });
    } else if (/^\s*<\/Steps>/.test(text)) {
      inSteps = false;
      const block = section.steps.at(-1);
      if (block) block.end = line;
    } else if (inSteps && /^\d+\.\s/.test(text)) section.steps.at(-1)!.items.push(line);
    if (/<Aside[\s>]/.test(text)) section.asides.push(line);
    if (/<LinkCard[\s>]|<LinkCard$/.test(text)) section.cards.push(line);
    if (/^\s*[-*]\s+\S/.test(text)) section.bullets.push(line);
    if (/^\s*(?:(?:\d+\.|[-*])\s+)?\*\*[^*]+\*\*/.test(text)) section.notes.push(line);
    prose.push({ line, text: proseText(text), heading: false });
  }

  const body = source.slice(bodyStart);
  const offsetLine = (offset: number) => lineAt(source, bodyStart + offset);
  const rules: RuleOccurrence[] = [];
  for (const match of body.matchAll(/<Rule\s+id="([^"]+)"\s*>([\s\S]*?)<\/Rule>/g)) {
    rules.push({ id: match[1]!, line: offsetLine(match.index), text: normaliseRuleText(match[2]!) });
  }
  const ruleValues: Occurrence[] = [];
  for (const match of body.matchAll(/<RuleValue\s+[^>]*?id="([^"]+)"/g)) {
    ruleValues.push({ id: match[1]!, line: offsetLine(match.index) });
  }
  const uiTerms: Occurrence[] = [];
  for (const match of body.matchAll(/<UiTerm\s+[^>]*?(id|path)="([^"]+)"/g)) {
    uiTerms.push({ id: match[1] === 'path' ? `path:${match[2]}` : match[2]!, line: offsetLine(match.index) });
  }
  return { source, frontmatter, sections, rules, ruleValues, uiTerms, prose };
}

/**
 * A line as prose: component and HTML tags, JSX expressions, link targets, inline code and list
 * markers removed, so only words a reader sees remain.
 */
function proseText(text: string): string {
  return text
    .replace(/`[^`]*`/g, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/<[A-Za-z][^>]*$/, ' ')
    .replace(/^\s*\/?>/, ' ')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/^\s*(?:\d+\.|[-*])\s+/, '')
    .replace(/^\s*[A-Za-z]+=("[^"]*"|\{[^}]*\})\s*$/, ' ');
}

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
