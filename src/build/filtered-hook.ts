import type { Plugin } from 'vite';

type IdHook = Plugin['resolveId'] | Plugin['load'] | Plugin['transform'];

/**
 * Whether the bundler calls a plugin's hook for module `id`: a hook written as
 * `{ filter: { id }, handler }` is called only for the ids its filter matches (tests of plugins
 * use this to check a filter as the bundler applies it).
 */
export function hookCalledFor(hook: IdHook, id: string): boolean {
  if (hook === undefined) return false;
  if (typeof hook === 'function') return true;
  const pattern = hook.filter?.id;
  if (pattern === undefined) return true;
  if (!(pattern instanceof RegExp)) throw new Error('hookCalledFor: only a RegExp id filter is supported');
  return pattern.test(id);
}
