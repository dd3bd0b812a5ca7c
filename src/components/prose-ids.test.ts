import { describe, expect, test } from 'vitest';
import { parameters, rules, termPaths, terms } from '../rules/index.ts';
import { knownProseId, pageFileOf } from './prose-ids.ts';

const page = 'src/content/docs/it/add-or-reduce-seats.mdx';
const quoted = (ids: object) =>
  Object.keys(ids)
    .map((id) => `"${id}"`)
    .join(', ');

describe('prose components stop the build on an id the rules module does not know', () => {
  test.each([
    ['RuleValue', 'expiration-window'],
    ['Rule', 'expiration-window'],
    ['UiTerm', 'save-changes'],
    ['UiTermPath', 'billing-path'],
  ] as const)('a known %s id (%s) passes through', (kind, id) => {
    expect(knownProseId(kind, id, page)).toBe(id);
  });

  test.each([
    [
      'an unknown parameter names the tag, the page and the known parameters',
      'RuleValue',
      'no-such-rule',
      `${page}: <RuleValue id="no-such-rule"> names no parameter of src/rules/parameters.ts. ` +
        `Fix: use one of ${quoted(parameters)}, or add the parameter to src/rules/parameters.ts first.`,
    ],
    [
      'an unknown rule names the known rules',
      'Rule',
      'expiration-windows',
      `${page}: <Rule id="expiration-windows"> names no rule of src/rules/rules.ts. ` +
        `Fix: use one of ${quoted(rules)}, or add the rule to src/rules/rules.ts first.`,
    ],
    [
      'an unknown term names the known terms',
      'UiTerm',
      'save-change',
      `${page}: <UiTerm id="save-change"> names no term of src/rules/terms.ts. ` +
        `Fix: use one of ${quoted(terms)}, or add the term to src/rules/terms.ts first.`,
    ],
    [
      'an unknown term path names the known paths',
      'UiTermPath',
      'billing',
      `${page}: <UiTerm path="billing"> names no term path of src/rules/terms.ts (termPaths). ` +
        `Fix: use one of ${quoted(termPaths)}, or add the term path to src/rules/terms.ts (termPaths) first.`,
    ],
    [
      'a missing id is named as missing',
      'UiTerm',
      undefined,
      `${page}: <UiTerm no id> names no term of src/rules/terms.ts. ` +
        `Fix: use one of ${quoted(terms)}, or add the term to src/rules/terms.ts first.`,
    ],
  ] as const)('%s', (_name, kind, id, message) => {
    expect(() => knownProseId(kind, id, page)).toThrow(message);
  });

  test.each([
    ['a Starlight page gives its entry’s file', { starlightRoute: { entry: { filePath: page } } }, page],
    ['another page gives its URL path', {}, '/it/add-or-reduce-seats/'],
    [
      'a page whose starlightRoute throws gives its URL path',
      Object.defineProperty({}, 'starlightRoute', {
        get() {
          throw new Error('not a Starlight page');
        },
      }),
      '/it/add-or-reduce-seats/',
    ],
  ])('%s', (_name, locals, file) => {
    expect(pageFileOf(locals, new URL('https://example.com/it/add-or-reduce-seats/'))).toBe(file);
  });
});
