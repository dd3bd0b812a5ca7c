import { mdxToJs } from 'satteri';
import { describe, expect, test } from 'vitest';
import { formatParameter } from '../i18n/format.ts';
import { parameters, ruleAnchor, term, termPath } from '../rules/index.ts';
import { docsPageOf, prosePlugin } from './prose-plugin.ts';

const root = '/site';

function compile(file: string, body: string): string {
  const imports = ['UiTerm', 'RuleValue', 'Rule'].map(
    (name) => `import ${name} from '../../components/${name}.astro';`,
  );
  const result = mdxToJs(`${imports.join('\n')}\n\n${body}\n`, {
    mdastPlugins: [prosePlugin(root)],
    fileURL: new URL(`file://${root}/${file}`),
  });
  // The plugin does not wait for anything, so neither does the compile.
  if (result instanceof Promise) throw new Error('Expected a synchronous compile');
  return result.code;
}

/** How the compiled page writes `text` as a string: a no-break space (in "90 jours") as `\xA0`. */
const literal = (text: string) => `"${text.replaceAll('\u00a0', '\\xA0')}"`;

/** Whether the compiled page still renders a component (`_jsx(UiTerm, …)`), rather than a span. */
const rendersComponent = (code: string, name: string) => new RegExp(`_jsxs?\\(${name},`).test(code);

describe('prose components of an article, written when the page is compiled', () => {
  test('<UiTerm id> becomes the span the component prints, with the label in the page’s language', () => {
    const code = compile('src/content/docs/it/add-or-reduce-seats.mdx', 'Fare clic su <UiTerm id="save" />.');
    expect(code).toMatch(/_jsx\("span", \{\s*class: "ui-term",\s*"data-term": "save",/);
    expect(code).toContain(`children: ${literal(term('save', 'it'))}`);
    expect(rendersComponent(code, 'UiTerm')).toBe(false);
  });

  test('<UiTerm path> is the steps of the path joined by " > ", in English at the docs root', () => {
    const code = compile('src/content/docs/add-or-reduce-seats.mdx', 'Click <UiTerm path="billing-path" />.');
    expect(code).toContain(`children: ${literal(termPath('billing-path', 'en').join(' > '))}`);
  });

  test('<RuleValue> is the value in words of the page’s language, or the bare number', () => {
    const code = compile(
      'src/content/docs/fr/x.mdx',
      'Dans les <RuleValue id="expiration-window" /> (<RuleValue id="expiration-window" format="number" />).',
    );
    expect(code).toContain(`children: ${literal(formatParameter(parameters['expiration-window'], 'fr'))}`);
    expect(code).toContain(`children: ${literal(formatParameter(parameters['expiration-window'], 'fr', 'number'))}`);
    expect(code).toContain('"data-rule-value": "expiration-window"');
    expect(rendersComponent(code, 'RuleValue')).toBe(false);
  });

  test('<Rule> keeps the writer’s sentence inside its anchored span, in a list item too', () => {
    const code = compile(
      'src/content/docs/de/x.mdx',
      '- <Rule id="expiration-window">Der Vertrag läuft in <RuleValue id="expiration-window" /> ab</Rule>',
    );
    expect(code).toMatch(
      new RegExp(
        `id: "${ruleAnchor('expiration-window')}",\\s*class: "rule-sentence",\\s*"data-rule": "expiration-window"`,
      ),
    );
    expect(code).toContain('"Der Vertrag läuft in "');
    expect(code).toContain(`children: ${literal(formatParameter(parameters['expiration-window'], 'de'))}`);
    expect(rendersComponent(code, 'Rule')).toBe(false);
  });

  test('a tag on lines of its own becomes a span too', () => {
    const code = compile('src/content/docs/de/x.mdx', '<UiTerm id="save" />');
    expect(code).toContain(`children: ${literal(term('save', 'de'))}`);
    expect(rendersComponent(code, 'UiTerm')).toBe(false);
  });

  test('an unknown id stops the compile, naming the page and the known ids', () => {
    expect(() => compile('src/content/docs/fr/x.mdx', 'Cliquez sur <UiTerm id="sav" />.')).toThrow(
      /src\/content\/docs\/fr\/x\.mdx: <UiTerm id="sav"> names no term of src\/rules\/terms\.ts.*"save"/,
    );
    expect(() => compile('src/content/docs/x.mdx', '<Rule id="nope">x</Rule>')).toThrow(
      /<Rule id="nope"> names no rule/,
    );
  });

  test('pages outside the docs, other components and ids given as expressions are left alone', () => {
    expect(rendersComponent(compile('src/pages/x.mdx', '<UiTerm id="save" />'), 'UiTerm')).toBe(true);
    expect(rendersComponent(compile('src/content/docs/x.mdx', 'Click <UiTerm id={"save"} />.'), 'UiTerm')).toBe(true);
    expect(compile('src/content/docs/x.mdx', 'A <Aside>note</Aside>')).toMatch(/Aside/);
  });
});

describe('the docs page of a file', () => {
  test('its path as writers know it, and its language from its first folder', () => {
    expect(docsPageOf('/site/src/content/docs/it/a/b.mdx', root)).toEqual({
      page: 'src/content/docs/it/a/b.mdx',
      locale: 'it',
    });
    expect(docsPageOf('/site/src/content/docs/italy.mdx', root)?.locale).toBe('en');
    expect(docsPageOf('/site/src/components/x.mdx', root)).toBeUndefined();
  });
});
