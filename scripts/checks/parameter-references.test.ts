import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createFixture, fixtureTimeout, repositoryRoot, type Fixture } from './fixture.ts';
import { checkParameterReferences } from './parameter-references.ts';
import { formatProblem } from './problem.ts';
import { loadProject, type ProjectOptions } from './project.ts';

const referencesFile = 'src/rules/parameter-references.ts';
const parametersFile = 'src/rules/parameters.ts';
const rulesFile = 'src/rules/rules.ts';
const sourcesFile = 'src/rules/sources.ts';

/** The problems of this check alone on the fixture, formatted. */
async function parameterProblems(fixture: Fixture, options?: ProjectOptions): Promise<string[]> {
  return (await checkParameterReferences(await loadProject(fixture.root, options))).map(formatProblem);
}

/** The line of `locale`'s sentence of `ruleId` in the fixture's sources.ts. */
async function sentenceLine(fixture: Fixture, ruleId: string, locale: string): Promise<number> {
  const ruleLine = await fixture.line(sourcesFile, `'${ruleId}':`);
  const lines = (await readFile(join(fixture.root, sourcesFile), 'utf8')).split('\n');
  return lines.findIndex((line, index) => index >= ruleLine && line.trimStart().startsWith(`${locale}:`)) + 1;
}

