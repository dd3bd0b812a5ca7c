import type { Plugin } from 'vite';

type IdHook = Plugin['resolveId'] | Plugin['load'] | Plugin['transform'];
// Each hook's parameters differ; the tests that call a handler give it the arguments its hook takes.
type Handler = (...args: never[]) => unknown;

/**
 * The function the bundler calls for module `id`, or undefined when it calls none: a hook written
 * as `{ filter: { id }, handler }` is called only for the ids its filter matches (tests of plugins
 * use this to check a filter as the bundler applies it).
 */
export function hookHandlerFor(hook: IdHook, id: string): Handler | undefined {
  if (hook === undefined) return undefined;
  if (typeof hook === 'function') return hook as Handler;
  const pattern = hook.filter?.id;
  if (pattern !== undefined && !(pattern instanceof RegExp))
    throw new Error('hookHandlerFor: only a RegExp id filter is supported');
  return pattern === undefined || pattern.test(id) ? (hook.handler as Handler) : undefined;
}

/** Whether the bundler calls `hook` for module `id`. */
export const hookCalledFor = (hook: IdHook, id: string): boolean => hookHandlerFor(hook, id) !== undefined;
