import { mdxToJs } from 'satteri';
import { describe, expect, test } from 'vitest';
import { term, termPath } from '../rules/index.ts';
import { docsPageOf, uiTermPlugin } from './ui-term-plugin.ts';

const root = '/site';
function compile(file: string, body: string): string {
  const result = mdxToJs(`import UiTerm from '../../components/UiTerm.astro';\n\n${body}\n`, {
    mdastPlugins: [uiTermPlugin(root)],
    fileURL: new URL(`file://${root}/${file}`),
  });
  // The plugin does not wait for anything, so neither does the compile.
  if (result instanceof Promise) throw new Error('Expected a synchronous compile');
  return result.code;
}

describe('the <UiTerm> of an article, written when the page is compiled', () => {
  test('becomes the span the component prints, with the label in the page’s language', () => {
    const code = compile('src/content/docs/it/add-or-reduce-seats.mdx', 'Fare clic su <UiTerm id="save" />.');
    expect(code).toContain('"data-term": "save"');
    expect(code).toContain('className: "ui-term"');
    expect(code).toContain(`children: "${term('save', 'it')}"`);
    expect(code).not.toMatch(/_jsx\(UiTerm/);
  });

  test('a menu path is its steps joined by " > ", in English at the docs root', () => {
    const code = compile('src/content/docs/add-or-reduce-seats.mdx', 'Click <UiTerm path="billing-path" />.');
    expect(code).toContain(`children: "${termPath('billing-path', 'en').join(' > ')}"`);
  });

  test('a tag on a line of its own becomes a span too', () => {
    const code = compile('src/content/docs/de/x.mdx', '<UiTerm id="save" />');
    expect(code).toContain(`children: "${term('save', 'de')}"`);
    expect(code).toMatch(/_components\.span/);
  });

  test('an unknown id stops the compile, naming the page and the known ids', () => {
    expect(() => compile('src/content/docs/fr/x.mdx', 'Cliquez sur <UiTerm id="sav" />.')).toThrow(
      /src\/content\/docs\/fr\/x\.mdx: <UiTerm id="sav"> names no term of src\/rules\/terms\.ts.*"save"/,
    );
  });

  test('pages outside the docs, and ids given as expressions, are left to the component', () => {
    expect(compile('src/pages/x.mdx', '<UiTerm id="save" />')).toMatch(/_jsx\(UiTerm/);
    expect(compile('src/content/docs/x.mdx', 'Click <UiTerm id={"save"} />.')).toMatch(/_jsx\(UiTerm/);
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
