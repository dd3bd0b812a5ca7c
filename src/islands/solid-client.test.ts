import { describe, expect, test } from 'vitest';
import { hookCalledFor, hookHandlerFor } from '../build/filtered-hook.ts';
import { solidHydrateClient } from './solid-client.ts';

const { resolveId } = solidHydrateClient();

describe('islands hydrate with the site’s Solid client', () => {
  test('Astro’s Solid client resolves to the site’s', () => {
    const handler = hookHandlerFor(resolveId, '@astrojs/solid-js/client.js') as () => string;
    expect(handler).toBeDefined();
    expect(handler()).toMatch(/[\\/]src[\\/]islands[\\/]solid-hydrate\.ts$/);
  });

  test.each(['@astrojs/solid-js', '@astrojs/solid-js/server.js', 'solid-js/web', './client.js'])(
    'the bundler does not ask the plugin about %s',
    (id) => {
      expect(hookCalledFor(resolveId, id)).toBe(false);
    },
  );
});
