import { describe, expect, test } from 'vitest';
import { docsFilePath } from '../../src/i18n/docs-files.ts';
import { formatParameter } from '../../src/i18n/format.ts';
import type { Locale } from '../../src/i18n/locales.ts';
import { parameters, termPaths, terms } from '../../src/rules/index.ts';
import { checkHandTyped } from './hand-typed.ts';
import { parseMdx } from './mdx.ts';
import type { Project } from './project.ts';

/** The hand-typed check's findings on one page of `locale` whose body is `body`. */
function labelsTyped(locale: Locale, body: string): string[] {
  const file = docsFilePath(locale, 'example');
  const parsed = parseMdx(`---\ntitle: Example\n---\n\n${body}\n`);
  const project: Project = {
    root: '.',
    locales: ['en', 'it', 'fr', 'de'],
    defaultLocale: 'en',
    pages: new Map(
      (['en', 'it', 'fr', 'de'] as const).map((code) => [
        code,
        new Map(code === locale ? [['example', { file, locale, slug: 'example', parsed }]] : []),
      ]),
    ),
    rules: {},
    articleSlugs: [],
    parameters,
    terms,
    termPaths,
    sources: {},
    docsFile: docsFilePath,
    formatParameter: (id, code, format) =>
      formatParameter(parameters[id as keyof typeof parameters], code as Locale, format),
    seedsDirectory: undefined,
  };
  return checkHandTyped(project).map((problem) => `${problem.line}: ${problem.message}`);
}

describe('an account label typed by hand is reported where it stands as a label', () => {
  test.each([
    ['after "click"', 'en', 'Click Add Seats under the number of seats.', 'Add Seats', 'Add Seats'],
    [
      'after "click on the", before "button"',
      'en',
      'Click on the Save Changes button.',
      'Save Changes',
      'Save Changes',
    ],
    ['before "drop-down menu"', 'en', 'From the Actions drop-down menu, pick one.', 'Actions', 'Actions'],
    ['in bold', 'en', 'Then **Next** takes you on.', 'Next', '**Next**'],
    ['in italics with underscores', 'en', 'Then _Done_ closes it.', 'Done', '_Done_'],
    ['in inline code', 'en', 'The `Submit Order` step.', 'Submit Order', '`Submit Order`'],
    ['between quotes', 'en', 'Press “Done”.', 'Done', '“Done”'],
    ['as a whole numbered step', 'en', '1. Payment method\n2. Open the account.', 'Payment method', 'Payment method'],
    [
      'a site address anywhere',
      'en',
      'Sign in at manage.autodesk.com today.',
      'manage.autodesk.com',
      'manage.autodesk.com',
    ],
    ['after "fare clic su"', 'it', 'Fare clic su Avanti per continuare.', 'Avanti', 'Avanti'],
    ['after "sul pulsante"', 'it', 'Fare clic sul pulsante Salva modifiche.', 'Salva modifiche', 'Salva modifiche'],
    ['after "cliquez sur le bouton"', 'fr', 'Cliquez sur le bouton Suivant.', 'Suivant', 'Suivant'],
    ['after "sélectionnez"', 'fr', 'Sélectionnez Ajouter des postes.', 'Ajouter des postes', 'Ajouter des postes'],
    ['after "Klicken Sie auf"', 'de', 'Klicken Sie auf Weiter.', 'Weiter', 'Weiter'],
    [
      'before a final "klicken"',
      'de',
      'Auf Änderungen speichern klicken.',
      'Änderungen speichern',
      'Änderungen speichern',
    ],
    ['between German quotes', 'de', 'Dann „Fertig“ wählen.', 'Fertig', '„Fertig“'],
  ] as const)('%s (%s: "%s")', (_where, locale, body, label, written) => {
    expect(labelsTyped(locale, body)).toEqual([`5: types the account label "${label}" by hand: "${written}".`]);
  });

  test('each label of a menu path typed by hand is reported', () => {
    expect(labelsTyped('en', 'Open Billing and Orders > Subscriptions and Contracts.')).toEqual([
      '5: types the account label "Billing and Orders" by hand: "Billing and Orders".',
      '5: types the account label "Subscriptions and Contracts" by hand: "Subscriptions and Contracts".',
    ]);
  });

  test('the line is the line of the label inside a paragraph that spans several', () => {
    expect(labelsTyped('en', 'Sign in to the account,\nthen click\nSave Changes.')).toEqual([
      '7: types the account label "Save Changes" by hand: "Save Changes".',
    ]);
  });

  test('a longer label is reported once, not also the shorter label inside it', () => {
    expect(labelsTyped('fr', 'Cliquez sur Enregistrer les modifications.')).toEqual([
      '5: types the account label "Enregistrer les modifications" by hand: "Enregistrer les modifications".',
    ]);
  });
});

describe('the same words in ordinary prose are not reported', () => {
  test.each([
    ['a product name in a sentence', 'en', 'Sign in to your Autodesk Account to see your subscriptions.'],
    ['an action in a sentence', 'en', 'Add Seats before your renewal date so the new users can start.'],
    ['a column name as a noun', 'en', 'Contract number and subscription ID are shown for each plan.'],
    ['a one-word label as a word', 'en', 'Next, review the order. Done is done.'],
    ['a label in a heading', 'en', '## Add Seats'],
    ['a label in a bold phrase that says more', 'en', '**Save Changes you made before leaving.**'],
    ['a label inside a code block', 'en', '```\nclick Add Seats\n```'],
    ['a label inside a component attribute', 'en', '<Aside title="Save Changes">Mind the order.</Aside>'],
    ['an Italian verb phrase', 'it', 'Chi vuole Aggiungi postazioni trova aiuto.'],
    ['a French participle', 'fr', 'Suivant nos conseils, utilisez nos ressources.'],
    ['the plain German way to say the action', 'de', 'Nur Vertragsmanager können Arbeitsplätze hinzufügen.'],
    ['a step that says more than the label', 'en', '1. Add Seats for the new team.'],
  ] as const)('%s (%s: "%s")', (_where, locale, body) => {
    expect(labelsTyped(locale, body)).toEqual([]);
  });
});