describe(
  'each parameter is documented, and its reference is the sentence of the rule that states it',
  { timeout: fixtureTimeout },
  () => {
    let fixture: Fixture;
    beforeEach(async () => {
      fixture = await createFixture();
    });
    afterEach(() => fixture.remove());

    test('the repository passes (against the seed articles, where they are beside it)', async () => {
      expect(await checkParameterReferences(await loadProject(repositoryRoot))).toEqual([]);
    });

    test('a parameter without documentation is reported at the parameter, with the rules that state it', async () => {
      await fixture.edit(referencesFile, (text) => text.replace(/\n  'minimum-seats': \{[\s\S]*?\n  \},/, ''));
      const line = await fixture.line(parametersFile, "'minimum-seats':");
      expect(await parameterProblems(fixture)).toEqual([
        `${parametersFile}:${line}: the parameter "minimum-seats" has no reference: ${referencesFile} does not document it. ` +
          `Fix: add 'minimum-seats': { description: '…', reference: { rule: '…' } } to ${referencesFile}, naming the rule whose sentence states the value (bound to "minimum-seats" in ${rulesFile}: minimum-seats).`,
      ]);
    });

    test('an entry that documents no parameter is reported', async () => {
      await fixture.edit(referencesFile, (text) => text.replace("  'expiration-window': {", "  'expiry-window': {"));
      const problems = await parameterProblems(fixture);
      expect(problems).toContain(
        `${referencesFile}:${await fixture.line(referencesFile, "'expiry-window':")}: documents "expiry-window", which is not a parameter of ${parametersFile}. ` +
          `Fix: remove the entry, or add the parameter to ${parametersFile}.`,
      );
      expect(problems).toContain(
        `${parametersFile}:${await fixture.line(parametersFile, "'expiration-window':")}: the parameter "expiration-window" has no reference: ${referencesFile} does not document it. ` +
          `Fix: add 'expiration-window': { description: '…', reference: { rule: '…' } } to ${referencesFile}, naming the rule whose sentence states the value (bound to "expiration-window" in ${rulesFile}: expiration-window).`,
      );
    });

    test('a reference that types its quote by hand, in the shape before rules were named, is reported', async () => {
      await fixture.edit(referencesFile, (text) =>
        text.replace(
          "reference: { rule: 'expiration-window' },",
          "reference: { article: 'update-authorized-partner-information', quote: 'Your contract has expired or is within 90 days of expiration' },",
        ),
      );
      const line = await fixture.line(referencesFile, "'expiration-window':");
      expect(await parameterProblems(fixture)).toEqual([
        `${referencesFile}:${line}: the reference of "expiration-window" types its quote by hand: "Your contract has expired or is within 90 days of expiration". ` +
          'Fix: remove quote: the quoted sentence is the English source of the rule the reference names.',
        `${referencesFile}:${line}: the reference of "expiration-window" names no rule. ` +
          `Fix: set reference: { rule: '…' }, naming the rule whose sentence states the value (bound to "expiration-window" in ${rulesFile}: expiration-window).`,
      ]);
    });

    test('a reference naming a rule that does not exist is reported with the rules to choose from', async () => {
      await fixture.edit(referencesFile, (text) =>
        text.replace("reference: { rule: 'partner-update-delay' }", "reference: { rule: 'partner-delay' }"),
      );
      const line = await fixture.line(referencesFile, "'partner-update-delay':");
      expect(await parameterProblems(fixture)).toEqual([
        `${referencesFile}:${line}: the reference of "partner-update-delay" names the rule "partner-delay", which is not a rule of ${rulesFile}. ` +
          `Fix: name the rule whose sentence states the value (bound to "partner-update-delay" in ${rulesFile}: partner-update-delay).`,
      ]);
    });

    test('a reference naming a rule bound to another parameter is reported', async () => {
      await fixture.edit(referencesFile, (text) =>
        text.replace("reference: { rule: 'partner-update-delay' }", "reference: { rule: 'expiration-window' }"),
      );
      const line = await fixture.line(referencesFile, "'partner-update-delay':");
      expect(await parameterProblems(fixture)).toEqual([
        `${referencesFile}:${line}: the reference of "partner-update-delay" names the rule "expiration-window", which is bound to the parameter "expiration-window". ` +
          `Fix: name the rule whose sentence states the value (bound to "partner-update-delay" in ${rulesFile}: partner-update-delay), or set parameter: 'partner-update-delay' on "expiration-window" in ${rulesFile} if its sentence states this value.`,
      ]);
    });

    test('a sentence of the bound rule that lost its placeholder in one locale is reported at that sentence', async () => {
      await fixture.edit(sourcesFile, (text) =>
        text.replace('innerhalb der nächsten {expiration-window} ab', 'bald ab'),
      );
      const line = await sentenceLine(fixture, 'expiration-window', 'de');
      expect(await parameterProblems(fixture)).toEqual([
        `${sourcesFile}:${line}: the de sentence of "expiration-window" does not print the value of "expiration-window", to which ${rulesFile} binds the rule: it lacks {expiration-window}. ` +
          'Fix: write {expiration-window} where the sentence states the value, and <RuleValue id="expiration-window" /> in the <Rule id="expiration-window"> of src/content/docs/de/update-authorized-partner-information.mdx.',
      ]);
    });

    test.each([
      ['en', 'expiration-window', '{expiration-window}', '90 days', 'update-authorized-partner-information'],
      ['fr', 'partner-update-delay', '{partner-update-delay}', 'une heure', 'update-authorized-partner-information'],
      // Typed with the keyboard's apostrophe, where the formatter prints "un’ora".
      ['it', 'partner-update-delay', '{partner-update-delay}', "un'ora", 'update-authorized-partner-information'],
      ['de', 'partner-update-delay', '{partner-update-delay}', 'eine Stunde', 'update-authorized-partner-information'],
      ['de', 'minimum-seats', '{minimum-seats}', 'ein Lizenzplatz', 'add-or-reduce-seats'],
    ])(
      'the %s sentence of "%s" with the value typed by hand is reported',
      async (locale, id, placeholder, typed, article) => {
        const line = await sentenceLine(fixture, id, locale);
        await fixture.edit(sourcesFile, (text) => {
          const lines = text.split('\n');
          // Inside the quoted string of sources.ts, a keyboard apostrophe is escaped.
          lines[line - 1] = lines[line - 1]!.replace(placeholder, `${typed.replaceAll("'", "\\'")} ${placeholder}`);
          return lines.join('\n');
        });
        const mdx = `src/content/docs/${locale === 'en' ? '' : `${locale}/`}${article}.mdx`;
        expect(await parameterProblems(fixture)).toEqual([
          `${sourcesFile}:${line}: the ${locale} sentence of "${id}" types the value of "${id}" by hand: "${typed}". ` +
            `Fix: write {${id}} instead, and <RuleValue id="${id}" /> in the <Rule id="${id}"> of ${mdx}, so the sentence follows ${parametersFile}.`,
        ]);
      },
    );

    test('a rule bound to a parameter it neither is the reference of nor states is reported in every locale', async () => {
      await fixture.edit(rulesFile, (text) =>
        text.replace(
          "reasons: ['auto-renew', 'token-flex', 'expired', 'expires-soon'],",
          "reasons: ['auto-renew', 'token-flex', 'expired', 'expires-soon'],\n    parameter: 'expiration-window',",
        ),
      );
      const problems = await parameterProblems(fixture);
      expect(problems).toHaveLength(4);
      expect(problems[0]).toBe(
        `${sourcesFile}:${await sentenceLine(fixture, 'partner-update-unavailable', 'en')}: the en sentence of "partner-update-unavailable" does not print the value of "expiration-window", to which ${rulesFile} binds the rule: it lacks {expiration-window}. ` +
          'Fix: write {expiration-window} where the sentence states the value, and <RuleValue id="expiration-window" /> in the <Rule id="partner-update-unavailable"> of src/content/docs/update-authorized-partner-information.mdx; ' +
          `if the rule does not state the value, remove parameter: 'expiration-window' from it in ${rulesFile}.`,
      );
    });
  },
);

