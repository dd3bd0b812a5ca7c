import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { docsFolder } from '../../src/i18n/docs-files.ts';
import { readGitHistory } from './git.ts';
import { translationStatus } from './status.ts';

const docs = docsFolder;

describe('readGitHistory on a real repository', () => {
  let root: string;
  /** Writes files and commits them at `date`. */
  async function commitAt(date: string, message: string, files: Record<string, string>) {
    await Promise.all(Object.entries(files).map(([file, text]) => writeFile(join(root, docs, file), text)));
    const environment = { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=Writer', '-c', 'user.email=writer@example.com', ...args], {
        cwd: root,
        env: environment,
      });
    git('add', '-A');
    git('commit', '-q', '-m', message);
  }

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'translation-status-'));
    await mkdir(join(root, docs, 'it'), { recursive: true });
    execFileSync('git', ['init', '-q'], { cwd: root });
    await commitAt('2024-10-10T09:00:00Z', 'Write', { 'a.mdx': 'One two.\n', 'it/a.mdx': 'Uno due.\n' });
    await commitAt('2024-10-11T09:00:00Z', 'Reflow', { 'a.mdx': 'One  two.\n\n' });
    await commitAt('2024-10-12T09:00:00Z', 'Typo [skip-status]', { 'a.mdx': 'One, two.\n\n' });
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  test('whitespace-only changes are left out; marked commits are read but do not count', () => {
    const history = readGitHistory(root, docs);
    expect(history.map((entry) => [entry.file, entry.message])).toEqual([
      [`${docs}/a.mdx`, 'Typo [skip-status]'],
      [`${docs}/a.mdx`, 'Write'],
      [`${docs}/it/a.mdx`, 'Write'],
    ]);
    const [article] = translationStatus({
      files: [`${docs}/a.mdx`, `${docs}/it/a.mdx`],
      history,
      locales: ['en', 'it'],
      defaultLocale: 'en',
    });
    expect(article!.translations['it']!.kind).toBe('up-to-date');
  });

  test('a real English change makes the translation outdated', async () => {
    await commitAt('2024-10-13T09:00:00Z', 'Add a sentence', { 'a.mdx': 'One, two.\n\nThree.\n' });
    const [article] = translationStatus({
      files: [`${docs}/a.mdx`, `${docs}/it/a.mdx`],
      history: readGitHistory(root, docs),
      locales: ['en', 'it'],
      defaultLocale: 'en',
    });
    expect(article!.translations['it']).toEqual({
      kind: 'outdated',
      since: expect.stringMatching(/^2024-10-13T09:00:00(Z|\+00:00)$/),
      englishDate: expect.stringMatching(/^2024-10-13T09:00:00(Z|\+00:00)$/),
    });
  });

  test('outside a git repository the history is empty', async () => {
    const elsewhere = await mkdtemp(join(tmpdir(), 'no-git-'));
    expect(readGitHistory(elsewhere, docs)).toEqual([]);
    await rm(elsewhere, { recursive: true });
  });
});
