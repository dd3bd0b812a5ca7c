import type { Locale } from '../../locales.ts';
import { validatedDictionaries } from '../dictionary-schema.ts';
import type { WriterStrings } from '../writer-strings.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { fr } from './fr.ts';
import { it } from './it.ts';

/**
 * The writers' pages' chrome, per locale. A missing locale or key fails the type check and, through
 * `validatedDictionaries`, the build.
 */
export const writerStrings: Record<Locale, WriterStrings> = validatedDictionaries<WriterStrings>('writers', {
  en,
  it,
  fr,
  de,
});
