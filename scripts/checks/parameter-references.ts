import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Problem } from './problem.ts';
import { lineOf, type Project } from './project.ts';
import { typedValuePatterns } from './value-forms.ts';

/*
 * A parameter's reference (OpenFisca's `reference`) is the rule whose sentence states its value, so
 * the quoted sentence is that rule's source in `src/rules/sources.ts` and never typed twice. This
 * check fails when:
 *
 * - a parameter has no documentation in `parameter-references.ts`, or an entry there documents no
 *   parameter, or a reference still types a quote;
 * - a reference names no rule, a rule that does not exist, or a rule bound to another parameter;
 * - a rule bound to a parameter (its reference or another rule naming it) does not print the value
 *   in some locale: its sentence lacks the `{parameter-id}` placeholder, or types the value by hand
 *   (the digits, or the value in words as the site's formatter writes it: "an hour", "un’ora");
 * - with the seed articles at hand (`Project.seedsDirectory`): a reference without `page` whose
 *   rule's English sentence, the value filled in as `<RuleValue>` prints it, is not in the English
 *   seed article of the rule's article; a reference whose `page` is not a page that
 *   `autodesk-current-help.md` names, or whose facts there do not state the value. That file
 *   summarises, so only the value is compared with it, not the sentence.
 *
 * That every rule is marked with `<Rule id>` in its article in every locale, and reads there as its
 * source, is the rule-sources check's (`rule-sources.ts`); it is not repeated here.
 */

const referencesFile = 'src/rules/parameter-references.ts';
const parametersFile = 'src/rules/parameters.ts';
const rulesFile = 'src/rules/rules.ts';
const sourcesFile = 'src/rules/sources.ts';
const factsFile = 'autodesk-current-help.md';

/** What the check reads of `parameter-references.ts`, as the module under the root exports it. */
interface Documentation {
  readonly description?: string;
  readonly reference?: { readonly rule?: string; readonly page?: string; readonly quote?: string };
}

