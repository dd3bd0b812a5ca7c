import type { Locale } from '../../locales.ts';
import { validatedDictionaries } from '../dictionary-schema.ts';
import type { StaticFlowStrings } from '../static-flow-strings.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { fr } from './fr.ts';
import { it } from './it.ts';

/**
 * What the checker without JavaScript says, per locale. A missing locale or key fails the type check and,
 * through `validatedDictionaries`, the build.
 */
export const staticFlowStrings: Record<Locale, StaticFlowStrings> = validatedDictionaries<StaticFlowStrings>(
  'static-flow',
  { en, it, fr, de },
);
