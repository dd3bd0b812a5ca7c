/**
 * `npm run build`: `astro build` in a Node process started with the memory settings of
 * `build-memory.ts` (mimalloc's environment variables and a V8 flag), which only take effect when
 * a process starts. Arguments are passed on: `npm run build -- --verbose`.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { buildEnvironment, buildNodeFlags } from './build-memory.ts';

const astroPackage = createRequire(import.meta.url).resolve('astro/package.json');
const astro = join(dirname(astroPackage), 'bin/astro.mjs');
const result = spawnSync(process.execPath, [...buildNodeFlags, astro, 'build', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: buildEnvironment(process.env),
});
if (result.error) throw result.error;
process.exitCode = result.status ?? 1;
