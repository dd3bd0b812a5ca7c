import { describe, expect, test } from 'vitest';
import { hookHandlerFor } from './filtered-hook.ts';
import { latin1ContentData, latin1ContentDataModule } from './latin1-content-data.ts';

/** Astro's content data module for a data store, as Astro writes it. */
const moduleOf = (store: unknown) => `export default JSON.parse(${JSON.stringify(JSON.stringify(store))})`;

/** The value a module of that shape exports. */
const valueOf = (code: string): unknown => new Function(code.replace('export default', 'return'))();

const store = {
  'it/add-or-reduce-seats': {
    body: 'L’abbonamento – «Aggiungi postazioni» 🙂',
    title: 'Aggiungere o ridurre le postazioni',
  },
  'fr/update': { body: 'Cliquez sur « Enregistrer » : c’est fait.\n\\ "quoted" \u2028', title: 'Mettre à jour' },
  'de/seats': { body: 'Wählen Sie „Speichern“ aus.', title: 'Plätze' },
};

describe('the content data module written in Latin-1', () => {
  test('every character beyond Latin-1 is escaped, and the module’s value is the same', () => {
    const code = moduleOf(store);
    const latin1 = latin1ContentDataModule(code)!;
    expect(latin1).toMatch(/^[\u0000-\u00ff]*$/);
    expect(latin1).toContain('L\\\\u2019abbonamento');
    // Latin-1 letters stay as they are.
    expect(latin1).toContain('Wählen');
    expect(valueOf(latin1)).toEqual(store);
    expect(valueOf(latin1)).toEqual(valueOf(code));
  });

  test('a module with nothing beyond Latin-1 is left as it is', () => {
    expect(latin1ContentDataModule(moduleOf({ 'de/seats': { title: 'Plätze' } }))).toBeUndefined();
  });

  test('a module Astro writes another way fails the build instead of changing a value', () => {
    expect(() => latin1ContentDataModule(`export default ${JSON.stringify(store)}`)).toThrow(/changed shape/);
  });

  test('the bundler calls the plugin for that one module', () => {
    const { transform } = latin1ContentData();
    const code = moduleOf(store);
    const handler = hookHandlerFor(transform, '\0astro:data-layer-content') as (code: string) => { code: string };
    expect(valueOf(handler(code).code)).toEqual(store);
    expect(hookHandlerFor(transform, '\0astro:content')).toBeUndefined();
    expect(hookHandlerFor(transform, '/site/src/content/docs/it/index.mdx')).toBeUndefined();
    expect(hookHandlerFor(transform, '\0astro:data-layer-content?x')).toBeUndefined();
  });
});
