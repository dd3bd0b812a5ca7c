import { cpSync } from 'node:fs';
import { mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem } from './problem.ts';
import { runChecks, type ProjectOptions } from './index.ts';

/** The repository the tests copy. */
export const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Time allowed for one test on a fixture: it copies `src/`, imports the copy's rules modules and
 * parses every page, which on a shared 2-core machine takes seconds, beyond vitest's 5 s default.
 */
export const fixtureTimeout = 30_000;

/**
 * A throwaway copy of the repository's `src/` (docs, rules, UI strings) for a test to break.
 * `node_modules` is linked so copied modules still resolve their packages.
 */
export interface Fixture {
  readonly root: string;
  /** Rewrites a file of the copy; throws if the edit changed nothing (a stale test). */
  edit(file: string, change: (text: string) => string): Promise<string>;
  /**
   * Runs every check on the copy and returns the formatted lines. The copy has no seed articles
   * beside it unless `options.seedsDirectory` names some.
   */
  check(options?: ProjectOptions): Promise<string[]>;
  /** The 1-based line of the first line of `file` in the copy containing `needle`. */
  line(file: string, needle: string): Promise<number>;
  remove(): Promise<void>;
}

/** Copies `src/` into a new temporary directory. */
export async function createFixture(): Promise<Fixture> {
  const root = await mkdtemp(join(tmpdir(), 'check-docs-'));
  // The synchronous copy is Node's native one: a tenth of the time of `fs.promises.cp`, which walks
  // the tree in JavaScript, and the tests make dozens of copies.
  cpSync(join(repositoryRoot, 'src'), join(root, 'src'), { recursive: true });
  await symlink(join(repositoryRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
  return {
    root,
    async edit(file, change) {
      const before = await readFile(join(root, file), 'utf8');
      const after = change(before);
      if (after === before) throw new Error(`the edit of ${file} changed nothing`);
      await writeFile(join(root, file), after);
      return after;
    },
    async check(options) {
      return (await runChecks(root, options)).map(formatProblem);
    },
    async line(file, needle) {
      const lines = (await readFile(join(root, file), 'utf8')).split('\n');
      const index = lines.findIndex((text) => text.includes(needle));
      if (index < 0) throw new Error(`${needle} is not in ${file}`);
      return index + 1;
    },
    remove: () => rm(root, { recursive: true, force: true }),
  };
}
