import type { Locale } from '../../locales.ts';
import { validatedDictionaries } from '../dictionary-schema.ts';
import type { SimulatorStrings } from '../simulator-strings.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { fr } from './fr.ts';
import { it } from './it.ts';

/**
 * The simulator's words, per locale. A missing locale or key fails the type check and, through
 * `validatedDictionaries`, the build.
 */
export const simulatorStrings: Record<Locale, SimulatorStrings> = validatedDictionaries<SimulatorStrings>('simulator', {
  en,
  it,
  fr,
  de,
});
