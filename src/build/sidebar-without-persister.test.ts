import { describe, expect, test } from 'vitest';
import { hookHandlerFor } from './filtered-hook.ts';
import { sidebarWithoutPersister } from './sidebar-without-persister.ts';

/** What the bundler gets for module `id`: the hook's module, or undefined when it is not called. */
const load = (id: string) =>
  (hookHandlerFor(sidebarWithoutPersister().load, id) as ((id: string) => string) | undefined)?.(id);

describe('the sidebar without its state persister', () => {
  test.each([
    '/site/node_modules/@astrojs/starlight/components-internals/SidebarPersistState.ts',
    '/site/node_modules/@astrojs/starlight/dist/components-internals/SidebarPersistState.js?v=1',
    'C:/site/node_modules/@astrojs/starlight/dist/components-internals/SidebarPersistState.js',
  ])('Starlight’s persister script is an empty module: %s', (id) => {
    expect(load(id)).toBe('export {};');
  });

  test.each([
    '/site/node_modules/@astrojs/starlight/dist/components-internals/SidebarSublist.js',
    '/site/src/components/SidebarPersistState.ts',
    '/site/node_modules/@astrojs/starlight/dist/components-internals/SidebarPersistState.jsx',
  ])('any other module loads as it is: %s', (id) => {
    expect(load(id)).toBeUndefined();
  });
});