/** Runs the parameter-reference check on the project. */
export async function checkParameterReferences(project: Project): Promise<Problem[]> {
  if (!project.sources) return []; // the rule-sources check reports the missing file
  const sources = project.sources;
  const importFrom = (path: string) => import(pathToFileURL(join(project.root, path)).href);
  const documented: Readonly<Record<string, Documentation>> = existsSync(join(project.root, referencesFile))
    ? (await importFrom(referencesFile)).parameterReferences
    : {};
  const { fillRuleQuote } = (await importFrom('src/i18n/rule-sentence.ts')) as {
    fillRuleQuote: (quote: string, locale: string) => string;
  };
  const seeds = project.seedsDirectory ? await readSeeds(project.seedsDirectory) : undefined;
  const problems: Problem[] = [];
  const referenceLine = (id: string) => lineOf(project.root, referencesFile, `'${id}':`);
  const rulesStating = (id: string) =>
    Object.entries(project.rules)
      .filter(([, rule]) => rule.parameter === id)
      .map(([ruleId]) => ruleId);
  const ruleChoice = (id: string) => {
    const candidates = rulesStating(id);
    return candidates.length
      ? `the rule whose sentence states the value (bound to "${id}" in ${rulesFile}: ${candidates.join(', ')})`
      : `the rule whose sentence states the value (no rule of ${rulesFile} is bound to "${id}" yet: add parameter: '${id}' to it)`;
  };

  for (const id of Object.keys(project.parameters)) {
    if (documented[id]) continue;
    problems.push({
      file: parametersFile,
      line: await lineOf(project.root, parametersFile, `'${id}':`),
      message: `the parameter "${id}" has no reference: ${referencesFile} does not document it.`,
      fix: `add '${id}': { description: '…', reference: { rule: '…' } } to ${referencesFile}, naming ${ruleChoice(id)}.`,
    });
  }

  for (const [id, documentation] of Object.entries(documented)) {
    const line = await referenceLine(id);
    if (!(id in project.parameters)) {
      problems.push({
        file: referencesFile,
        line,
        message: `documents "${id}", which is not a parameter of ${parametersFile}.`,
        fix: `remove the entry, or add the parameter to ${parametersFile}.`,
      });
      continue;
    }
    const reference = documentation.reference ?? {};
    if (reference.quote !== undefined) {
      problems.push({
        file: referencesFile,
        line,
        message: `the reference of "${id}" types its quote by hand: "${reference.quote}".`,
        fix: `remove quote: the quoted sentence is the English source of the rule the reference names.`,
      });
    }
    if (!documentation.description?.trim()) {
      problems.push({
        file: referencesFile,
        line,
        message: `"${id}" has no description.`,
        fix: `say in one English sentence what the value means for the reader.`,
      });
    }
    const ruleId = reference.rule;
    const rule = ruleId === undefined ? undefined : project.rules[ruleId];
    if (ruleId === undefined) {
      problems.push({
        file: referencesFile,
        line,
        message: `the reference of "${id}" names no rule.`,
        fix: `set reference: { rule: '…' }, naming ${ruleChoice(id)}.`,
      });
      continue;
    }
    if (!rule) {
      problems.push({
        file: referencesFile,
        line,
        message: `the reference of "${id}" names the rule "${ruleId}", which is not a rule of ${rulesFile}.`,
        fix: `name ${ruleChoice(id)}.`,
      });
      continue;
    }
    if (rule.parameter !== id) {
      problems.push({
        file: referencesFile,
        line,
        message: `the reference of "${id}" names the rule "${ruleId}", which is bound to ${rule.parameter ? `the parameter "${rule.parameter}"` : 'no parameter'}.`,
        fix: `name ${ruleChoice(id)}, or set parameter: '${id}' on "${ruleId}" in ${rulesFile} if its sentence states this value.`,
      });
      continue;
    }
    if (!seeds) continue;
    const english = sources[ruleId]?.[project.defaultLocale];
    if (english === undefined) continue; // the rule-sources check reports it
    if (reference.page === undefined) {
      const seed = seeds.english.get(rule.article);
      if (!seed) {
        problems.push({
          file: referencesFile,
          line,
          message: `the reference of "${id}" names no page, and ${relative(project.root, join(seeds.directory, 'README.md'))} lists no English seed article "${rule.article}" (the article of "${ruleId}") to find it in.`,
          fix: `set page to the public page that states the value, as a heading of ${factsFile} names it.`,
        });
        continue;
      }
      const sentence = fillRuleQuote(english, project.defaultLocale);
      if (!normalized(seed.text).includes(normalized(sentence))) {
        problems.push({
          file: referencesFile,
          line,
          message: `the reference of "${id}" is the English sentence of "${ruleId}", "${sentence}", which the English seed article ${relative(project.root, seed.file)} does not contain.`,
          fix: `make the value in ${parametersFile} and the English sentence of "${ruleId}" in ${sourcesFile} read as the seed does; if the value comes from elsewhere, set page to the public page that states it.`,
        });
      }
    } else {
      const facts = seeds.facts.find((section) => section.heading.includes(`(${reference.page})`));
      const factsPath = relative(project.root, join(seeds.directory, factsFile));
      const value = project.formatParameter(id, project.defaultLocale);
      if (!facts) {
        problems.push({
          file: referencesFile,
          line,
          message: `the reference of "${id}" names the page "${reference.page}", which no heading of ${factsPath} names.`,
          fix: `copy the page as the heading of its section names it, in parentheses (for example "${seeds.facts.map((section) => /\(([^)]*)\)\s*$/.exec(section.heading)?.[1]).find(Boolean) ?? 'autodesk.com, …, dated …'}").`,
        });
      } else if (!normalized(facts.text).toLowerCase().includes(normalized(value).toLowerCase())) {
        problems.push({
          file: referencesFile,
          line,
          message: `the reference of "${id}" names the page "${reference.page}", but its facts in ${factsPath} do not state the value, "${value}".`,
          fix: `restore the value in ${parametersFile}, or name the page that states it.`,
        });
      }
    }
  }

  // Every rule bound to a parameter prints it in every locale, through its placeholder only.
  for (const [ruleId, rule] of Object.entries(project.rules)) {
    const id = rule.parameter;
    if (id === undefined || !(id in project.parameters)) continue;
    const isReference = documented[id]?.reference?.rule === ruleId;
    for (const locale of project.locales) {
      const sentence = sources[ruleId]?.[locale];
      if (sentence === undefined) continue; // the rule-sources check reports it
      const article = project.docsFile(locale, rule.article);
      const line = await localeLine(project.root, ruleId, locale);
      if (!sentence.includes(`{${id}}`)) {
        problems.push({
          file: sourcesFile,
          line,
          message: `the ${locale} sentence of "${ruleId}" does not print the value of "${id}", to which ${rulesFile} binds the rule: it lacks {${id}}.`,
          fix: `write {${id}} where the sentence states the value, and <RuleValue id="${id}" /> in the <Rule id="${ruleId}"> of ${article}${isReference ? '' : `; if the rule does not state the value, remove parameter: '${id}' from it in ${rulesFile}`}.`,
        });
      }
      // Placeholders are not prose: `{term:…}` and `{…}` ids may hold digits of their own.
      const prose = sentence.replace(/\{[^}]*\}/g, ' ');
      const matches = typedValuePatterns(project, id, locale).flatMap((pattern) =>
        [...prose.matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length })),
      );
      // "60" inside a typed "60 days" is one value typed by hand, reported as written.
      const typed = new Set(
        matches
          .filter(
            (match) =>
              !matches.some(
                (other) =>
                  other.start <= match.start &&
                  match.end <= other.end &&
                  other.end - other.start > match.end - match.start,
              ),
          )
          .map((match) => prose.slice(match.start, match.end).trim()),
      );
      for (const found of typed) {
        problems.push({
          file: sourcesFile,
          line,
          message: `the ${locale} sentence of "${ruleId}" types the value of "${id}" by hand: "${found}".`,
          fix: `write {${id}} instead, and <RuleValue id="${id}" /> in the <Rule id="${ruleId}"> of ${article}, so the sentence follows ${parametersFile}.`,
        });
      }
    }
  }
  return problems;
}

