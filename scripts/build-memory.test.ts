import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { buildEnvironment, buildEnvironmentDefaults, buildNodeFlags } from './build-memory.ts';

describe('the build process’s memory settings', () => {
  test('the environment gains the defaults and keeps what it has, a value set by hand included', () => {
    const env = buildEnvironment({ PATH: '/bin', MIMALLOC_PURGE_DELAY: '10' });
    expect(env).toEqual({ ...buildEnvironmentDefaults, PATH: '/bin', MIMALLOC_PURGE_DELAY: '10' });
  });

  test('the V8 flags are known to this Node: an unknown one stops the process before Astro starts', () => {
    const result = spawnSync(process.execPath, [...buildNodeFlags, '-e', ''], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
