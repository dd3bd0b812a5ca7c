// @ts-check
import mdx from '@astrojs/mdx';
import solid from '@astrojs/solid-js';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import starlightLinksValidator from 'starlight-links-validator';
import { starlightLocales } from './src/i18n/locales.ts';
import { sidebar } from './src/i18n/sidebar.ts';
import { contentSecurityPolicy } from './src/security/content-security-policy.ts';

export default defineConfig({
  site: 'https://help.example.com',
  // Strict CSP in a <meta> of every page (no 'unsafe-inline' scripts): see src/security/.
  security: { csp: contentSecurityPolicy },
  // Starlight's small scripts as files instead of inline: each inline script costs its text in
  // every page's HTML plus a hash in every page's policy; files are cached once for all pages.
  vite: { build: { assetsInlineLimit: 0 } },
  integrations: [
    starlight({
      title: {
        en: 'Subscription admin help',
        it: 'Guida per gli amministratori degli abbonamenti',
        fr: 'Aide pour les administrateurs d’abonnements',
        de: 'Hilfe für Abonnement-Administratoren',
      },
      defaultLocale: 'root',
      locales: starlightLocales,
      sidebar,
      customCss: ['./src/styles/custom.css'],
      components: { Search: './src/components/overrides/Search.astro' },
      // Fails the build on a link to a missing page or anchor, or from one locale into another.
      plugins: [
        starlightLinksValidator({
          errorOnInconsistentLocale: true,
          errorOnInvalidHashes: true,
          errorOnLocalLinks: true,
          errorOnRelativeLinks: true,
          errorOnFallbackPages: true,
          sameSitePolicy: 'validate',
          // `#rule-<id>` anchors come from <Rule>, which the validator cannot see in the Markdown;
          // `npm run check:docs` (scripts/checks/rule-links.ts) checks those links instead.
          exclude: ({ link }) => /#rule-[\w-]+$/.test(link),
        }),
      ],
    }),
    mdx(),
    solid(),
  ],
});
