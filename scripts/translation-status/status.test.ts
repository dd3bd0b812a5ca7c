import { describe, expect, test } from 'vitest';
import { docsFolder } from '../../src/i18n/docs-files.ts';
import { parseGitLog } from './git.ts';
import { translationStatus, type FileCommit } from './status.ts';

const docs = docsFolder;
const locales = ['en', 'it', 'fr', 'de'];
const allFiles = ['seats', 'partner'].flatMap((slug) =>
  ['', 'it/', 'fr/', 'de/'].map((folder) => `${docs}/${folder}${slug}.mdx`),
);

/** A commit touching `files` on `date` with `message`. */
function commit(date: string, message: string, ...files: string[]): FileCommit[] {
  return files.map((file) => ({ file: `${docs}/${file}`, date, message }));
}

function status(history: FileCommit[], files = allFiles) {
  return translationStatus({ files, history, locales, defaultLocale: 'en' });
}

describe('translationStatus', () => {
  const written = commit(
    '2024-10-10T09:00:00Z',
    'Write the articles',
    ...allFiles.map((file) => file.slice(docs.length + 1)),
  );

  test('translations written with their source are up to date', () => {
    const [partner, seats] = status(written);
    expect(partner!.slug).toBe('partner');
    expect(seats!.translations).toEqual({
      it: { kind: 'up-to-date', date: '2024-10-10T09:00:00Z' },
      fr: { kind: 'up-to-date', date: '2024-10-10T09:00:00Z' },
      de: { kind: 'up-to-date', date: '2024-10-10T09:00:00Z' },
    });
  });

  test('a later English change makes every translation not updated since outdated, since its first date', () => {
    const history = [
      ...written,
      ...commit('2024-11-01T10:00:00Z', 'Reword step 3', 'seats.mdx'),
      ...commit('2024-11-05T10:00:00Z', 'Traduci il passo 3', 'it/seats.mdx'),
      ...commit('2024-12-01T10:00:00Z', 'Add a note', 'seats.mdx'),
    ];
    const seats = status(history).find((article) => article.slug === 'seats')!;
    expect(seats.englishDate).toBe('2024-12-01T10:00:00Z');
    expect(seats.translations).toEqual({
      it: { kind: 'outdated', since: '2024-12-01T10:00:00Z', englishDate: '2024-12-01T10:00:00Z' },
      fr: { kind: 'outdated', since: '2024-11-01T10:00:00Z', englishDate: '2024-12-01T10:00:00Z' },
      de: { kind: 'outdated', since: '2024-11-01T10:00:00Z', englishDate: '2024-12-01T10:00:00Z' },
    });
  });

  test('commits marked [skip-status] do not count', () => {
    const history = [...written, ...commit('2024-11-01T10:00:00Z', 'Fix a typo\n\n[skip-status]', 'seats.mdx')];
    const seats = status(history).find((article) => article.slug === 'seats')!;
    expect(Object.values(seats.translations).map((state) => state.kind)).toEqual([
      'up-to-date',
      'up-to-date',
      'up-to-date',
    ]);
  });

  test('a missing file is missing; a file never committed is uncommitted', () => {
    const files = allFiles.filter((file) => file !== `${docs}/de/partner.mdx`);
    const history = written.filter((entry) => entry.file !== `${docs}/fr/partner.mdx`);
    const partner = status(history, files).find((article) => article.slug === 'partner')!;
    expect(partner.translations['de']).toEqual({ kind: 'missing' });
    expect(partner.translations['fr']).toEqual({ kind: 'uncommitted' });
  });

  test('dates with different offsets are compared as instants', () => {
    const history = [
      ...commit('2024-11-01T10:00:00+02:00', 'Source', 'seats.mdx'),
      ...commit('2024-11-01T09:30:00Z', 'Traduction', 'fr/seats.mdx'),
    ];
    const seats = status(history).find((article) => article.slug === 'seats')!;
    expect(seats.translations['fr']).toEqual({ kind: 'up-to-date', date: '2024-11-01T09:30:00Z' });
  });
});

describe('parseGitLog', () => {
  test('reads one entry per file per commit, with the full message', () => {
    const output =
      '\x1e2024-12-01T10:00:00+01:00\x1fAdd a note\n\nBody [skip-status]\n\x1f\n\n3\t1\tsrc/content/docs/seats.mdx\n1\t0\tsrc/content/docs/it/seats.mdx\n' +
      '\x1e2024-10-10T09:00:00Z\x1fWrite\n\x1f\n\n-\t-\tsrc/content/docs/image.png\n';
    expect(parseGitLog(output)).toEqual([
      {
        file: 'src/content/docs/seats.mdx',
        date: '2024-12-01T10:00:00+01:00',
        message: 'Add a note\n\nBody [skip-status]',
      },
      {
        file: 'src/content/docs/it/seats.mdx',
        date: '2024-12-01T10:00:00+01:00',
        message: 'Add a note\n\nBody [skip-status]',
      },
      { file: 'src/content/docs/image.png', date: '2024-10-10T09:00:00Z', message: 'Write' },
    ]);
  });
});
