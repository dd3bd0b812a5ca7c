import { describe, expect, test } from 'vitest';
import { checkerStrings } from './checker/index.ts';
import { dictionaryProblems, validatedDictionaries } from './dictionary-schema.ts';

const english = { title: 'Check', fields: { today: 'Today', later: 'Later' } };
const complete = { title: 'Verifica', fields: { today: 'Oggi', later: 'Dopo' } };

describe('the build checks every UI dictionary against English where it loads them', () => {
  test('the repository’s checker strings load', () => {
    expect(Object.keys(checkerStrings)).toEqual(['en', 'it', 'fr', 'de']);
  });

  test('complete dictionaries pass through unchanged', () => {
    const dictionaries = { en: english, it: complete, fr: complete, de: complete };
    expect(validatedDictionaries('example', dictionaries)).toBe(dictionaries);
  });

  test.each([
    [
      'a missing key names the file, the locale and the key',
      { title: 'Prüfen', fields: { today: 'Heute' } },
      'src/i18n/ui/example/de.ts: the "de" dictionary lacks the string "fields.later" that src/i18n/ui/example/en.ts has. ' +
        'Fix: add "fields.later" to src/i18n/ui/example/de.ts, translated from src/i18n/ui/example/en.ts.',
    ],
    [
      'an extra key names the file, the locale and the key',
      { title: 'Prüfen', fields: { today: 'Heute', later: 'Später', never: 'Nie' } },
      'src/i18n/ui/example/de.ts: the "de" dictionary has "fields.never", which src/i18n/ui/example/en.ts does not. ' +
        'Fix: remove it from src/i18n/ui/example/de.ts, or add it to src/i18n/ui/example/en.ts (and every other locale) first.',
    ],
    [
      'an empty string is reported',
      { title: '', fields: { today: 'Heute', later: 'Später' } },
      'src/i18n/ui/example/de.ts: the "de" string "title" is empty. Fix: give it the shape it has in src/i18n/ui/example/en.ts, translated.',
    ],
    [
      'a missing locale is reported',
      undefined,
      'src/i18n/ui/example/de.ts: the "de" dictionary is missing from src/i18n/ui/example/index.ts. ' +
        'Fix: create src/i18n/ui/example/de.ts with every key of src/i18n/ui/example/en.ts, translated, and add it to src/i18n/ui/example/index.ts.',
    ],
  ])('%s', (_name, german, line) => {
    const dictionaries = { en: english, it: complete, fr: complete, de: german as typeof complete };
    expect(() => validatedDictionaries('example', dictionaries)).toThrow(
      `UI strings of src/i18n/ui/example/ are incomplete:\n${line}`,
    );
  });

  test('every locale’s problems are listed, not only the first', () => {
    const broken = { title: 'x', fields: {} };
    const problems = dictionaryProblems('example', { en: english, it: broken, fr: complete, de: broken });
    expect(problems.map((problem) => `${problem.locale} ${problem.key}`)).toEqual([
      'it fields.today',
      'it fields.later',
      'de fields.today',
      'de fields.later',
    ]);
  });
});
