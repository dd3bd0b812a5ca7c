import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createFixture, fixtureTimeout, repositoryRoot, type Fixture } from './fixture.ts';
import { loadProject } from './project.ts';
import { checkStructure } from './structure.ts';

const englishSeats = 'src/content/docs/add-or-reduce-seats.mdx';
const italianSeats = 'src/content/docs/it/add-or-reduce-seats.mdx';
const englishPartner = 'src/content/docs/update-authorized-partner-information.mdx';
const frenchPartner = 'src/content/docs/fr/update-authorized-partner-information.mdx';
const germanPartner = 'src/content/docs/de/update-authorized-partner-information.mdx';

describe('a translation has the structure of its English page', { timeout: fixtureTimeout }, () => {
  let fixture: Fixture;
  beforeEach(async () => {
    fixture = await createFixture();
  });
  afterEach(() => fixture.remove());

  test('the repository passes', async () => {
    expect(checkStructure(await loadProject(repositoryRoot))).toEqual([]);
  });

  test('a missing step names the section, both counts and the last step', async () => {
    await fixture.edit(italianSeats, (text) => text.replace(/5\. Se necessario[\s\S]*?\n\n6\./, '5.'));
    const lastStep = await fixture.line(italianSeats, '5. Controllare le modifiche');
    const englishSteps = await fixture.line(englishSeats, '<Steps>');
    expect(await fixture.check()).toContain(
      `${italianSeats}:${lastStep}: has 5 steps in "Aggiungere postazioni" (English: "To add seats") where English has 6. ` +
        `Fix: add the missing step (compare with ${englishSeats}:${englishSteps}); each step is one item of the numbered list inside <Steps>.`,
    );
  });

  test('an extra step is reported too', async () => {
    await fixture.edit(italianSeats, (text) =>
      text.replace(
        '4. Modificare il numero di postazioni e fare clic su <UiTerm id="save-changes" />. <TryStep list="remove"',
        '4. Controllare il numero.\n\n5. Modificare il numero di postazioni e fare clic su <UiTerm id="save-changes" />. <TryStep list="remove"',
      ),
    );
    const lastStep = await fixture.line(italianSeats, '5. Modificare il numero');
    expect(await fixture.check()).toContain(
      `${italianSeats}:${lastStep}: has 5 steps in "Ridurre le postazioni" (English: "To reduce seats") where English has 4. ` +
        `Fix: remove the extra step, or add it to ${englishSeats} first.`,
    );
  });

  test('a missing note (<Aside>) is reported', async () => {
    await fixture.edit(frenchPartner, (text) =>
      text.replace('<Aside type="note" title="Remarque">', '').replace('</Aside>', ''),
    );
    const heading = await fixture.line(frenchPartner, '## Pour changer de partenaire');
    const englishAside = await fixture.line(englishPartner, '<Aside');
    expect(await fixture.check()).toEqual([
      `${frenchPartner}:${heading}: has 0 notes (<Aside>) in "Pour changer de partenaire" (English: "To change your partner") where English has 1. ` +
        `Fix: translate the missing <Aside> block (English: ${englishPartner}:${englishAside}).`,
    ]);
  });

  test('a missing inline note (**Note:**) is reported', async () => {
    await fixture.edit(italianSeats, (text) => text.replace('**Nota:** ', ''));
    const heading = await fixture.line(italianSeats, '## Aggiungere postazioni');
    const englishNote = await fixture.line(englishSeats, '**Note:**');
    expect(await fixture.check()).toEqual([
      `${italianSeats}:${heading}: has 0 bold-led paragraphs (like **Note:**) in "Aggiungere postazioni" (English: "To add seats") where English has 1. ` +
        `Fix: translate the missing bold-led paragraph (English: ${englishSeats}:${englishNote}).`,
    ]);
  });

  test('a missing condition (bullet item) is reported', async () => {
    await fixture.edit(germanPartner, (text) => text.replace(/- <Rule id="token-flex-blocks-partner-update">.*\n/, ''));
    const lastBullet = await fixture.line(germanPartner, '- <Rule id="expiration-window">');
    const englishBullet = await fixture.line(englishPartner, '- <Rule id="expiration-window">');
    expect(await fixture.check()).toContain(
      `${germanPartner}:${lastBullet}: has 2 bullet items (conditions) in "So ändern Sie Ihren Partner" (English: "To change your partner") where English has 3. ` +
        `Fix: translate the missing bullet item (English: ${englishPartner}:${englishBullet}).`,
    );
  });

  test('a label typed instead of <UiTerm> is missing from the page', async () => {
    await fixture.edit(italianSeats, (text) => text.replace('<UiTerm id="submit-order" />', 'Invia ordine'));
    const englishUse = await fixture.line(englishSeats, '<UiTerm id="submit-order" />');
    const step = await fixture.line(italianSeats, '6. Controllare le modifiche');
    expect(await fixture.check()).toContain(
      `${italianSeats}:${step}: lacks <UiTerm id="submit-order" />, which English uses at ${englishSeats}:${englishUse}. ` +
        'Fix: print the label with <UiTerm id="submit-order" /> where the English page does, instead of typing it.',
    );
  });

  test('a value typed instead of <RuleValue> is missing from the page', async () => {
    await fixture.edit(frenchPartner, (text) => text.replace('<RuleValue id="expiration-window" />', '90 jours'));
    const englishUse = await fixture.line(englishPartner, '<RuleValue id="expiration-window" />');
    const section = await fixture.line(frenchPartner, '## Pour changer de partenaire');
    expect(await fixture.check()).toContain(
      `${frenchPartner}:${section}: lacks <RuleValue id="expiration-window" />, which English uses at ${englishPartner}:${englishUse}. ` +
        'Fix: print the value with <RuleValue id="expiration-window" /> where the English page does, instead of typing it.',
    );
  });

  test('a home page missing a link card is reported', async () => {
    await fixture.edit('src/content/docs/de/index.mdx', (text) => text.replace(/<LinkCard[\s\S]*?\/>\n/, ''));
    // Reported at the last card the page has.
    const card = (await fixture.line('src/content/docs/de/index.mdx', 'href="/de/automatic-renewal/"')) - 3;
    const englishCard = (await fixture.line('src/content/docs/index.mdx', 'href="/automatic-renewal/"')) - 3;
    expect(await fixture.check()).toEqual([
      `src/content/docs/de/index.mdx:${card}: has 2 link cards (<LinkCard>) in "Kontoverwaltung für Administratoren" (English: "Account management for admins") where English has 3. ` +
        `Fix: translate the missing <LinkCard> (English: src/content/docs/index.mdx:${englishCard}).`,
    ]);
  });

  test('a missing heading is reported with the English headings', async () => {
    await fixture.edit(italianSeats, (text) => text.replace('## Siamo qui per aiutarti\n', ''));
    const lastHeading = await fixture.line(italianSeats, '## Provare nel simulatore');
    expect(await fixture.check()).toEqual([
      `${italianSeats}:${lastHeading}: has 4 headings where English has 5 ("Check your eligibility", "To add seats", "To reduce seats", ` +
        `"Try it in the simulator", "We’re here to help"). ` +
        `Fix: give the page one heading (## or ###) per English heading, in the same order, as in ${englishSeats}.`,
    ]);
  });
});
