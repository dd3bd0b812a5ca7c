import type { Locale } from '../../locales.ts';
import { validatedDictionaries } from '../dictionary-schema.ts';
import type { VerdictStrings } from '../verdict-strings.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { fr } from './fr.ts';
import { it } from './it.ts';

/**
 * What verdicts say, per locale. A missing locale or key fails the type check and, through
 * `validatedDictionaries`, the build.
 */
export const verdictStrings: Record<Locale, VerdictStrings> = validatedDictionaries<VerdictStrings>('verdicts', {
  en,
  it,
  fr,
  de,
});
