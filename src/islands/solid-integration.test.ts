import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { describe, expect, test } from 'vitest';
import { hookCalledFor } from '../build/filtered-hook.ts';
import { solidWithHookFilters } from './solid-integration.ts';

/** The Vite plugins the integration adds, as its `astro:config:setup` hands them to Astro. */
async function pluginsAdded(integration: AstroIntegration): Promise<Plugin[]> {
  const added: Plugin[] = [];
  const setup = integration.hooks['astro:config:setup'] as (params: unknown) => Promise<void>;
  await setup({
    command: 'build',
    config: { root: new URL('../../', import.meta.url) },
    addRenderer: () => {},
    injectScript: () => {},
    logger: { warn: () => {} },
    updateConfig: (config: { vite?: { plugins?: Plugin[] } }) => added.push(...(config.vite?.plugins ?? [])),
  });
  return added;
}

describe('Astro’s Solid integration with hook filters', () => {
  test('it is still Astro’s Solid integration (the renderer and its checks keep their name)', () => {
    expect(solidWithHookFilters().name).toBe('@astrojs/solid-js');
  });

  test('vite-plugin-solid compiles JSX modules only', async () => {
    const solidPlugin = (await pluginsAdded(solidWithHookFilters())).find((plugin) => plugin.name === 'solid')!;
    for (const id of ['/site/src/components/checker/CheckerRoot.tsx', '/site/src/a.jsx', '/site/src/a.tsx?v=1'])
      expect(hookCalledFor(solidPlugin.transform, id), id).toBe(true);
    for (const id of [
      '/site/src/content/docs/it/add-or-reduce-seats.mdx',
      '/site/src/components/UiTerm.astro',
      '/site/src/rules/index.ts',
      '/site/node_modules/solid-js/web/dist/server.js',
      '/site/src/a.tsx.mdx',
    ])
      expect(hookCalledFor(solidPlugin.transform, id), id).toBe(false);
  });

  test('its virtual module is the only one it resolves and loads', async () => {
    const solidPlugin = (await pluginsAdded(solidWithHookFilters())).find((plugin) => plugin.name === 'solid')!;
    expect(hookCalledFor(solidPlugin.resolveId, '/@solid-refresh')).toBe(true);
    expect(hookCalledFor(solidPlugin.load, '/@solid-refresh')).toBe(true);
    expect(hookCalledFor(solidPlugin.resolveId, 'solid-js/web')).toBe(false);
    expect(hookCalledFor(solidPlugin.load, '/site/src/rules/index.ts')).toBe(false);
  });

  test('without the filters, every module would reach the plugin (the test can fail)', async () => {
    const { default: solid } = await import('@astrojs/solid-js');
    const solidPlugin = (await pluginsAdded(solid())).find((plugin) => plugin.name === 'solid')!;
    expect(hookCalledFor(solidPlugin.transform, '/site/src/rules/index.ts')).toBe(true);
  });
});
