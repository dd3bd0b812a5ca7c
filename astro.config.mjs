// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import starlightLinksValidator from 'starlight-links-validator';
import { localeCodes, starlightLocales } from './src/i18n/locales.ts';
import { clientCodeSplitting } from './src/build/client-chunks.ts';
import { htmlOutput } from './src/build/html-output.ts';
import { latin1ContentData } from './src/build/latin1-content-data.ts';
import { localizedNotFound } from './src/build/localized-not-found.ts';
import { sidebarWithoutPersister } from './src/build/sidebar-without-persister.ts';
import { solidHydrateClient } from './src/islands/solid-client.ts';
import { solidWithHookFilters } from './src/islands/solid-integration.ts';
import { withoutHeadInjectWarnings } from './src/logging/build-warnings.ts';
import { prosePlugin } from './src/prose/prose-plugin.ts';
import { pagefindUiLanguages } from './src/search/pagefind-ui-languages.ts';
import { helpSitemap } from './src/seo/sitemap.ts';
import { sidebar } from './src/i18n/sidebar.ts';
import { speculationRules } from './src/navigation/speculation-rules.ts';
import { contentSecurityPolicy } from './src/security/content-security-policy.ts';
import { trustedTypesPolicy } from './src/security/trusted-types.ts';

export default defineConfig({
  site: 'https://help.example.com',
  // Strict CSP in a <meta> of every page (no 'unsafe-inline' scripts): see src/security/.
  security: { csp: contentSecurityPolicy },
  // Links are prefetched by the browser's Speculation Rules, not by Astro's prefetch script: see
  // src/navigation/speculation-rules.ts. (Starlight turns Astro's on unless told otherwise.)
  prefetch: false,
  // Astro's own Markdown processor, with the site's plugin: prose components (labels, rule values, rule sentences) written into the
  // articles when they are compiled (src/prose/). Starlight adds its plugins to the same processor.
  // Code blocks are Starlight's Expressive Code's; Astro's own Shiki would never see one, and left on
  // it warns on every build that its inline styles do not suit a Content-Security-Policy.
  markdown: {
    syntaxHighlight: false,
    processor: satteri({ mdastPlugins: [prosePlugin(fileURLToPath(new URL('.', import.meta.url)))] }),
  },
  // Starlight's small scripts as files instead of inline: each inline script costs its text in
  // every page's HTML plus a hash in every page's policy; files are cached once for all pages.
  vite: {
    build: {
      assetsInlineLimit: 0,
      // Every MDX page would print Rolldown's warning about Astro's own "use astro:head-inject"
      // directive; only that one is dropped, so a real warning stands out (src/logging/).
      rolldownOptions: { onLog: withoutHeadInjectWarnings },
    },
    environments: { client: { build: { rolldownOptions: { output: { codeSplitting: clientCodeSplitting } } } } },
    // The content data module as Latin-1 text, which V8 compiles in a tenth of the time (src/build/).
    plugins: [pagefindUiLanguages(localeCodes), solidHydrateClient(), sidebarWithoutPersister(), latin1ContentData()],
  },
  integrations: [
    // Before Starlight, which then leaves the sitemap to it (src/seo/sitemap.ts).
    helpSitemap(),
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
      head: [
        { tag: 'script', attrs: { type: 'speculationrules' }, content: speculationRules },
        { tag: 'script', content: trustedTypesPolicy },
      ],
      components: {
        Search: './src/components/overrides/Search.astro',
        PageTitle: './src/components/overrides/PageTitle.astro',
        Sidebar: './src/components/overrides/Sidebar.astro',
      },
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
    // No `mdx()` here: Starlight adds @astrojs/mdx itself with `optimize` on, which compiles an
    // article's plain HTML to strings rather than one call per element; one listed here replaces it.
    // Astro's Solid integration, its Vite plugin's hooks filtered to the modules it compiles (src/islands/).
    solidWithHookFilters(),
    htmlOutput(),
    localizedNotFound(),
  ],
});
