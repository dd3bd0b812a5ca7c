import { describe, expect, test } from 'vitest';
import { sidebarWithoutPersister } from './sidebar-without-persister.ts';

const load = (id: string) => {
  const hook = sidebarWithoutPersister().load as (id: string) => string | undefined;
  return hook(id);
};

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
  ])('any other module loads as it is: %s', (id) => {
    expect(load(id)).toBeUndefined();
  });
});
