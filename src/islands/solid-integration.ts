import solid from '@astrojs/solid-js';
import type { AstroIntegration } from 'astro';
import { withFilter, type PluginOption } from 'vite';

/**
 * What each hook of `vite-plugin-solid` acts on, as Rolldown filters: it compiles JSX modules
 * (`.jsx`, `.tsx`, with or without a query), and resolves and loads one virtual module (the
 * hot-reload runtime of `astro dev`). Its hooks test that inside, so without filters the bundler
 * calls into JavaScript for each of the site's thousands of modules, handing the transform each
 * module's code.
 */
export const solidPluginFilters = {
  pluginNamePattern: ['solid'],
  transform: { id: /\.[mc]?[jt]sx(\?.*)?$/i },
  resolveId: { id: /^\/@solid-refresh$/ },
  load: { id: /^\/@solid-refresh$/ },
};

/**
 * Astro's Solid integration, unchanged except that the Vite plugins it adds have hook filters
 * (`solidPluginFilters`, applied with Vite's own `withFilter`). `vite-plugin-solid` 2.11 gives its
 * hooks none; once it does, `solid()` can be listed directly again.
 */
export function solidWithHookFilters(options?: Parameters<typeof solid>[0]): AstroIntegration {
  const integration = solid(options);
  const setup = integration.hooks['astro:config:setup'];
  return {
    ...integration,
    hooks: {
      ...integration.hooks,
      'astro:config:setup': (params) =>
        setup?.({
          ...params,
          updateConfig: (config) =>
            params.updateConfig(
              config.vite?.plugins
                ? {
                    ...config,
                    vite: {
                      ...config.vite,
                      plugins: withFilter(config.vite.plugins as PluginOption[], solidPluginFilters),
                    },
                  }
                : config,
            ),
        }),
    },
  };
}
