import type { StarlightUserConfig } from '@astrojs/starlight/types';

/**
 * The sidebar, with group labels in every language. Article links are given by slug, so Starlight
 * labels them with each locale's page title.
 */
export const sidebar: NonNullable<StarlightUserConfig['sidebar']> = [
  {
    label: 'Account management for admins',
    translations: {
      it: 'Gestione degli account per gli amministratori',
      fr: 'Gestion des comptes pour les administrateurs',
      de: 'Kontoverwaltung für Administratoren',
    },
    items: [{ slug: 'update-authorized-partner-information' }, { slug: 'add-or-reduce-seats' }],
  },
];
