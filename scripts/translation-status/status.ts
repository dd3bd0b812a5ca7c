/**
 * Which translations are older than their English source (Lunaria-like), as a pure function of the
 * docs' git history, so it can be tested on a fake history and shared by `npm run status` and the
 * writers' status page.
 */
import { docsFileAt, docsFolder } from '../../src/i18n/docs-files.ts';

/** One file touched by one commit. */
export interface FileCommit {
  /** Path relative to the project root, e.g. `src/content/docs/it/add-or-reduce-seats.mdx`. */
  readonly file: string;
  /** ISO 8601 commit date. */
  readonly date: string;
  /** Full commit message. */
  readonly message: string;
}

/**
 * Put this in a commit message to keep the commit out of the status: a typo fix in English that
 * translations need not follow, or a formatting pass. (Commits that only change whitespace are
 * already left out by the git reader.)
 */
export const skipStatusMarker = '[skip-status]';

/** The state of one translation of one article. */
export type TranslationState =
  | { readonly kind: 'up-to-date'; readonly date: string }
  | { readonly kind: 'outdated'; readonly since: string; readonly englishDate: string }
  | { readonly kind: 'missing' }
  | { readonly kind: 'uncommitted' };

/** One article: its English file and the state of each translation. */
export interface ArticleStatus {
  readonly slug: string;
  readonly englishFile: string;
  /** Last counted change of the English page, if it was ever committed. */
  readonly englishDate: string | undefined;
  readonly translations: Readonly<Record<string, TranslationState>>;
}

/** What the status is computed from. */
export interface StatusInput {
  /** Docs files that exist now, relative to the project root. */
  readonly files: readonly string[];
  readonly history: readonly FileCommit[];
  readonly locales: readonly string[];
  readonly defaultLocale: string;
}

/**
 * Each English article with, per other locale: `missing` (no file), `uncommitted` (a file without
 * counted commits), `outdated` since the first English change after the translation's last change,
 * or `up-to-date`. Commits whose message contains {@link skipStatusMarker} do not count.
 */
export function translationStatus(input: StatusInput): ArticleStatus[] {
  const { files, locales, defaultLocale } = input;
  // Each file's counted commit dates and the files that exist, gathered once: the status must stay
  // linear in the number of articles, at thousands of them.
  const datesByFile = new Map<string, string[]>();
  for (const commit of input.history) {
    if (commit.message.includes(skipStatusMarker)) continue;
    const dates = datesByFile.get(commit.file);
    if (dates) dates.push(commit.date);
    else datesByFile.set(commit.file, [commit.date]);
  }
  for (const dates of datesByFile.values()) dates.sort(byTime);
  const datesOf = (file: string): readonly string[] => datesByFile.get(file) ?? [];
  const existing = new Set(files);
  const englishFiles = files
    .filter((file) => file.startsWith(`${docsFolder}/`) && /\.mdx?$/.test(file))
    .filter(
      (file) => docsFileAt(file.slice(docsFolder.length + 1), { locales, defaultLocale }).locale === defaultLocale,
    )
    .sort();

  return englishFiles.map((englishFile) => {
    const name = englishFile.slice(docsFolder.length + 1);
    const slug = name.replace(/\.mdx?$/, '');
    const englishDates = datesOf(englishFile);
    const translations: Record<string, TranslationState> = {};
    for (const locale of locales) {
      if (locale === defaultLocale) continue;
      const file = `${docsFolder}/${locale}/${name}`;
      if (!existing.has(file)) {
        translations[locale] = { kind: 'missing' };
        continue;
      }
      const translated = datesOf(file).at(-1);
      if (translated === undefined) {
        translations[locale] = { kind: 'uncommitted' };
        continue;
      }
      const newer = englishDates.filter((date) => byTime(date, translated) > 0);
      translations[locale] =
        newer.length > 0
          ? { kind: 'outdated', since: newer[0]!, englishDate: newer.at(-1)! }
          : { kind: 'up-to-date', date: translated };
    }
    return { slug, englishFile, englishDate: englishDates.at(-1), translations };
  });
}

/** Orders ISO dates by the instant they name (offsets may differ). */
function byTime(a: string, b: string): number {
  return Date.parse(a) - Date.parse(b);
}

/** The calendar date of an ISO date-time, as written (`2024-10-10`). */
export function calendarDay(isoDate: string): string {
  return isoDate.slice(0, 10);
}
