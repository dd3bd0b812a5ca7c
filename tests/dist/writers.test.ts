import { describe, expect, test } from 'vitest';
import { localeCodes, localePrefix } from '../../src/i18n/locales.ts';
import { writerStrings } from '../../src/i18n/ui/writers/index.ts';
import { articleSlugs, parameters, ruleAnchor, rules } from '../../src/rules/index.ts';
import { builtPage, textOf } from './built-page.ts';

/** What the writers' pages of each locale say, and where their links lead. */

describe.each(localeCodes)("writers' pages in %s", (locale) => {
  const strings = writerStrings[locale];

  test('the writers’ pages have their own sidebar, stay out of search engines and lead to no article by previous/next', () => {
    for (const page of ['rules', 'status']) {
      const document = builtPage(`${localePrefix(locale)}writers/${page}/`);
      const sidebar = document.querySelector('#starlight__sidebar')!;
      expect(textOf(sidebar)).toContain(strings.sidebar.group);
      expect(textOf(sidebar.querySelector(`a[href="${localePrefix(locale)}writers/rules/"]`))).toBe(
        strings.sidebar.rules,
      );
      expect(textOf(sidebar.querySelector(`a[href="${localePrefix(locale)}writers/status/"]`))).toBe(
        strings.sidebar.status,
      );
      expect(document.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
      expect(document.querySelectorAll('.pagination-links a')).toHaveLength(0);
    }
  });

  test('the readers’ pages neither list the writers’ pages nor lead to them by previous/next', () => {
    for (const slug of articleSlugs) {
      const document = builtPage(`${localePrefix(locale)}${slug}/`);
      expect(document.querySelectorAll('#starlight__sidebar a[href*="/writers/"]')).toHaveLength(0);
      expect(document.querySelectorAll('.pagination-links a[href*="/writers/"]')).toHaveLength(0);
      expect(document.querySelector('meta[name="robots"]')).toBeNull();
    }
  });

  test('the rules page lists every rule with its value, and its sentences lead to the rule in each article', () => {
    const document = builtPage(`${localePrefix(locale)}writers/rules/`);
    expect(document.documentElement.lang).toBe(locale);
    expect(textOf(document.querySelector('h1'))).toBe(strings.rules.title);
    for (const id of Object.keys(rules) as (keyof typeof rules)[]) {
      expect(textOf(document.querySelector(`h2#${ruleAnchor(id)}`))).toBe(id);
    }
    expect(textOf(document.querySelector(`#${ruleAnchor('expiration-window')} + dl`))).toContain(
      String(parameters['expiration-window'].value),
    );
    const href = `/de/update-authorized-partner-information/#${ruleAnchor('expiration-window')}`;
    expect(document.querySelectorAll(`a[href="${href}"]`)).toHaveLength(1);
    const target = builtPage('/de/update-authorized-partner-information/');
    expect(textOf(target.querySelector(`#${ruleAnchor('expiration-window')}`))).toContain('abgelaufen');
  });

  test('the status page shows one row per article and a state per translation', () => {
    const document = builtPage(`${localePrefix(locale)}writers/status/`);
    expect(document.documentElement.lang).toBe(locale);
    // One row per English page (the home page and each article), a state per translation.
    const pages = articleSlugs.length + 1;
    expect(document.querySelectorAll('table.writers-status tbody tr')).toHaveLength(pages);
    expect(document.querySelectorAll('table.writers-status td[data-status]')).toHaveLength(pages * (localeCodes.length - 1));
  });
});
