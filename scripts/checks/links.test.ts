import { execFile } from 'node:child_process';
import { cpSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { repositoryRoot } from './fixture.ts';

const run = promisify(execFile);

/**
 * Links are checked by starlight-links-validator during `astro build` (see astro.config.mjs). This
 * test builds a copy of the site with bad links and expects the build to fail naming each one. A
 * build takes a while, so `npm run test:unit` runs this file once (under UTC), not in every time zone.
 */
describe('links (astro build with starlight-links-validator)', () => {
  test('a link into another locale, to a missing page or to a missing anchor fails the build', async () => {
    // Inside the repository, so packages resolve through its node_modules as in a real build (a
    // symlinked node_modules in a temporary directory confuses Astro's compiler cache).
    const root = await mkdtemp(join(repositoryRoot, '.check-links-'));
    try {
      for (const entry of ['src', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
        cpSync(join(repositoryRoot, entry), join(root, entry), { recursive: true });
      }
      // The validator checks the docs' Markdown: the pages generated beside them (the no-JavaScript
      // checker's 728, the writers' 8) only made this build take twice as long.
      await rm(join(root, 'src/pages/[...locale]'), { recursive: true });
      const page = join(root, 'src/content/docs/it/add-or-reduce-seats.mdx');
      await writeFile(
        page,
        `${await readFile(page, 'utf8')}\nVedi [English](/add-or-reduce-seats/), [mancante](/it/nope/) e [ancora](#nope).\n`,
      );
      const failure = await run(join(repositoryRoot, 'node_modules/.bin/astro'), ['build'], { cwd: root }).then(
        () => undefined,
        (error: { code: number; stdout: string; stderr: string }) => error,
      );
      expect(failure?.code).toBe(1);
      const output = `${failure?.stdout}${failure?.stderr}`;
      expect(output).toContain('inconsistent locale');
      expect(output).toContain('/it/nope/');
      expect(output).toContain('invalid hash');
      expect(output).toContain('Found 3 invalid links in 1 file.');
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  }, 180_000);
});
