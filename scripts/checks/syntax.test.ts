import { describe, expect, test } from 'vitest';
import { parseMdx } from './mdx.ts';
import type { Project } from './project.ts';
import { checkSyntax } from './syntax.ts';

/** A project of one English page with `source`; only what the syntax check reads. */
function projectWith(source: string): Project {
  const page = { file: 'src/content/docs/example.mdx', locale: 'en', slug: 'example', parsed: parseMdx(source) };
  return { locales: ['en'], pages: new Map([['en', new Map([['example', page]])]]) } as unknown as Project;
}

describe('a page that is not valid MDX is one problem at the parser’s line', () => {
  test.each([
    ['an unclosed component', '# Title\n\n<Steps>\n1. One\n', 3, 'Expected a closing tag for `<Steps>`'],
    ['a closing tag inside a step', '# Title\n\n<Steps>\n1. One</Steps>\n', 4, 'Expected the closing tag `</Steps>`'],
    ['a bare brace in prose', 'Costs {less than before.\n', 1, 'Unexpected end of file in expression'],
  ])('%s', (_name, source, line, message) => {
    const [problem, ...others] = checkSyntax(projectWith(source));
    expect(others).toEqual([]);
    expect(problem).toMatchObject({ file: 'src/content/docs/example.mdx', line });
    expect(problem!.message).toContain(`is not valid MDX: ${message}`);
  });

  test('a valid page passes', () => {
    expect(checkSyntax(projectWith('# Title\n\n<Steps>\n\n1. One\n\n</Steps>\n'))).toEqual([]);
  });
});
