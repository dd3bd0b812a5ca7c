import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as z from 'zod';
import { schemaOf } from '../../src/i18n/ui/dictionary-schema.ts';
import type { Problem } from './problem.ts';
import { lineOf, type Project } from './project.ts';

const uiDirectory = 'src/i18n/ui';

export { schemaOf };

/**
 * No UI string is missing in a locale. Every folder under `src/i18n/ui/` that holds an `en.ts` is a
 * dictionary: each locale has its file, and each file has exactly the keys of `en.ts`, deep (the
 * strict zod schema built from the English dictionary that each `index.ts` also runs at import, so
 * the build fails too). A dictionary module exports it under the locale code (`export const it =
 * {...}`) or as its default export. This check adds what the build cannot: the line numbers.
 */
export async function checkUiStrings(project: Project): Promise<Problem[]> {
  const problems: Problem[] = [];
  const folders = (await readdir(join(project.root, uiDirectory), { withFileTypes: true }))
    .filter((entry) => entry.isDirectory() && existsSync(join(project.root, uiDirectory, entry.name, 'en.ts')))
    .map((entry) => entry.name)
    .sort();
  for (const folder of folders) {
    const englishFile = `${uiDirectory}/${folder}/${project.defaultLocale}.ts`;
    const english = await loadDictionary(project.root, englishFile, project.defaultLocale);
    const schema = schemaOf(english);
    for (const locale of project.locales) {
      if (locale === project.defaultLocale) continue;
      const file = `${uiDirectory}/${folder}/${locale}.ts`;
      if (!existsSync(join(project.root, file))) {
        problems.push({
          file: englishFile,
          line: 1,
          message: `has no "${locale}" counterpart: ${file} does not exist.`,
          fix: `create ${file} with every key of ${englishFile}, translated, and add it to ${uiDirectory}/${folder}/index.ts.`,
        });
        continue;
      }
      const result = schema.safeParse(await loadDictionary(project.root, file, locale));
      if (result.success) continue;
      for (const issue of result.error.issues)
        problems.push(await describeIssue(project.root, file, englishFile, issue));
    }
  }
  return problems;
}

/** The dictionary a module exports: under the locale code, as default, or its only export. */
async function loadDictionary(root: string, file: string, locale: string): Promise<unknown> {
  const module = await import(pathToFileURL(join(root, file)).href);
  const values = Object.values(module);
  return module[locale] ?? module.default ?? (values.length === 1 ? values[0] : undefined);
}

/** One zod issue as a problem at the right line. */
async function describeIssue(
  root: string,
  file: string,
  englishFile: string,
  issue: z.core.$ZodIssue,
): Promise<Problem> {
  const path = issue.path.map(String);
  const key = path.join('.');
  if (issue.code === 'unrecognized_keys') {
    const extra = issue.keys.map((name) => [...path, name].join('.'));
    return {
      file,
      line: await lineOf(root, file, keyPattern(issue.keys[0]!)),
      message: `has ${extra.map((name) => `"${name}"`).join(', ')}, which ${englishFile} does not.`,
      fix: `remove it, or add it to ${englishFile} (and every other locale) first.`,
    };
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    const parent = path.at(-2);
    return {
      file,
      line: parent === undefined ? 1 : await lineOf(root, file, keyPattern(parent)),
      message: `lacks the string "${key}" that ${englishFile} has.`,
      fix: `add "${key}" translated from ${englishFile}:${await lineOf(root, englishFile, keyPattern(path.at(-1)!))}.`,
    };
  }
  return {
    file,
    line: path.length ? await lineOf(root, file, keyPattern(path.at(-1)!)) : 1,
    message: `"${key || '(dictionary)'}" ${issue.message}.`,
    fix: `give it the shape it has in ${englishFile}.`,
  };
}

/** Matches the line that declares `key` in an object literal. */
function keyPattern(key: string): RegExp {
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^\\s*(?:${escaped}|'${escaped}'|"${escaped}")\\s*:`);
}
