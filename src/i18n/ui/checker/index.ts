import type { Locale } from '../../locales.ts';
import { validatedDictionaries } from '../dictionary-schema.ts';
import type { CheckerStrings } from '../checker-strings.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { fr } from './fr.ts';
import { it } from './it.ts';

/**
 * What the eligibility checker says, per locale. A missing locale or key fails the type check and, through
 * `validatedDictionaries`, the build.
 */
export const checkerStrings: Record<Locale, CheckerStrings> = validatedDictionaries<CheckerStrings>('checker', {
  en,
  it,
  fr,
  de,
});
