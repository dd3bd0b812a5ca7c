import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createFixture, fixtureTimeout, repositoryRoot, type Fixture } from './fixture.ts';
import { loadProject } from './project.ts';
import { checkUiStrings, schemaOf } from './ui-strings.ts';

const italianVerdicts = 'src/i18n/ui/verdicts/it.ts';
const englishVerdicts = 'src/i18n/ui/verdicts/en.ts';

describe('every UI dictionary has every key of English in every locale', { timeout: fixtureTimeout }, () => {
  let fixture: Fixture;
  beforeEach(async () => {
    fixture = await createFixture();
  });
  afterEach(() => fixture.remove());

  test('the repository passes', async () => {
    expect(await checkUiStrings(await loadProject(repositoryRoot))).toEqual([]);
  });

  test('the schema built from English is strict and deep', () => {
    const schema = schemaOf({ a: 'x', b: { c: 'y' } });
    expect(schema.safeParse({ a: 'uno', b: { c: 'due' } }).success).toBe(true);
    expect(schema.safeParse({ a: 'uno', b: {} }).success).toBe(false);
    expect(schema.safeParse({ a: 'uno', b: { c: 'due' }, d: 'tre' }).success).toBe(false);
    expect(schema.safeParse({ a: '', b: { c: 'due' } }).success).toBe(false);
  });

  test('a missing key names the parent line and the English line', async () => {
    await fixture.edit(italianVerdicts, (text) => text.replace(/\n\s+'token-flex': 'Si dispone[^\n]*/, ''));
    const parentLine = await fixture.line(italianVerdicts, 'reasons: {');
    const englishLine = await fixture.line(englishVerdicts, "'token-flex': 'You have");
    expect(await fixture.check()).toEqual([
      `${italianVerdicts}:${parentLine}: lacks the string "reasons.token-flex" that ${englishVerdicts} has. ` +
        `Fix: add "reasons.token-flex" translated from ${englishVerdicts}:${englishLine}.`,
    ]);
  });

  test('an extra key is reported at its line', async () => {
    await fixture.edit(italianVerdicts, (text) =>
      text.replace('  ruleLink:', "  ruleHint: 'Suggerimento',\n  ruleLink:"),
    );
    const line = await fixture.line(italianVerdicts, 'ruleHint:');
    expect(await fixture.check()).toEqual([
      `${italianVerdicts}:${line}: has "ruleHint", which ${englishVerdicts} does not. ` +
        `Fix: remove it, or add it to ${englishVerdicts} (and every other locale) first.`,
    ]);
  });

  test('a dictionary folder added later (example/) is checked like verdicts/, and a missing locale file fails', async () => {
    const folder = join(fixture.root, 'src/i18n/ui/example');
    await mkdir(folder);
    await writeFile(join(folder, 'en.ts'), "export const en = { title: 'Check', fields: { today: 'Today' } };\n");
    await writeFile(join(folder, 'it.ts'), "export const it = { title: 'Verifica', fields: {} };\n");
    await writeFile(
      join(folder, 'fr.ts'),
      "export const fr = { title: 'Vérifier', fields: { today: 'Aujourd’hui' } };\n",
    );
    expect(await fixture.check()).toEqual([
      'src/i18n/ui/example/it.ts:1: lacks the string "fields.today" that src/i18n/ui/example/en.ts has. ' +
        'Fix: add "fields.today" translated from src/i18n/ui/example/en.ts:1.',
      'src/i18n/ui/example/en.ts:1: has no "de" counterpart: src/i18n/ui/example/de.ts does not exist. ' +
        'Fix: create src/i18n/ui/example/de.ts with every key of src/i18n/ui/example/en.ts, translated, and add it to src/i18n/ui/example/index.ts.',
    ]);
  });

  test('a deleted locale file of verdicts fails', async () => {
    await rm(join(fixture.root, 'src/i18n/ui/verdicts/fr.ts'));
    expect((await fixture.check())[0]).toMatch(/^src\/i18n\/ui\/verdicts\/en\.ts:1: has no "fr" counterpart/);
  });
});