describe('a reference agrees with the seed articles, where they are at hand', { timeout: fixtureTimeout }, () => {
  let fixture: Fixture;
  let seeds: ProjectOptions;
  beforeEach(async () => {
    fixture = await createFixture();
    // A small copy of shared/seeds: the README's table, the English partner article's two
    // sentences that state values, and the facts of Autodesk's current pages.
    const directory = join(fixture.root, 'seeds');
    await mkdir(directory);
    await writeFile(
      join(directory, 'README.md'),
      [
        '| file | language | article |',
        '| --- | --- | --- |',
        '| `en.txt` | en | Update authorized partner information (dated 2024-10-10) |',
        '| `fr.txt` | fr | Ajouter ou réduire des postes |',
        '',
      ].join('\n'),
    );
    await writeFile(
      join(directory, 'en.txt'),
      '  8. Click Done to close the confirmation window. It can take at least an hour for updates to appear in your Account Contract details.\n\n' +
        'Note: The option to update partner information isn’t available if:\n\n  • Your contract has expired or is within 90 days of expiration\n',
    );
    await writeFile(join(directory, 'fr.txt'), 'Ajouter ou réduire des postes\n');
    await writeFile(
      join(directory, 'autodesk-current-help.md'),
      [
        '# Facts',
        '',
        '## A. "Add or reduce seats", English (autodesk.com, support/account/admin/manage/add-reduce-seats, dated 2022-11-17)',
        '- One version of the page adds: the **Reduce Seats** button is not active when the subscription has only',
        '  one seat. This is the source of a one-seat minimum.',
        '',
        '## D. "Automatic renewal", English (autodesk.com, support/account/manage/renew/auto-renewal, dated 2025-12-29)',
        '- **The rule:** up to **30 days after the expiration date for monthly** subscriptions or',
        '  **45 days after it for annual and multi-year** subscriptions.',
        '- Bulk changes: up to **100 subscriptions at once**.',
        '',
      ].join('\n'),
    );
    seeds = { seedsDirectory: directory };
  });
  afterEach(() => fixture.remove());

  test('the fixture passes', async () => {
    expect(await parameterProblems(fixture, seeds)).toEqual([]);
  });

  test('a value the seed does not state is reported with the sentence as the seed would have to read', async () => {
    await fixture.edit(parametersFile, (text) =>
      text.replace("'expiration-window': { value: 90,", "'expiration-window': { value: 60,"),
    );
    const line = await fixture.line(referencesFile, "'expiration-window':");
    expect(await parameterProblems(fixture, seeds)).toEqual([
      `${referencesFile}:${line}: the reference of "expiration-window" is the English sentence of "expiration-window", "Your contract has expired or is within 60 days of expiration", which the English seed article seeds/en.txt does not contain. ` +
        `Fix: make the value in ${parametersFile} and the English sentence of "expiration-window" in ${sourcesFile} read as the seed does; if the value comes from elsewhere, set page to the public page that states it.`,
    ]);
  });

  test('an English sentence reworded away from the seed is reported', async () => {
    await fixture.edit(sourcesFile, (text) =>
      text.replace('It can take at least {partner-update-delay}', 'It may take at least {partner-update-delay}'),
    );
    expect(await parameterProblems(fixture, seeds)).toEqual([
      expect.stringContaining(
        '"It may take at least an hour for updates to appear in your Account Contract details.", which the English seed article seeds/en.txt does not contain.',
      ),
    ]);
  });

  test('a reference without page to an article with no English seed is reported', async () => {
    await fixture.edit(referencesFile, (text) =>
      text.replace(
        "rule: 'minimum-seats',\n      page: 'autodesk.com, support/account/admin/manage/add-reduce-seats, dated 2022-11-17',",
        "rule: 'minimum-seats',",
      ),
    );
    const line = await fixture.line(referencesFile, "'minimum-seats':");
    expect(await parameterProblems(fixture, seeds)).toEqual([
      `${referencesFile}:${line}: the reference of "minimum-seats" names no page, and seeds/README.md lists no English seed article "add-or-reduce-seats" (the article of "minimum-seats") to find it in. ` +
        'Fix: set page to the public page that states the value, as a heading of autodesk-current-help.md names it.',
    ]);
  });

  test('a page that the facts file does not name is reported', async () => {
    await fixture.edit(referencesFile, (text) =>
      text.replace(
        "page: 'autodesk.com, support/account/admin/manage/add-reduce-seats, dated 2022-11-17'",
        "page: 'autodesk.com, support/account/admin/manage/add-reduce-seats, English, dated 2022-11-17'",
      ),
    );
    const line = await fixture.line(referencesFile, "'minimum-seats':");
    expect(await parameterProblems(fixture, seeds)).toEqual([
      `${referencesFile}:${line}: the reference of "minimum-seats" names the page "autodesk.com, support/account/admin/manage/add-reduce-seats, English, dated 2022-11-17", which no heading of seeds/autodesk-current-help.md names. ` +
        'Fix: copy the page as the heading of its section names it, in parentheses (for example "autodesk.com, support/account/admin/manage/add-reduce-seats, dated 2022-11-17").',
    ]);
  });

  test('a value that the page’s facts do not state is reported', async () => {
    await fixture.edit(parametersFile, (text) =>
      text.replace("'bulk-auto-renew-limit': { value: 100,", "'bulk-auto-renew-limit': { value: 50,"),
    );
    const line = await fixture.line(referencesFile, "'bulk-auto-renew-limit':");
    expect(await parameterProblems(fixture, seeds)).toEqual([
      `${referencesFile}:${line}: the reference of "bulk-auto-renew-limit" names the page "autodesk.com, support/account/manage/renew/auto-renewal, dated 2025-12-29", but its facts in seeds/autodesk-current-help.md do not state the value, "50 subscriptions". ` +
        `Fix: restore the value in ${parametersFile}, or name the page that states it.`,
    ]);
  });

  test('without seed articles beside the copy, the comparison is skipped', async () => {
    await fixture.edit(parametersFile, (text) =>
      text.replace("'expiration-window': { value: 90,", "'expiration-window': { value: 60,"),
    );
    expect(await parameterProblems(fixture)).toEqual([]);
  });
});
