import { describe, expect, test } from 'vitest';
import { rules, type RuleId } from '../rules/index.ts';
import { localeCodes } from './locales.ts';
import { fillRuleQuote, ruleSentence } from './rule-sentence.ts';

describe('ruleSentence', () => {
  test('fills values, labels and menu paths as the components print them', () => {
    expect(ruleSentence('expiration-window', 'en')).toBe(
      'Your contract has expired or is within 90 days of expiration',
    );
    expect(ruleSentence('partner-update-delay', 'de')).toContain('mindestens eine Stunde dauern');
    expect(fillRuleQuote('{path:billing-path} / {term:save}', 'fr')).toBe(
      'Facturation et commandes > Abonnements et contrats / Enregistrer',
    );
  });

  test.each(localeCodes)('every rule has a sentence in %s with no placeholder left', (locale) => {
    for (const id of Object.keys(rules) as RuleId[]) expect(ruleSentence(id, locale)).not.toMatch(/[{}]/);
  });

  test('unknown placeholders stay visible', () => {
    expect(fillRuleQuote('{nope} {term:nope} {path:nope}', 'it')).toBe('{nope} {term:nope} {path:nope}');
  });
});
