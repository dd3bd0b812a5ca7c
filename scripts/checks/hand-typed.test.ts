import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createFixture, fixtureTimeout, repositoryRoot, type Fixture } from './fixture.ts';
import { checkHandTyped } from './hand-typed.ts';
import { loadProject } from './project.ts';

const englishPartner = 'src/content/docs/update-authorized-partner-information.mdx';
const italianPartner = 'src/content/docs/it/update-authorized-partner-information.mdx';
const frenchSeats = 'src/content/docs/fr/add-or-reduce-seats.mdx';
const germanSeats = 'src/content/docs/de/add-or-reduce-seats.mdx';

/** The problems of the hand-typed check alone, formatted. */
async function handTyped(fixture: Fixture): Promise<string[]> {
  return (await fixture.check()).filter((line) => line.includes(' by hand: '));
}

describe('prose prints rule values and account labels through components', { timeout: fixtureTimeout }, () => {
  let fixture: Fixture;
  beforeEach(async () => {
    fixture = await createFixture();
  });
  afterEach(() => fixture.remove());

  test('the repository passes', async () => {
    expect(checkHandTyped(await loadProject(repositoryRoot))).toEqual([]);
  });

  test.each([
    ['90 giorni', 'the value of "expiration-window"', '90', '<RuleValue id="expiration-window" />'],
    ['novanta giorni (90)', 'the value of "expiration-window"', '90', '<RuleValue id="expiration-window" />'],
  ])('a typed value (%s) is reported with the component to use', async (typed, what, found, component) => {
    await fixture.edit(italianPartner, (text) => text.replace('<RuleValue id="expiration-window" />', typed));
    const line = await fixture.line(italianPartner, typed);
    expect(await handTyped(fixture)).toContain(
      `${italianPartner}:${line}: types ${what} by hand: "${found}". Fix: write ${component} instead, so the text follows src/rules/parameters.ts.`,
    );
  });

  test('the one-hour delay in words is reported', async () => {
    await fixture.edit(englishPartner, (text) => text.replace('<RuleValue id="partner-update-delay" />', 'an hour'));
    const line = await fixture.line(englishPartner, 'at least an hour');
    expect(await handTyped(fixture)).toEqual([
      `${englishPartner}:${line}: types the value of "partner-update-delay" by hand: "an hour". ` +
        'Fix: write <RuleValue id="partner-update-delay" /> instead, so the text follows src/rules/parameters.ts.',
    ]);
  });

  test('a typed label of several words is reported', async () => {
    await fixture.edit(frenchSeats, (text) =>
      text.replace('<UiTerm id="save-changes" />', 'Enregistrer les modifications'),
    );
    const line = await fixture.line(frenchSeats, 'Enregistrer les modifications');
    expect(await handTyped(fixture)).toEqual([
      `${frenchSeats}:${line}: types the account label "Enregistrer les modifications" by hand: "Enregistrer les modifications". ` +
        'Fix: write <UiTerm id="save-changes" /> instead, so the text follows src/rules/terms.ts.',
    ]);
  });

  test('a typed one-word label is reported when marked as a label (bold or quotes)', async () => {
    await fixture.edit(englishPartner, (text) =>
      text.replace('<UiTerm id="next" />', '**Next**').replace('<UiTerm id="done" />', '“Done”'),
    );
    expect(await handTyped(fixture)).toEqual([
      `${englishPartner}:${await fixture.line(englishPartner, '**Next**')}: types the account label "Next" by hand: "**Next**". ` +
        'Fix: write <UiTerm id="next" /> instead, so the text follows src/rules/terms.ts.',
      `${englishPartner}:${await fixture.line(englishPartner, '“Done”')}: types the account label "Done" by hand: "“Done”". ` +
        'Fix: write <UiTerm id="done" /> instead, so the text follows src/rules/terms.ts.',
    ]);
  });

  test('ordinary words and phrases that are also labels pass in plain prose and headings', async () => {
    await fixture.edit(frenchSeats, (text) =>
      text.replace('Utilisez nos ressources', 'Suivant nos conseils, utilisez nos ressources'),
    );
    await fixture.edit(germanSeats, (text) =>
      text.replace(
        'Nutzen Sie unsere Ressourcen',
        'Wer Arbeitsplätze entfernen möchte, findet Hilfe. Nutzen Sie unsere Ressourcen',
      ),
    );
    await fixture.edit(englishPartner, (text) => text.replace('## Need help?', '## Next: Save changes?'));
    expect(await handTyped(fixture)).toEqual([]);
  });
});
