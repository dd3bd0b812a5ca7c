import { expect, test } from 'vitest';
import { localeCodes, localePrefix } from '../../src/i18n/locales.ts';
import { builtPage, textOf } from './built-page.ts';

/*
 * Static hosts answer an unknown address with the nearest `404.html`: each language has its own,
 * so a reader lost under `/it/` is answered in Italian, with a way home and a search in Italian.
 */

const taglineOf = (document: Document) => textOf(document.querySelector('.hero .tagline'));

test.each(localeCodes)('the "page not found" page of %s is in that language, at <prefix>404.html', (locale) => {
  const document = builtPage(`${localePrefix(locale)}404.html`);
  expect(document.documentElement.lang).toBe(locale);
  expect(taglineOf(document).length).toBeGreaterThan(10);
  // The site title leads home in the same language.
  expect(document.querySelector('a.site-title')!.getAttribute('href')!.replace(/\/?$/, '/')).toBe(localePrefix(locale));
});

test('each language says "page not found" in its own words', () => {
  const taglines = localeCodes.map((locale) => taglineOf(builtPage(`${localePrefix(locale)}404.html`)));
  expect(new Set(taglines).size).toBe(localeCodes.length);
});
