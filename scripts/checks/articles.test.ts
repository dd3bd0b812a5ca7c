import { rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createFixture, fixtureTimeout, repositoryRoot, type Fixture } from './fixture.ts';
import { checkArticles } from './articles.ts';
import { loadProject } from './project.ts';
import { formatProblem } from './problem.ts';

describe('every article in every locale, under the same slug', { timeout: fixtureTimeout }, () => {
  let fixture: Fixture;
  beforeEach(async () => {
    fixture = await createFixture();
  });
  afterEach(() => fixture.remove());

  test('the repository passes', async () => {
    expect(checkArticles(await loadProject(repositoryRoot))).toEqual([]);
  });

  test('a translation that does not exist names the English page and the missing file', async () => {
    await rm(join(fixture.root, 'src/content/docs/de/add-or-reduce-seats.mdx'));
    expect(await fixture.check()).toContain(
      'src/content/docs/add-or-reduce-seats.mdx:1: has no "de" translation: src/content/docs/de/add-or-reduce-seats.mdx does not exist. ' +
        'Fix: translate src/content/docs/add-or-reduce-seats.mdx into src/content/docs/de/add-or-reduce-seats.mdx (same file name as the English page).',
    );
  });

  test('a translation under a slug of its own has no English source', async () => {
    await rename(
      join(fixture.root, 'src/content/docs/it/add-or-reduce-seats.mdx'),
      join(fixture.root, 'src/content/docs/it/aggiungere-o-ridurre-postazioni.mdx'),
    );
    const lines = await fixture.check();
    expect(lines).toContain(
      'src/content/docs/it/aggiungere-o-ridurre-postazioni.mdx:1: has no English source: src/content/docs/aggiungere-o-ridurre-postazioni.mdx does not exist (slugs are the same in every locale). ' +
        "Fix: rename it after the English page's file name, or write the English page src/content/docs/aggiungere-o-ridurre-postazioni.mdx first.",
    );
    expect(
      lines.some((line) => line.startsWith('src/content/docs/add-or-reduce-seats.mdx:1: has no "it" translation')),
    ).toBe(true);
  });

  test('a slug override that differs from English is reported at its frontmatter line', async () => {
    await fixture.edit('src/content/docs/fr/add-or-reduce-seats.mdx', (text) =>
      text.replace('lastUpdated:', 'slug: ajouter-des-postes\nlastUpdated:'),
    );
    const [problem] = checkArticles(await loadProject(fixture.root));
    expect(formatProblem(problem!)).toBe(
      'src/content/docs/fr/add-or-reduce-seats.mdx:4: sets slug ajouter-des-postes where the English page sets (none). Fix: remove the `slug:` line.',
    );
  });
});
