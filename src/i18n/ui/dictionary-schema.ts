import * as z from 'zod/mini';
import { defaultLocale, localeCodes, type Locale } from '../locales.ts';

/**
 * The schema every UI dictionary is held to, built from its English file: the same keys, deep, no
 * more and no fewer, every string non-empty. The type check says the same thing, but a build strips
 * types; this runs where the dictionaries are loaded, so a missing string stops `npm run build`
 * (as Starlight's own i18n schema does at import) instead of crashing a page that needs it.
 * `npm run check:docs` uses the same schema and adds line numbers.
 */
export function schemaOf(value: unknown): z.ZodMiniType {
  if (typeof value === 'string') return z.string().check(z.minLength(1, 'is empty'));
  if (Array.isArray(value)) return z.array(value.length ? schemaOf(value[0]) : z.unknown());
  if (value && typeof value === 'object') {
    return z.strictObject(Object.fromEntries(Object.entries(value).map(([key, child]) => [key, schemaOf(child)])));
  }
  return z.custom((candidate) => typeof candidate === typeof value, `must be a ${typeof value}`);
}

/** One thing wrong with one locale's dictionary, in words a translator can act on. */
export interface DictionaryProblem {
  /** The dictionary file, e.g. `src/i18n/ui/checker/de.ts`. */
  readonly file: string;
  readonly locale: string;
  /** The dotted key, e.g. `dateReasons.expiresToday`; empty when the whole file is at fault. */
  readonly key: string;
  readonly message: string;
  readonly fix: string;
}

/** Where the dictionary folders live, relative to the project root. */
export const dictionaryRoot = 'src/i18n/ui';

/**
 * Every problem of one folder's dictionaries (`checker`, `verdicts`...), each locale compared with
 * English through {@link schemaOf}. Empty when they agree.
 */
export function dictionaryProblems(
  folder: string,
  dictionaries: Readonly<Partial<Record<Locale, unknown>>>,
): DictionaryProblem[] {
  const englishFile = `${dictionaryRoot}/${folder}/${defaultLocale}.ts`;
  const schema = schemaOf(dictionaries[defaultLocale]);
  const problems: DictionaryProblem[] = [];
  for (const locale of localeCodes) {
    if (locale === defaultLocale) continue;
    const file = `${dictionaryRoot}/${folder}/${locale}.ts`;
    const dictionary = dictionaries[locale];
    if (dictionary === undefined) {
      problems.push({
        file,
        locale,
        key: '',
        message: `the "${locale}" dictionary is missing from ${dictionaryRoot}/${folder}/index.ts.`,
        fix: `create ${file} with every key of ${englishFile}, translated, and add it to ${dictionaryRoot}/${folder}/index.ts.`,
      });
      continue;
    }
    const result = schema.safeParse(dictionary);
    if (!result.success)
      problems.push(...result.error.issues.map((issue) => describe(issue, file, locale, englishFile)));
  }
  return problems;
}

/** One zod issue as a problem of `file`. */
function describe(issue: z.core.$ZodIssue, file: string, locale: string, englishFile: string): DictionaryProblem {
  const key = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') {
    const extra = issue.keys.map((name) => (key ? `${key}.${name}` : name));
    return {
      file,
      locale,
      key: extra[0]!,
      message: `the "${locale}" dictionary has ${extra.map((name) => `"${name}"`).join(', ')}, which ${englishFile} does not.`,
      fix: `remove it from ${file}, or add it to ${englishFile} (and every other locale) first.`,
    };
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    return {
      file,
      locale,
      key,
      message: `the "${locale}" dictionary lacks the string "${key}" that ${englishFile} has.`,
      fix: `add "${key}" to ${file}, translated from ${englishFile}.`,
    };
  }
  return {
    file,
    locale,
    key,
    message: `the "${locale}" string "${key || '(dictionary)'}" ${issue.message}.`,
    fix: `give it the shape it has in ${englishFile}, translated.`,
  };
}

/**
 * Returns `dictionaries` as they are if every locale has every string of English; otherwise throws
 * one error that lists each problem as `file: message Fix: fix`. Each dictionary folder's
 * `index.ts` passes its dictionaries through here, so the build stops at import.
 */
export function validatedDictionaries<Strings>(
  folder: string,
  dictionaries: Record<Locale, Strings>,
): Record<Locale, Strings> {
  const problems = dictionaryProblems(folder, dictionaries);
  if (problems.length === 0) return dictionaries;
  const lines = problems.map((problem) => `${problem.file}: ${problem.message} Fix: ${problem.fix}`);
  throw new Error(`UI strings of ${dictionaryRoot}/${folder}/ are incomplete:\n${lines.join('\n')}`);
}
