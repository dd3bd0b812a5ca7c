import { describe, expect, test } from 'vitest';
import { parameterAnchor } from '../../src/components/writers/anchors.ts';
import { formatParameter } from '../../src/i18n/format.ts';
import { localeCodes, localePrefix } from '../../src/i18n/locales.ts';
import { ruleSentence } from '../../src/i18n/rule-sentence.ts';
import { fillTemplate } from '../../src/i18n/ui/template.ts';
import { writerStrings } from '../../src/i18n/ui/writers/index.ts';
import { articleSlugs, parameters, ruleAnchor, rules, type ParameterId } from '../../src/rules/index.ts';
import { parameterReferences } from '../../src/rules/parameter-references.ts';
import { ownTranslations, terms, type TermId } from '../../src/rules/terms.ts';
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

  test('the rules page documents every rule value: value, unit, meaning, and the sentence of the rule that states it', () => {
    const document = builtPage(`${localePrefix(locale)}writers/rules/`);
    for (const id of Object.keys(parameters) as ParameterId[]) {
      const { description, reference } = parameterReferences[id];
      const entry = document.querySelector(`section[aria-labelledby="${parameterAnchor(id)}"]`);
      expect(textOf(entry?.querySelector(`h3#${parameterAnchor(id)}`))).toBe(id);
      const text = textOf(entry);
      const value = formatParameter(parameters[id], locale).replace(/\s+/g, ' ');
      expect(text).toContain(`${value} · ${fillTemplate(strings.rules.unit, { unit: parameters[id].unit })}`);
      expect(textOf(entry?.querySelector('dd[lang="en"]'))).toBe(description);
      // The quoted sentence is the bound rule's English sentence, linked to that rule's entry.
      expect(textOf(entry?.querySelector('[data-reference-sentence]'))).toBe(`“${ruleSentence(reference.rule, 'en')}”`);
      const link = entry?.querySelector(`a[href="#${ruleAnchor(reference.rule)}"]`);
      expect(textOf(link)).toBe(fillTemplate(strings.rules.sourceRule, { id: reference.rule }));
      expect(document.getElementById(ruleAnchor(reference.rule))).not.toBeNull();
      expect(text).toContain(
        'page' in reference ? fillTemplate(strings.rules.sourcePage, { page: reference.page }) : strings.rules.sourceSeed,
      );
    }
    // Each rule bound to a value leads to that value's entry.
    const ruleEntry = document.querySelector(`#${ruleAnchor('partner-update-delay')} + dl`);
    expect(ruleEntry?.querySelector(`a[href="#${parameterAnchor('partner-update-delay')}"]`)).not.toBeNull();
  });

  test('the status page lists the account labels whose translations are ours', () => {
    const document = builtPage(`${localePrefix(locale)}writers/status/`);
    const ownTranslated = Object.keys(ownTranslations) as TermId[];
    expect(ownTranslated.length).toBeGreaterThan(0);
    const rows = [...document.querySelectorAll('table.writers-own-translations tbody tr')];
    expect(rows.map((row) => row.getAttribute('data-term'))).toEqual(ownTranslated);
    for (const row of rows) {
      const id = row.getAttribute('data-term') as TermId;
      expect([...row.children].map((cell) => textOf(cell))).toEqual(localeCodes.map((code) => terms[id][code]));
      expect(
        [...row.querySelectorAll('td[data-own-translation]')].map((cell) => cell.getAttribute('lang')),
      ).toEqual(ownTranslations[id as keyof typeof ownTranslations]);
    }
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
