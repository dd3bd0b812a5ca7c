import { correspondingLine, type Section } from './mdx.ts';
import type { Problem } from './problem.ts';
import { englishPage, type Page, type Project } from './project.ts';

/**
 * A translation has the structure of its English page: the same headings, the same number of
 * `<Steps>` blocks with as many numbered steps, the same notes (`<Aside>` and paragraphs that open
 * in bold, like `**Note:**`), the same bullet items (the conditions an article lists), the same
 * `<LinkCard>`s (home pages), and the same
 * `<RuleValue>` and `<UiTerm>` ids. (`<Rule id>`s are compared by the rule-sources check, which knows
 * which article each rule belongs to.)
 */
export function checkStructure(project: Project): Problem[] {
  const problems: Problem[] = [];
  for (const locale of project.locales) {
    if (locale === project.defaultLocale) continue;
    for (const [slug, page] of project.pages.get(locale)!) {
      const english = englishPage(project, slug);
      if (page.parsed.syntaxError || english?.parsed.syntaxError) continue;
      if (english) problems.push(...compareSections(page, english), ...compareIds(page, english));
    }
  }
  return problems;
}

/** Compares headings, then each section's steps, notes and bullets. */
function compareSections(page: Page, english: Page): Problem[] {
  const ours = page.parsed.sections;
  const theirs = english.parsed.sections;
  if (ours.length !== theirs.length) {
    const headings = theirs.flatMap((section) => (section.heading ? [`"${section.heading}"`] : []));
    return [
      {
        file: page.file,
        line: ours.at(-1)!.line,
        message: `has ${ours.length - 1} headings where English has ${theirs.length - 1} (${headings.join(', ')}).`,
        fix: `give the page one heading (## or ###) per English heading, in the same order, as in ${english.file}.`,
      },
      ...compareCounts(page, english, 'the page', flatten(ours), flatten(theirs)),
    ];
  }
  return ours.flatMap((section, index) =>
    compareCounts(page, english, sectionName(section, theirs[index]!), section, theirs[index]!),
  );
}

/** Compares one section (or a whole page) with its English counterpart. */
function compareCounts(page: Page, english: Page, where: string, ours: Section, theirs: Section): Problem[] {
  const problems: Problem[] = [];
  const blame = (lines: readonly number[]) => lines.at(-1) ?? ours.line;
  if (ours.steps.length !== theirs.steps.length) {
    problems.push({
      file: page.file,
      line: blame(ours.steps.map((block) => block.line)),
      message: `has ${ours.steps.length} <Steps> blocks in ${where} where English has ${theirs.steps.length}.`,
      fix: `wrap each English procedure of ${english.file} in its own <Steps> block, as in English.`,
    });
  } else {
    ours.steps.forEach((block, index) => {
      const englishCount = theirs.steps[index]!.items.length;
      if (block.items.length === englishCount) return;
      const fewer = block.items.length < englishCount;
      problems.push({
        file: page.file,
        line: blame(block.items.length ? block.items : [block.line]),
        message: `has ${block.items.length} steps in ${where} where English has ${englishCount}.`,
        fix: fewer
          ? `add the missing step (compare with ${english.file}:${theirs.steps[index]!.line}); each step is one item of the numbered list inside <Steps>.`
          : `remove the extra step, or add it to ${english.file} first.`,
      });
    });
  }
  const parts = [
    ['asides', 'notes (<Aside>)', '<Aside> block'],
    ['notes', 'bold-led paragraphs (like **Note:**)', 'bold-led paragraph'],
    ['bullets', 'bullet items (conditions)', 'bullet item'],
    ['cards', 'link cards (<LinkCard>)', '<LinkCard>'],
  ] as const;
  for (const [key, label, thing] of parts) {
    if (ours[key].length === theirs[key].length) continue;
    problems.push({
      file: page.file,
      line: blame(ours[key]),
      message: `has ${ours[key].length} ${label} in ${where} where English has ${theirs[key].length}.`,
      fix:
        ours[key].length < theirs[key].length
          ? `translate the missing ${thing} (English: ${english.file}:${theirs[key][ours[key].length] ?? theirs.line}).`
          : `remove the extra ${thing}, or add it to ${english.file} first.`,
    });
  }
  return problems;
}

/** Compares the sets of `<RuleValue>` and `<UiTerm>` ids. */
function compareIds(page: Page, english: Page): Problem[] {
  const problems: Problem[] = [];
  const kinds = [
    ['ruleValues', 'RuleValue', (id: string) => `<RuleValue id="${id}" />`],
    [
      'uiTerms',
      'UiTerm',
      (id: string) => (id.startsWith('path:') ? `<UiTerm path="${id.slice(5)}" />` : `<UiTerm id="${id}" />`),
    ],
  ] as const;
  for (const [key, name, tag] of kinds) {
    const ours = new Set(page.parsed[key].map((occurrence) => occurrence.id));
    for (const occurrence of english.parsed[key]) {
      if (ours.has(occurrence.id)) continue;
      ours.add(occurrence.id);
      problems.push({
        file: page.file,
        line: correspondingLine(english.parsed, occurrence.line, page.parsed),
        message: `lacks ${tag(occurrence.id)}, which English uses at ${english.file}:${occurrence.line}.`,
        fix: `print the ${name === 'RuleValue' ? 'value' : 'label'} with ${tag(occurrence.id)} where the English page does, instead of typing it.`,
      });
    }
    const theirs = new Set(english.parsed[key].map((occurrence) => occurrence.id));
    for (const occurrence of page.parsed[key]) {
      if (theirs.has(occurrence.id)) continue;
      theirs.add(occurrence.id);
      problems.push({
        file: page.file,
        line: occurrence.line,
        message: `uses ${tag(occurrence.id)}, which the English page ${english.file} does not.`,
        fix: `remove it, or use it in the English page too.`,
      });
    }
  }
  return problems;
}

/** "Aggiungere postazioni" (English: "Add seats"), or the introduction. */
function sectionName(section: Section, english: Section): string {
  return section.heading === null ? 'the introduction' : `"${section.heading}" (English: "${english.heading}")`;
}

/** A page's sections as one, for comparing totals when the headings do not line up. */
function flatten(sections: readonly Section[]): Section {
  return {
    heading: null,
    line: sections.at(-1)!.line,
    steps: sections.flatMap((section) => section.steps),
    asides: sections.flatMap((section) => section.asides),
    bullets: sections.flatMap((section) => section.bullets),
    notes: sections.flatMap((section) => section.notes),
    cards: sections.flatMap((section) => section.cards),
  };
}
