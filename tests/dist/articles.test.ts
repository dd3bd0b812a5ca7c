import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseMdx } from '../../scripts/checks/mdx.ts';
import { defaultLocale, localeCodes, localePrefix, type Locale } from '../../src/i18n/locales.ts';
import { articleSlugs, parameters, term, termPath, type TermId, type TermPathId } from '../../src/rules/index.ts';
import { supportContactUrl } from '../../src/config/support.ts';
import { articleUrl } from '../e2e/locales.ts';
import { builtPage, textOf } from './built-page.ts';

/** What each locale's built articles and home page say: their language, steps, rules and account labels. */

const sectionNames = {
  en: 'Account management for admins',
  it: 'Gestione degli account per gli amministratori',
  fr: 'Gestion des comptes pour les administrateurs',
  de: 'Kontoverwaltung für Administratoren',
};

const partnerSlug = 'update-authorized-partner-information';
const seatsSlug = 'add-or-reduce-seats';

/** The `<UiTerm>` tags of an article's source, in order, as check:docs reads them: `x` for an id, `path:p` for a path. */
function uiTermsOfSource(locale: Locale, slug: string): string[] {
  const file = new URL(`../../src/content/docs/${locale === defaultLocale ? '' : `${locale}/`}${slug}.mdx`, import.meta.url);
  return parseMdx(readFileSync(file, 'utf8')).uiTerms.map(({ id }) => id);
}

describe.each(localeCodes)('articles in %s', (locale) => {
  test.each(articleSlugs)('%s prints each <UiTerm> of its source as its label in this language', (slug) => {
    const spans = [...builtPage(articleUrl(locale, slug)).querySelectorAll('main span.ui-term')];
    const expected = uiTermsOfSource(locale, slug);
    expect(expected.length).toBeGreaterThan(0);
    const path = (occurrence: string) => (occurrence.startsWith('path:') ? occurrence.slice('path:'.length) : undefined);
    expect(spans.map((span) => span.getAttribute('data-term'))).toEqual(expected.map((id) => path(id) ?? id));
    expect(spans.map(textOf)).toEqual(
      expected.map((id) =>
        path(id) ? termPath(path(id) as TermPathId, locale).join(' > ') : term(id as TermId, locale),
      ),
    );
  });

  test('the home page leads to every article of the same language', () => {
    const document = builtPage(localePrefix(locale));
    expect(document.documentElement.lang).toBe(locale);
    const headings = [...document.querySelectorAll('main :is(h1, h2, h3)')].map(textOf);
    expect(headings).toContain(sectionNames[locale]);
    for (const slug of articleSlugs) {
      expect(document.querySelectorAll(`main a[href="${articleUrl(locale, slug)}"]`)).toHaveLength(1);
    }
  });

  test('the partner article shows eight steps, the rules and the account labels of its language', () => {
    const document = builtPage(articleUrl(locale, partnerSlug));
    const main = document.querySelector('main')!;
    expect(document.documentElement.lang).toBe(locale);
    expect(main.querySelectorAll('.sl-steps > li')).toHaveLength(8);
    const sidebar = document.querySelector('#starlight__sidebar')!;
    expect(textOf(sidebar)).toContain(sectionNames[locale]);
    expect(sidebar.querySelectorAll(`a[href="${articleUrl(locale, seatsSlug)}"]`)).toHaveLength(1);
    expect(textOf(main)).toContain(termPath('billing-path', locale).join(' > '));
    expect(textOf(main)).toContain(term('update-reseller-information', locale));
    for (const rule of [
      'subscription-id-financial-transaction',
      'partner-update-replaces-all',
      'change-only-one-partner',
      'partner-update-delay',
      'partner-update-unavailable',
      'auto-renew-blocks-partner-update',
      'token-flex-blocks-partner-update',
      'expiration-window',
    ]) {
      expect(document.querySelectorAll(`#rule-${rule}`), rule).toHaveLength(1);
    }
    const window = new Intl.NumberFormat(locale).format(parameters['expiration-window'].value);
    expect(textOf(document.querySelector('#rule-expiration-window'))).toContain(window);
    expect(textOf(main)).toContain('CSN');
    expect(main.querySelectorAll('aside').length).toBeGreaterThan(0);
    expect(main.querySelector('time')?.getAttribute('datetime')).toMatch(/^2024-10-10/);
  });

  test.each([partnerSlug, seatsSlug])('the help block of %s links to Autodesk support', (slug) => {
    const links = builtPage(articleUrl(locale, slug)).querySelectorAll('main a[data-support-link]');
    expect(links).toHaveLength(1);
    expect(links[0]!.getAttribute('href')).toBe(supportContactUrl);
    expect(textOf(links[0]).length).toBeGreaterThan(5);
  });

  test('the seats article shows six add steps and four reduce steps', () => {
    const document = builtPage(articleUrl(locale, seatsSlug));
    const main = document.querySelector('main')!;
    const stepLists = main.querySelectorAll('.sl-steps');
    expect(stepLists).toHaveLength(2);
    expect(stepLists[0]!.querySelectorAll(':scope > li')).toHaveLength(6);
    expect(stepLists[1]!.querySelectorAll(':scope > li')).toHaveLength(4);
    for (const id of ['add-seats', 'reduce-seats', 'save-changes', 'submit-order'] as const) {
      expect(textOf(main)).toContain(term(id, locale));
    }
    for (const rule of [
      'seats-contract-manager-only',
      'seats-bought-online-only',
      'seats-payment-method',
      'seat-reduction-at-renewal',
    ]) {
      expect(document.querySelectorAll(`#rule-${rule}`), rule).toHaveLength(1);
    }
  });
});
