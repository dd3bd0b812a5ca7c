// @ts-check
import mdx from '@astrojs/mdx';
import solid from '@astrojs/solid-js';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { starlightLocales } from './src/i18n/locales.ts';
import { sidebar } from './src/i18n/sidebar.ts';

export default defineConfig({
  site: 'https://help.example.com',
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
    }),
    mdx(),
    solid(),
  ],
});
