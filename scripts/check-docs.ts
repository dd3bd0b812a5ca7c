/**
 * `npm run check:docs`: the writers' checks over the docs and the rules module. Prints one
 * `file:line: message Fix: fix` line per problem and exits 1 if there is any.
 *
 * Usage: `node scripts/check-docs.ts [root]` (root defaults to the current directory).
 * The seed articles the parameter references are compared with are read from `$SEEDS_DIRECTORY`,
 * or `../shared/seeds` beside the root; where there are none, that comparison is skipped and said so.
 * Links (to another locale, a missing page or anchor) are checked by starlight-links-validator
 * during `npm run build`.
 */
import { resolve } from 'node:path';
import { runChecks } from './checks/index.ts';
import { formatProblem } from './checks/problem.ts';
import { findSeedsDirectory } from './checks/project.ts';

const started = performance.now();
const root = resolve(process.argv[2] ?? '.');
const requestedSeeds = process.env['SEEDS_DIRECTORY'] || undefined;
const seedsDirectory = findSeedsDirectory(root, requestedSeeds);
if (!seedsDirectory) {
  console.log(
    `check:docs: no seed articles at ${resolve(root, requestedSeeds ?? '../shared/seeds')} (set SEEDS_DIRECTORY): ` +
      'parameter references were not compared with them.',
  );
}
const problems = await runChecks(root, { seedsDirectory: requestedSeeds });
for (const problem of problems) console.error(formatProblem(problem));
const elapsed = Math.round(performance.now() - started);
if (problems.length) {
  console.error(`check:docs: ${problems.length} problem${problems.length === 1 ? '' : 's'} (${elapsed} ms).`);
  process.exit(1);
}
console.log(`check:docs: docs, rules and UI strings agree (${elapsed} ms).`);
