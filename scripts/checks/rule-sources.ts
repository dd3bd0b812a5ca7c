import { correspondingLine } from './mdx.ts';
import type { Problem } from './problem.ts';
import { lineOf, type Project } from './project.ts';

const sourcesFile = 'src/rules/sources.ts';

/**
 * No rule without its source (Catala's rule): every rule of `src/rules/rules.ts` is stated, in
 * every locale, by a `<Rule id>` in its article, and `src/rules/sources.ts` quotes that sentence
 * exactly. Fails when a rule has no quote in a locale, when an article lacks the `<Rule id>` of one
 * of its rules (or marks it twice), when a `<Rule>`'s text drifted from its quote, and when a
 * `<Rule id>` names a rule that does not exist or belongs to another article.
 */
export async function checkRuleSources(project: Project): Promise<Problem[]> {
  const problems: Problem[] = [];
  if (!project.sources) {
    return [
      {
        file: sourcesFile,
        line: 1,
        message: 'does not exist, so no rule has a source.',
        fix: 'create it: export const sources = { "<rule-id>": { en: "...", it: "...", fr: "...", de: "..." } }.',
      },
    ];
  }
  const articles = new Set([...project.articleSlugs, ...Object.values(project.rules).map((rule) => rule.article)]);
  for (const slug of articles) {
    if (project.pages.get(project.defaultLocale)?.has(slug)) continue;
    problems.push({
      file: 'src/rules/rules.ts',
      line: await lineOf(project.root, 'src/rules/rules.ts', `'${slug}'`),
      message: `names the article "${slug}", but ${project.docsFile(project.defaultLocale, slug)} does not exist.`,
      fix: `write the English article ${project.docsFile(project.defaultLocale, slug)}, or correct the slug in src/rules/rules.ts.`,
    });
  }
  for (const [ruleId, rule] of Object.entries(project.rules)) {
    const quotes = project.sources[ruleId];
    const quoteLine = await lineOf(project.root, sourcesFile, `'${ruleId}':`);
    for (const locale of project.locales) {
      const page = project.pages.get(locale)?.get(rule.article);
      if (!page || page.parsed.syntaxError) continue; // reported by the articles and syntax checks
      const occurrences = page.parsed.rules.filter((occurrence) => occurrence.id === ruleId);
      const quote = quotes?.[locale];
      if (occurrences.length === 0) {
        const english = project.pages.get(project.defaultLocale)?.get(rule.article);
        const englishOccurrence = english?.parsed.rules.find((occurrence) => occurrence.id === ruleId);
        problems.push({
          file: page.file,
          line:
            english && englishOccurrence && english !== page
              ? correspondingLine(english.parsed, englishOccurrence.line, page.parsed)
              : 1,
          message: `lacks <Rule id="${ruleId}">: the sentence that states this rule of src/rules/rules.ts is not marked.`,
          fix: quote
            ? `wrap the sentence that reads "${quote}" in <Rule id="${ruleId}">…</Rule>.`
            : `wrap the sentence that states it in <Rule id="${ruleId}">…</Rule> and quote it in ${sourcesFile}.`,
        });
      }
      if (occurrences.length > 1) {
        problems.push({
          file: page.file,
          line: occurrences[1]!.line,
          message: `marks <Rule id="${ruleId}"> ${occurrences.length} times; its anchor #rule-${ruleId} must be unique.`,
          fix: 'keep one <Rule> per rule: the sentence that states it.',
        });
      }
      const occurrence = occurrences[0];
      if (quote === undefined) {
        problems.push({
          file: sourcesFile,
          line: quoteLine,
          message: `has no "${locale}" source for rule "${ruleId}".`,
          fix: occurrence
            ? `add ${locale}: ${JSON.stringify(occurrence.text)} (the <Rule> text of ${page.file}:${occurrence.line}).`
            : `add the ${locale} sentence that states it, as marked with <Rule id="${ruleId}"> in ${page.file}.`,
        });
      } else if (occurrence && occurrence.text !== quote) {
        problems.push({
          file: page.file,
          line: occurrence.line,
          message: `<Rule id="${ruleId}"> reads "${occurrence.text}" but its source in ${sourcesFile} is "${quote}".`,
          fix: `if the rule is unchanged, restore the sentence; if the rewording is intended, update ${locale} of "${ruleId}" in ${sourcesFile}:${quoteLine} (and the other locales if the rule changed).`,
        });
      }
    }
  }
  for (const [ruleId] of Object.entries(project.sources)) {
    if (ruleId in project.rules) continue;
    problems.push({
      file: sourcesFile,
      line: await lineOf(project.root, sourcesFile, `'${ruleId}':`),
      message: `quotes "${ruleId}", which is not a rule of src/rules/rules.ts.`,
      fix: 'remove the entry, or add the rule to src/rules/rules.ts.',
    });
  }
  for (const locale of project.locales) {
    for (const page of project.pages.get(locale)!.values()) {
      for (const occurrence of page.parsed.rules) {
        const rule = project.rules[occurrence.id];
        if (!rule) {
          problems.push({
            file: page.file,
            line: occurrence.line,
            message: `<Rule id="${occurrence.id}"> names no rule of src/rules/rules.ts.`,
            fix: `use one of the ids in src/rules/rules.ts, or add the rule there first.`,
          });
        } else if (rule.article !== page.slug) {
          problems.push({
            file: page.file,
            line: occurrence.line,
            message: `<Rule id="${occurrence.id}"> belongs to the article "${rule.article}", not "${page.slug}".`,
            fix: `move the marker to the ${rule.article} article, or change the rule's article in src/rules/rules.ts.`,
          });
        }
      }
    }
  }
  return problems;
}
