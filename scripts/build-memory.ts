/**
 * How `npm run build` (`scripts/build.ts`) starts `astro build` so that a site of thousands of pages
 * builds in less memory. Both kinds of setting are read when the Node process starts, before Astro
 * loads, which is why the build runs in a process of its own instead of `astro build` directly.
 *
 * Measured at 1,000 generated articles per language (4,752 pages) on Linux with
 * `npm run bench:scale`: see the README's _Scale_ section.
 */

/** Environment variables the build starts with, unless they are already set. */
export const buildEnvironmentDefaults: Readonly<Record<string, string>> = {
  // Rolldown (Vite's bundler) and Astro's compiler are native modules that allocate with mimalloc,
  // which asks the kernel for transparent huge pages on its arena (madvise, 1 GiB for Rolldown's).
  // A huge page is resident in full as soon as any of its 2 MiB is used: 0.7-1.4 GB of the build's
  // resident memory was huge pages while Rolldown bundled the pages. `0` turns them off for this
  // process (prctl PR_SET_THP_DISABLE).
  MIMALLOC_ALLOW_THP: '0',
  // mimalloc hands memory that was freed back to the system only after a delay; Rolldown's threads
  // are idle after bundling, and mimalloc still held 1.6 GiB (0.2 GiB in use) when the build ended.
  // `0` hands it back when it is freed, so rendering and the post-build pass start from less.
  MIMALLOC_PURGE_DELAY: '0',
};

/** V8 flags of the build's Node process. */
export const buildNodeFlags: readonly string[] = [
  // After a full garbage collection V8 lets the heap grow to up to 4 times what survived before it
  // collects again: at 4,752 pages the build's live heap was 130-440 MB, its heap up to 1.1 GB, and
  // the process peaked at 1.9-2.0 GB. Growing by 100% at most peaks at about 1.5 GB. A tighter 50%
  // peaked no lower (1.36-1.50 GB) and cost 17% more of the build's CPU (three paired builds,
  // 0.83-0.91): each full collection marks the live heap again, most of it on V8's background
  // threads, which pauses alone do not show. No limit is set: a larger site still builds. A
  // `--max-old-space-size` limit also makes V8 grow the heap by less, but a build whose live heap
  // outgrows it fails, out of memory.
  '--heap-growing-percent=100',
];

/** The environment of the build process: `env`, with {@link buildEnvironmentDefaults} where `env` has no value. */
export function buildEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const defaults = Object.entries(buildEnvironmentDefaults).filter(([name]) => env[name] === undefined);
  return { ...env, ...Object.fromEntries(defaults) };
}
