import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { localeCodes, defaultLocale } from '../../src/i18n/locales.ts';
import { readGitHistory } from './git.ts';
import { translationStatus, type ArticleStatus } from './status.ts';

export { translationStatus, skipStatusMarker, calendarDay } from './status.ts';
export type { ArticleStatus, TranslationState, FileCommit } from './status.ts';

/** Where the docs live, relative to the project root. */
export const docsDirectory = 'src/content/docs';

/** The translation status of the project under `root`, from its files and git history. */
export async function projectTranslationStatus(root: string): Promise<ArticleStatus[]> {
  const entries = await readdir(join(root, docsDirectory), { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'));
  return translationStatus({
    files,
    history: readGitHistory(root, docsDirectory),
    locales: localeCodes,
    defaultLocale,
    docsDirectory,
  });
}
