import solid from 'vite-plugin-solid';
import { defineConfig } from 'vitest/config';

/**
 * Three projects:
 * - `unit`: pure TypeScript (rules, i18n, scripts), in Node;
 * - `components`: the Solid islands rendered in a DOM (jsdom), driven as a reader would with
 *   Testing Library, for behaviour that needs no real browser (what a screen says, where focus goes);
 * - `dist`: checks of the built site's files (page weight, policies, headers) that open no page:
 *   they need `npm run build` first, so `npm test` runs them after it (`npm run test:dist`).
 */
/** Rendering islands, axe and fast-check's thousands of runs take seconds on a busy 2-core machine. */
const testTimeout = 30_000;

export default defineConfig({
  test: {
    // One test file per core. Vitest's default leaves one core to its main process, which on a
    // 2-core machine runs the files one at a time (the suite took 139 s instead of 73 s).
    maxWorkers: '100%',
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
          environment: 'node',
          testTimeout,
        },
      },
      {
        plugins: [solid()],
        resolve: { conditions: ['development', 'browser'] },
        test: {
          name: 'components',
          include: ['src/**/*.test.tsx'],
          environment: 'jsdom',
          testTimeout,
        },
      },
      {
        test: {
          name: 'dist',
          include: ['tests/dist/**/*.test.ts'],
          environment: 'node',
          // A test may parse a few hundred built pages.
          testTimeout: 90_000,
        },
      },
    ],
  },
});
