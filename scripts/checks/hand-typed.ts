import { escape, labelAsWritten, labelContext } from './label-contexts.ts';
import { lineAt, type TextBlock } from './mdx-text.ts';
import type { Problem } from './problem.ts';
import type { Project } from './project.ts';
import { typedValuePatterns } from './value-forms.ts';

/**
 * Prose prints rule values with `<RuleValue>` and account labels with `<UiTerm>`, never by hand, so
 * a changed value or a renamed button changes every page. Reads each page's prose from its syntax
 * tree (paragraphs and headings; frontmatter, imports, code blocks and component tags are not
 * prose) and looks for:
 *
 * - each parameter's value as a standalone number ("90", "90." but not "190" or "1.5"), and as the
 *   site prints it with its unit ("90 days", "an hour", "un’ora", "une heure", "eine Stunde"; see
 *   `value-forms.ts`). Inline code is not searched for values;
 * - each account-UI label of the page's locale from `src/rules/terms.ts`, case-sensitive, whole
 *   words, where it stands as a label (see `labelAsWritten`): in bold, italics, inline code or
 *   quotes, after "click" and its kin in each language, before "button"/"menu", in a menu path,
 *   as a whole numbered step. The same words in a sentence ("Add seats before the renewal", "your
 *   Autodesk Account") are ordinary prose. Headings are not searched for labels: a task heading
 *   ("Add seats") may coincide with a button.
 *
 * One problem per line and value or label, as a writer fixes them.
 */
export function checkHandTyped(project: Project): Problem[] {
  const problems: Problem[] = [];
  for (const locale of project.locales) {
    const values = valuePatterns(project, locale);
    const labels = termPatterns(project, locale);
    const context = labelContext(locale);
    for (const page of project.pages.get(locale)!.values()) {
      const reported = new Set<string>();
      const report = (line: number, pattern: Pattern, found: string) => {
        const key = `${line} ${pattern.what}`;
        if (reported.has(key)) return;
        reported.add(key);
        problems.push({
          file: page.file,
          line,
          message: `types ${pattern.what} by hand: "${found.trim()}".`,
          fix: `write ${pattern.component} instead, so the text follows src/rules/${pattern.kind === 'term' ? 'terms' : 'parameters'}.ts.`,
        });
      };
      for (const block of page.parsed.blocks) {
        for (const pattern of values) {
          for (const match of block.text.matchAll(pattern.regex)) {
            if (!inCode(block, match.index, match.index + match[0].length)) {
              report(lineAt(block, match.index), pattern, match[0]);
            }
          }
        }
        if (block.heading) continue;
        const found: { start: number; end: number; pattern: Pattern; written: string }[] = [];
        for (const pattern of labels) {
          for (const match of block.text.matchAll(pattern.regex)) {
            const end = match.index + match[0].length;
            const written = labelAsWritten(block, match.index, end, match[0], context);
            if (written !== undefined) found.push({ start: match.index, end, pattern, written });
          }
        }
        // "Enregistrer" inside a typed "Enregistrer les modifications" is the longer label, once.
        const longest = found.filter(
          (label) =>
            !found.some(
              (other) =>
                other !== label &&
                other.start <= label.start &&
                label.end <= other.end &&
                other.end - other.start > label.end - label.start,
            ),
        );
        for (const { start, pattern, written } of longest) report(lineAt(block, start), pattern, written);
      }
    }
  }
  return problems;
}

/** Whether `start`..`end` of `block` lies in inline code. */
function inCode(block: TextBlock, start: number, end: number): boolean {
  return block.marks.some((mark) => mark.kind === 'code' && mark.start < end && start < mark.end);
}

interface Pattern {
  readonly kind: 'value' | 'term';
  readonly regex: RegExp;
  readonly what: string;
  readonly component: string;
}

const notWordBefore = '(?<![\\p{L}\\p{N}_])';
const notWordAfter = '(?![\\p{L}\\p{N}_])';

/** Patterns for every parameter value in `locale`. */
function valuePatterns(project: Project, locale: string): Pattern[] {
  return Object.keys(project.parameters).flatMap((id) =>
    typedValuePatterns(project, id, locale).map((regex): Pattern => ({
      kind: 'value',
      regex,
      what: `the value of "${id}"`,
      component: `<RuleValue id="${id}" />`,
    })),
  );
}

/** Patterns for every account-UI label of `locale`, as whole words; the context decides. */
function termPatterns(project: Project, locale: string): Pattern[] {
  return Object.entries(project.terms).map(([id, labels]) => {
    const label = labels[locale]!;
    return {
      kind: 'term',
      regex: new RegExp(`${notWordBefore}${escape(label)}${notWordAfter}`, 'gu'),
      what: `the account label "${label}"`,
      component: `<UiTerm id="${id}" />`,
    };
  });
}