/** What the check reads of the seed articles. */
interface Seeds {
  readonly directory: string;
  /** Article slug -> the English seed article's file and text, as the README's table lists them. */
  readonly english: ReadonlyMap<string, { readonly file: string; readonly text: string }>;
  /** The sections of `autodesk-current-help.md`, each under its `##` heading. */
  readonly facts: readonly { readonly heading: string; readonly text: string }[];
}

/**
 * Reads the seeds' README table (`| \`file\` | language | title |`) and maps each English article to
 * its slug: the title without its parenthesis, in lower case, words joined by hyphens ("Update
 * authorized partner information (dated 2024-10-10)" is `update-authorized-partner-information`).
 */
async function readSeeds(directory: string): Promise<Seeds> {
  const readme = await readFile(join(directory, 'README.md'), 'utf8');
  const english = new Map<string, { file: string; text: string }>();
  for (const [, name, language, title] of readme.matchAll(/^\|\s*`([^`]+)`\s*\|\s*([\w-]+)\s*\|([^|\n]*)\|/gm)) {
    if (language !== 'en' || !existsSync(join(directory, name!))) continue;
    const slug = title!
      .replace(/\([^)]*\)/g, ' ')
      .trim()
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '');
    english.set(slug, { file: join(directory, name!), text: await readFile(join(directory, name!), 'utf8') });
  }
  const factsText = existsSync(join(directory, factsFile)) ? await readFile(join(directory, factsFile), 'utf8') : '';
  const facts = factsText
    .split(/^(?=## )/m)
    .filter((section) => section.startsWith('## '))
    .map((section) => ({ heading: section.split('\n', 1)[0]!.trim(), text: section }));
  return { directory, english, facts };
}

/** Text as compared with a seed: Markdown bold dropped, apostrophes plain, whitespace runs one space. */
function normalized(text: string): string {
  return text.replaceAll('**', '').replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
}

/** The line of `locale`'s sentence of `ruleId` in `sources.ts`, or the rule's line. */
async function localeLine(root: string, ruleId: string, locale: string): Promise<number> {
  const ruleLine = await lineOf(root, sourcesFile, `'${ruleId}':`);
  const lines = (await readFile(join(root, sourcesFile), 'utf8')).split('\n');
  const entry = new RegExp(`^\\s*'?${locale}'?:`);
  for (let index = ruleLine; index < lines.length && !/^\s*\},?\s*$/.test(lines[index]!); index++) {
    if (entry.test(lines[index]!)) return index + 1;
  }
  return ruleLine;
}
