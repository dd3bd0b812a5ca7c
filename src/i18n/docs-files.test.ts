import { describe, expect, test } from 'vitest';
import { docsFileAt, docsFilePath, docsFolder } from './docs-files.ts';

describe('a docs file', () => {
  test('is in the language its first folder names, with the same slug as the English file', () => {
    expect(docsFileAt('it/add-or-reduce-seats.mdx')).toEqual({ locale: 'it', slug: 'add-or-reduce-seats' });
    expect(docsFileAt('de/guides/renewal.md')).toEqual({ locale: 'de', slug: 'guides/renewal' });
    expect(docsFileAt('add-or-reduce-seats.mdx')).toEqual({ locale: 'en', slug: 'add-or-reduce-seats' });
  });

  test('is in the default language when its first folder names no other language', () => {
    expect(docsFileAt('italy/x.mdx')).toEqual({ locale: 'en', slug: 'italy/x' });
    expect(docsFileAt('it.mdx')).toEqual({ locale: 'en', slug: 'it' });
    expect(docsFileAt('en/x.mdx')).toEqual({ locale: 'en', slug: 'en/x' });
  });

  test("reads another project's languages when given them", () => {
    const project = { locales: ['en', 'es'], defaultLocale: 'en' };
    expect(docsFileAt('es/x.mdx', project)).toEqual({ locale: 'es', slug: 'x' });
    expect(docsFileAt('it/x.mdx', project)).toEqual({ locale: 'en', slug: 'it/x' });
  });

  test('is written where docsFileAt reads it back from', () => {
    for (const locale of ['en', 'it', 'fr', 'de']) {
      const path = docsFilePath(locale, 'guides/renewal');
      expect(path.startsWith(`${docsFolder}/`)).toBe(true);
      expect(docsFileAt(path.slice(docsFolder.length + 1))).toEqual({ locale, slug: 'guides/renewal' });
    }
    expect(docsFilePath('it', 'x')).toBe('src/content/docs/it/x.mdx');
    expect(docsFilePath('en', 'x')).toBe('src/content/docs/x.mdx');
  });
});
