import { expect, test } from 'vitest';
import config from '../../astro.config.mjs';

test('MDX is the integration Starlight adds itself, which compiles plain HTML to strings (`optimize`)', () => {
  const names = (config.integrations ?? []).flat().map((integration) => integration && integration.name);
  expect(names).toContain('@astrojs/starlight');
  // An `mdx()` of the site's own would replace Starlight's `mdx({ optimize: true })`: every element
  // of every article would become a function call to bundle and run on every build.
  expect(names).not.toContain('@astrojs/mdx');
});
