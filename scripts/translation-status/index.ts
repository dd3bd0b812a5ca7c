import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { docsFolder } from '../../src/i18n/docs-files.ts';
import { localeCodes, defaultLocale } from '../../src/i18n/locales.ts';
import { readGitHistory } from './git.ts';
import { translationStatus, type ArticleStatus } from './status.ts';

export { translationStatus, skipStatusMarker, calendarDay } from './status.ts';
export type { ArticleStatus, TranslationState, FileCommit } from './status.ts';

/** The translation status of the project under `root`, from its files and git history. */
export async function projectTranslationStatus(root: string): Promise<ArticleStatus[]> {
  const entries = await readdir(join(root, docsFolder), { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'));
  return translationStatus({
    files,
    history: readGitHistory(root, docsFolder),
    locales: localeCodes,
    defaultLocale,
  });
}
