import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { starlightLocales } from '../i18n/locales.ts';
import { isNoindexPath } from './noindex.ts';

/**
 * The sitemap: the pages search engines are asked to index, with their other languages as
 * alternates. Starlight adds `@astrojs/sitemap` itself only when the site does not, and then
 * without a filter; the site adds it with Starlight's own language settings and without the pages
 * that tell search engines `noindex`, which a sitemap must not list: the writers' pages, and the
 * no-JavaScript flow's change pages (each repeats a question the flow's own page asks).
 */
export function helpSitemap(): AstroIntegration {
  return sitemap({
    i18n: {
      defaultLocale: 'root',
      locales: Object.fromEntries(Object.entries(starlightLocales).map(([key, { lang }]) => [key, lang])),
    },
    filter: (page) => !isNoindexPath(new URL(page).pathname),
  });
}
