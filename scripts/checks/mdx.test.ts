import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createFixture, fixtureTimeout, repositoryRoot, type Fixture } from './fixture.ts';
import { parseMdx } from './mdx.ts';

const seats = ['', 'it/', 'fr/', 'de/'].map((folder) => `src/content/docs/${folder}add-or-reduce-seats.mdx`);
const italianSeats = seats[1]!;

/**
 * Drifts the Italian article the way translations drift: step 5 and its note dropped, a label typed
 * in bold instead of `<UiTerm>`.
 */
function breakItalian(text: string): string {
  return text
    .replace(/5\. Se necessario[\s\S]*?\n\n6\./, '5.')
    .replace('<UiTerm id="submit-order" />', '**Invia ordine**');
}

/** Applies `change` to the text of each `<Steps>` block only. */
const inSteps = (change: (block: string) => string) => (text: string) =>
  text.replace(/<Steps>[\s\S]*?<\/Steps>/g, change);

/** Ways to write the same articles that MDX reads the same (and Starlight renders the same). */
const reformats: [string, (text: string) => string][] = [
  ['<Steps> blocks indented by two spaces', inSteps((block) => block.replace(/^(?=.)/gm, '  '))],
  ['`1)` list markers', inSteps((block) => block.replace(/^(\d+)\. /gm, '$1) '))],
  ['every step numbered `1.`', inSteps((block) => block.replace(/^\d+\. /gm, '1. '))],
  [
    'no blank lines around <Steps> and between steps',
    inSteps((block) =>
      block
        .replace(/<Steps>\n\n/, '<Steps>\n')
        .replace(/\n\n<\/Steps>/, '\n</Steps>')
        .replace(/\n\n(?=\d)/g, '\n'),
    ),
  ],
  ['steps wrapped over two lines', inSteps((block) => block.replace(/ <TryStep/g, '\n   <TryStep'))],
  ['closed ATX headings and `*` bullets', (text) => text.replace(/^(##+ .*)$/gm, '$1 ##').replace(/^- /gm, '* ')],
];

/**
 * The problems with every `file:line` replaced by the start of that line's text (markers and
 * indentation left out), so results can be compared across formattings that move lines.
 */
async function located(fixture: Fixture, problems: readonly string[]): Promise<string[]> {
  const texts = new Map<string, string[]>();
  const lineText = async (file: string, line: number) => {
    if (!texts.has(file)) texts.set(file, (await readFile(join(fixture.root, file), 'utf8')).split('\n'));
    const text = texts.get(file)![line - 1] ?? '';
    return text.replace(/^\s*(?:\d+[.)]\s+|[-*]\s+)?/, '').slice(0, 12);
  };
  return Promise.all(
    problems.map(async (problem) => {
      let result = problem;
      for (const [reference, file, line] of problem.matchAll(/(src\/content\/docs\/[\w/-]+\.mdx):(\d+)/g)) {
        result = result.replace(reference, `${file}:«${await lineText(file!, Number(line))}»`);
      }
      return result;
    }),
  );
}

describe('an article reads the same however it is validly formatted', { timeout: fixtureTimeout }, () => {
  let houseStyle: string[];
  beforeAll(async () => {
    const fixture = await createFixture();
    try {
      await fixture.edit(italianSeats, breakItalian);
      houseStyle = await located(fixture, await fixture.check());
    } finally {
      await fixture.remove();
    }
  }, fixtureTimeout);

  test('the drifted Italian article, in the house style, has the problems the other formattings must match', () => {
    expect(houseStyle).toEqual(
      expect.arrayContaining([
        expect.stringContaining(`${italianSeats}:«Controllare »: has 5 steps in "Aggiungere postazioni"`),
        expect.stringContaining('has 0 bold-led paragraphs (like **Note:**) in "Aggiungere postazioni"'),
        expect.stringContaining('types the account label "Invia ordine" by hand: "**Invia ordine**".'),
        expect.stringContaining('lacks <Rule id="seats-payment-method">'),
      ]),
    );
  });

  let fixture: Fixture;
  afterAll(() => fixture?.remove());

  test.each(reformats)(
    'with %s, every article passes and the drifted one has the same problems',
    async (_name, reformat) => {
      await fixture?.remove();
      fixture = await createFixture();
      for (const file of seats) await fixture.edit(file, reformat);
      expect(await fixture.check()).toEqual([]);
      const houseText = await readFile(join(repositoryRoot, italianSeats), 'utf8');
      await fixture.edit(italianSeats, () => reformat(breakItalian(houseText)));
      expect(await located(fixture, await fixture.check())).toEqual(houseStyle);
    },
  );
});

describe('what the tree gives that lines could not', () => {
  test('steps of a <Steps> nested in another component, indented, are counted with their lines', () => {
    const parsed = parseMdx(
      '## Task\n\n<Aside>\n  <Steps>\n    1) One\n\n       **Note:** a note.\n\n    2) Two\n  </Steps>\n</Aside>\n',
    );
    expect(parsed.sections[1]).toMatchObject({
      heading: 'Task',
      steps: [{ line: 4, items: [5, 9], end: 10 }],
      notes: [7],
      asides: [3],
    });
  });

  test('a component inside a code block is not a component', () => {
    const parsed = parseMdx('```mdx\n<Rule id="expiration-window">text</Rule>\n<UiTerm id="save" />\n```\n');
    expect([parsed.rules, parsed.uiTerms, parsed.blocks]).toEqual([[], [], []]);
  });

  test('a <Rule> over several lines gives its text as sources.ts quotes it', () => {
    const parsed = parseMdx(
      '<Rule id="x">\nWithin <RuleValue id="expiration-window" />,\nclick <UiTerm path="billing-path" />.\n</Rule>\n',
    );
    expect(parsed.rules).toEqual([
      { id: 'x', line: 1, text: 'Within {expiration-window}, click {path:billing-path}.' },
    ]);
  });

  test('invalid MDX gives its parser message and line instead of a reading', () => {
    expect(parseMdx('# Title\n\n<Steps>\n1. One</Steps>\n').syntaxError).toEqual({
      line: 4,
      message: expect.stringContaining('Expected the closing tag `</Steps>`'),
    });
  });
});
