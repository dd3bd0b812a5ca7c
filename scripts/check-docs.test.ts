import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createFixture, fixtureTimeout, repositoryRoot, type Fixture } from './checks/fixture.ts';

const run = promisify(execFile);
const script = join(repositoryRoot, 'scripts/check-docs.ts');

describe('node scripts/check-docs.ts [root]', { timeout: fixtureTimeout }, () => {
  let fixture: Fixture;
  beforeEach(async () => {
    fixture = await createFixture();
  });
  afterEach(() => fixture.remove());

  test('exits 0 on the repository', async () => {
    const { stdout } = await run(process.execPath, [script], { cwd: repositoryRoot });
    // Preceded by a note where no seed articles are beside the repository (a clean clone in CI).
    expect(stdout).toMatch(
      /^(check:docs: no seed articles at .*\n)?check:docs: docs, rules and UI strings agree \(\d+ ms\)\.\n$/,
    );
  });

  test('says so when there are no seed articles to compare the parameter references with', async () => {
    const { stdout } = await run(process.execPath, [script], {
      cwd: repositoryRoot,
      env: { ...process.env, SEEDS_DIRECTORY: join(fixture.root, 'no-seeds') },
    });
    expect(stdout.split('\n')[0]).toBe(
      `check:docs: no seed articles at ${join(fixture.root, 'no-seeds')} (set SEEDS_DIRECTORY): parameter references were not compared with them.`,
    );
  });

  test('exits 1 and prints file:line: message Fix: on a drifted copy', async () => {
    await fixture.edit('src/content/docs/it/add-or-reduce-seats.mdx', (text) =>
      text.replace('<UiTerm id="save" />', '**Salva**'),
    );
    const failure = await run(process.execPath, [script, fixture.root]).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    const line = await fixture.line('src/content/docs/it/add-or-reduce-seats.mdx', '**Salva**');
    expect(failure?.stderr).toContain(
      `src/content/docs/it/add-or-reduce-seats.mdx:${line}: types the account label "Salva" by hand: "**Salva**". Fix: write <UiTerm id="save" /> instead`,
    );
    expect(failure?.stderr).toMatch(/check:docs: 2 problems \(\d+ ms\)\.\n$/);
  });
});
