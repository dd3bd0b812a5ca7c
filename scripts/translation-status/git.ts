import { execFileSync } from 'node:child_process';
import type { FileCommit } from './status.ts';

/**
 * The history of the files under `directory` (relative to `root`), one entry per file per commit,
 * read with `git log -w --ignore-blank-lines --numstat`: a file whose change in a commit is only
 * whitespace or blank lines has no numstat line there, so such commits do not count. Paths are
 * relative to `root`. Without git or history (a tarball, a shallow clone's missing commits) the
 * history is empty and every existing translation shows as uncommitted.
 */
export function readGitHistory(root: string, directory: string): FileCommit[] {
  let output: string;
  try {
    output = execFileSync(
      'git',
      [
        'log',
        '-w',
        '--ignore-blank-lines',
        '--no-renames',
        '--relative',
        '--format=%x1e%cI%x1f%B%x1f',
        '--numstat',
        '--',
        directory,
      ],
      { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] },
    );
  } catch {
    return [];
  }
  return parseGitLog(output);
}

/** Parses the output of the `git log` above. */
export function parseGitLog(output: string): FileCommit[] {
  const commits: FileCommit[] = [];
  for (const record of output.split('\x1e').slice(1)) {
    const [date = '', message = '', numstat = ''] = record.split('\x1f');
    for (const line of numstat.split('\n')) {
      const file = /^(?:\d+|-)\t(?:\d+|-)\t(.+)$/.exec(line)?.[1];
      if (file) commits.push({ file, date: date.trim(), message: message.trim() });
    }
  }
  return commits;
}
