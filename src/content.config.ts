import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';

export const collections = {
  docs: defineCollection({
    loader: docsLoader(),
    schema: docsSchema({
      extend: z.object({
        /**
         * Words readers of this language search for that the article does not use ("licenses"
         * for seats): Pagefind indexes them with the page (src/components/overrides/PageTitle.astro).
         */
        searchKeywords: z.array(z.string()).optional(),
      }),
    }),
  }),
  // Starlight's i18n collection holds the search UI's strings (Pagefind's own it/fr/de translations
  // do not reach Starlight's search dialog) and the few of Starlight's own strings we correct (a
  // missing accent in French, "du" where the German pages say "Sie"); the project's strings live in
  // src/i18n/ui/.
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
