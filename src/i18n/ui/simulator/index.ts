import type { Locale } from '../../locales.ts';
import type { SimulatorStrings } from '../simulator-strings.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { fr } from './fr.ts';
import { it } from './it.ts';

/** The simulator's words, per locale. A locale missing here, or a key missing in one, fails the type check. */
export const simulatorStrings: Record<Locale, SimulatorStrings> = { en, it, fr, de };
