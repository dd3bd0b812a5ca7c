import { describe, expect, test, vi } from 'vitest';
import { withoutHeadInjectWarnings } from './build-warnings.ts';

const headInject = {
  code: 'MODULE_LEVEL_DIRECTIVE',
  message:
    'The semantics of the module level directive "use astro:head-inject" in "src/content/docs/add-or-reduce-seats.mdx?astroPropagatedAssets" may not be preserved when bundling.',
};

describe('the build’s warnings', () => {
  test('the per-page "use astro:head-inject" directive warning is dropped', () => {
    const handler = vi.fn();
    withoutHeadInjectWarnings('warn', headInject, handler);
    expect(handler).not.toHaveBeenCalled();
  });

  test.each([
    [
      'the same code for another directive',
      'warn',
      {
        code: 'MODULE_LEVEL_DIRECTIVE',
        message:
          'The semantics of the module level directive "use client" in "x.js" may not be preserved when bundling.',
      },
    ],
    ['another warning', 'warn', { code: 'CIRCULAR_DEPENDENCY', message: 'Circular dependency: a.ts -> b.ts -> a.ts' }],
    [
      'an unresolved import',
      'warn',
      { code: 'UNRESOLVED_IMPORT', message: '"x" is imported by "y", but could not be resolved' },
    ],
    ['an info log naming the directive', 'info', headInject],
  ] as const)('%s still reaches the log', (_, level, log) => {
    const handler = vi.fn();
    withoutHeadInjectWarnings(level, log, handler);
    expect(handler).toHaveBeenCalledWith(level, log);
  });
});
