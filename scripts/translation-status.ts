/**
 * `npm run status`: which translations are older than their English source. Prints one row per
 * article and one column per locale: `up to date`, `outdated since <date>` or `missing`.
 * Usage: `node scripts/translation-status.ts [root]`. Commits with `[skip-status]` in their message
 * and whitespace-only changes do not count.
 */
import { resolve } from 'node:path';
import { localeCodes, defaultLocale } from '../src/i18n/locales.ts';
import { calendarDay, projectTranslationStatus, type TranslationState } from './translation-status/index.ts';

const root = resolve(process.argv[2] ?? '.');
const status = await projectTranslationStatus(root);
const locales = localeCodes.filter((locale) => locale !== defaultLocale);

/** A state in a few words. */
function describe(state: TranslationState | undefined): string {
  switch (state?.kind) {
    case 'up-to-date':
      return 'up to date';
    case 'outdated':
      return `outdated since ${calendarDay(state.since)}`;
    case 'uncommitted':
      return 'not committed';
    default:
      return 'missing';
  }
}

const rows = [
  ['article', 'en (last change)', ...locales],
  ...status.map((article) => [
    article.slug,
    article.englishDate ? calendarDay(article.englishDate) : 'not committed',
    ...locales.map((locale) => describe(article.translations[locale])),
  ]),
];
const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
const print = (row: string[]) =>
  console.log(
    row
      .map((cell, column) => cell.padEnd(widths[column]!))
      .join('  ')
      .trimEnd(),
  );
print(rows[0]!);
print(widths.map((width) => '-'.repeat(width)));
rows.slice(1).forEach(print);
const outdated = status.flatMap((article) =>
  Object.values(article.translations).filter((state) => state.kind !== 'up-to-date'),
).length;
console.log(`\n${outdated} translation${outdated === 1 ? '' : 's'} to update.`);
