import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { docsFileAt, docsFilePath, docsFolder } from '../../src/i18n/docs-files.ts';
import { parseMdx, type ParsedMdx } from './mdx.ts';

/**
 * Everything the checks read, loaded from one root directory (the repository, or a copy of it in a
 * test). The rules module's data is imported from that root too, so a test can change a copy of
 * `sources.ts` or `terms.ts` without touching the real one.
 */
export interface Project {
  readonly root: string;
  /** Locale codes, English first, from `src/i18n/locales.ts`. */
  readonly locales: readonly string[];
  readonly defaultLocale: string;
  /** Per locale, per slug (path under the locale folder without `.mdx`), the parsed page. */
  readonly pages: ReadonlyMap<string, ReadonlyMap<string, Page>>;
  readonly rules: Readonly<Record<string, { readonly article: string; readonly parameter?: string }>>;
  readonly articleSlugs: readonly string[];
  readonly parameters: Readonly<Record<string, { readonly value: number; readonly unit: string }>>;
  readonly terms: Readonly<Record<string, Readonly<Record<string, string>>>>;
  readonly termPaths: Readonly<Record<string, readonly string[]>>;
  /** Rule id -> locale -> quote; `undefined` when `src/rules/sources.ts` does not exist. */
  readonly sources: Readonly<Record<string, Readonly<Record<string, string>>>> | undefined;
  /** The file an article is written in, in a locale (`src/content/docs/it/x.mdx`), as problems name it. */
  readonly docsFile: (locale: string, slug: string) => string;
  /** Formats a parameter as prose prints it (`src/i18n/format.ts`). */
  readonly formatParameter: (id: string, locale: string, format?: 'unit' | 'number') => string;
  /**
   * The directory of the seed articles the site is written from (`shared/seeds`, with its
   * `README.md`), outside the repository; `undefined` when there is none, and the checks that
   * compare with them are skipped.
   */
  readonly seedsDirectory: string | undefined;
}

/** What a run may be told beyond the root. */
export interface ProjectOptions {
  /** The seed articles' directory; by default `../shared/seeds` beside the root, if it exists. */
  readonly seedsDirectory?: string | undefined;
}

/**
 * Where the seed articles are: `requested` if given, else `../shared/seeds` beside `root` (where the
 * house keeps them for every worktree). `undefined` when that directory has no `README.md`.
 */
export function findSeedsDirectory(root: string, requested?: string): string | undefined {
  const directory = resolve(root, requested ?? '../shared/seeds');
  return existsSync(join(directory, 'README.md')) ? directory : undefined;
}

/** One MDX page of the docs collection. */
export interface Page {
  /** Path relative to the root, e.g. `src/content/docs/it/add-or-reduce-seats.mdx`. */
  readonly file: string;
  readonly locale: string;
  readonly slug: string;
  readonly parsed: ParsedMdx;
}

/** Reads the docs and imports the rules data under `root`. */
export async function loadProject(root: string, options: ProjectOptions = {}): Promise<Project> {
  const importFrom = (path: string) => import(pathToFileURL(join(root, path)).href);
  const localesModule = await importFrom('src/i18n/locales.ts');
  const rulesModule = await importFrom('src/rules/rules.ts');
  const parametersModule = await importFrom('src/rules/parameters.ts');
  const termsModule = await importFrom('src/rules/terms.ts');
  const formatModule = await importFrom('src/i18n/format.ts');
  const sources: Project['sources'] = existsSync(join(root, 'src/rules/sources.ts'))
    ? (await importFrom('src/rules/sources.ts')).sources
    : undefined;

  const locales: string[] = [...localesModule.localeCodes];
  const defaultLocale: string = localesModule.defaultLocale;
  const pages = new Map<string, Map<string, Page>>();
  for (const locale of locales) pages.set(locale, new Map());
  const docsRoot = join(root, docsFolder);
  for (const absolute of await listMdx(docsRoot)) {
    const path = relative(docsRoot, absolute).split(sep).join('/');
    const { locale, slug } = docsFileAt(path, { locales, defaultLocale });
    const parsed = parseMdx(await readFile(absolute, 'utf8'));
    pages.get(locale)!.set(slug, { file: `${docsFolder}/${path}`, locale, slug, parsed });
  }

  return {
    root,
    locales,
    defaultLocale,
    pages,
    rules: rulesModule.rules,
    articleSlugs: rulesModule.articleSlugs,
    parameters: parametersModule.parameters,
    terms: termsModule.terms,
    termPaths: termsModule.termPaths,
    sources,
    docsFile: (locale, slug) => docsFilePath(locale, slug, defaultLocale),
    formatParameter: (id, locale, format) =>
      formatModule.formatParameter(parametersModule.parameters[id], locale, format),
    seedsDirectory: findSeedsDirectory(root, options.seedsDirectory),
  };
}

/** Every `.md`/`.mdx` file under `directory`, sorted. */
async function listMdx(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** The English page of `slug`, if any. */
export function englishPage(project: Project, slug: string): Page | undefined {
  return project.pages.get(project.defaultLocale)?.get(slug);
}

/** The 1-based line of the first line of `file` (under root) that contains `needle`, or 1. */
export async function lineOf(root: string, file: string, needle: string | RegExp): Promise<number> {
  try {
    const lines = (await readFile(join(root, file), 'utf8')).split('\n');
    const index = lines.findIndex((line) => (typeof needle === 'string' ? line.includes(needle) : needle.test(line)));
    return index >= 0 ? index + 1 : 1;
  } catch {
    return 1;
  }
}
