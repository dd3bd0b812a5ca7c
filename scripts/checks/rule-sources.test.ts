import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createFixture, fixtureTimeout, repositoryRoot, type Fixture } from './fixture.ts';
import { loadProject } from './project.ts';
import { checkRuleSources } from './rule-sources.ts';

const sourcesFile = 'src/rules/sources.ts';
const frenchSeats = 'src/content/docs/fr/add-or-reduce-seats.mdx';
const germanPartner = 'src/content/docs/de/update-authorized-partner-information.mdx';
const englishPartner = 'src/content/docs/update-authorized-partner-information.mdx';

describe('every rule keeps its source sentence in every locale', { timeout: fixtureTimeout }, () => {
  let fixture: Fixture;
  beforeEach(async () => {
    fixture = await createFixture();
  });
  afterEach(() => fixture.remove());

  test('the repository passes', async () => {
    expect(await checkRuleSources(await loadProject(repositoryRoot))).toEqual([]);
  });

  test('a <Rule> whose text drifted from its quote names both texts and the quote line', async () => {
    await fixture.edit(frenchSeats, (text) => text.replace('à tout moment', 'une fois par an'));
    const line = await fixture.line(frenchSeats, '<Rule id="seat-reduction-at-renewal">');
    const quoteLine = await fixture.line(sourcesFile, "'seat-reduction-at-renewal':");
    expect(await fixture.check()).toEqual([
      `${frenchSeats}:${line}: <Rule id="seat-reduction-at-renewal"> reads "Vous pouvez réduire le nombre de postes une fois par an. ` +
        'Le nouveau nombre de postes et la baisse de prix prennent effet au renouvellement de votre abonnement." ' +
        `but its source in ${sourcesFile} is "Vous pouvez réduire le nombre de postes à tout moment. ` +
        'Le nouveau nombre de postes et la baisse de prix prennent effet au renouvellement de votre abonnement.". ' +
        `Fix: if the rule is unchanged, restore the sentence; if the rewording is intended, update fr of "seat-reduction-at-renewal" in ${sourcesFile}:${quoteLine} (and the other locales if the rule changed).`,
    ]);
  });

  test('a rule without a quote in one locale is reported in sources.ts with the text to add', async () => {
    await fixture.edit(sourcesFile, (text) => text.replace(/\n\s+de: 'Sofern Sie mehrere Partner[^\n]*/, ''));
    const quoteLine = await fixture.line(sourcesFile, "'partner-update-replaces-all':");
    const ruleLine = await fixture.line(germanPartner, '<Rule id="partner-update-replaces-all">');
    expect(await fixture.check()).toEqual([
      `${sourcesFile}:${quoteLine}: has no "de" source for rule "partner-update-replaces-all". ` +
        `Fix: add de: "Sofern Sie mehrere Partner haben, werden sämtliche Partnerinformationen durch diese Aktualisierung ersetzt." (the <Rule> text of ${germanPartner}:${ruleLine}).`,
    ]);
  });

  test('an article that lost the <Rule id> of one of its rules is reported', async () => {
    await fixture.edit(englishPartner, (text) =>
      text.replace('<Rule id="change-only-one-partner">', '').replace('contact support.</Rule>', 'contact support.'),
    );
    expect(await fixture.check()).toEqual([
      `${englishPartner}:1: lacks <Rule id="change-only-one-partner">: the sentence that states this rule of src/rules/rules.ts is not marked. ` +
        'Fix: wrap the sentence that reads "If you have multiple partners and only want to update one, contact support." in <Rule id="change-only-one-partner">…</Rule>.',
    ]);
  });

  test('a <Rule id> that names no rule is reported', async () => {
    await fixture.edit(germanPartner, (text) =>
      text.replace('<Rule id="expiration-window">', '<Rule id="expiry-window">'),
    );
    const line = await fixture.line(germanPartner, '<Rule id="expiry-window">');
    expect(await fixture.check()).toContain(
      `${germanPartner}:${line}: <Rule id="expiry-window"> names no rule of src/rules/rules.ts. ` +
        'Fix: use one of the ids in src/rules/rules.ts, or add the rule there first.',
    );
  });

  test('an article of the rules module without its English page is reported in rules.ts', async () => {
    await rm(join(fixture.root, 'src/content/docs/add-or-reduce-seats.mdx'));
    const line = await fixture.line('src/rules/rules.ts', "'add-or-reduce-seats'");
    expect(await fixture.check()).toContain(
      `src/rules/rules.ts:${line}: names the article "add-or-reduce-seats", but src/content/docs/add-or-reduce-seats.mdx does not exist. ` +
        'Fix: write the English article src/content/docs/add-or-reduce-seats.mdx, or correct the slug in src/rules/rules.ts.',
    );
  });

  test('without sources.ts no rule has a source', async () => {
    await rm(join(fixture.root, sourcesFile));
    expect((await fixture.check())[0]).toMatch(/^src\/rules\/sources\.ts:1: does not exist, so no rule has a source\./);
  });
});
