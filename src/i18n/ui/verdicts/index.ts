import type { Locale } from '../../locales.ts';
import type { VerdictStrings } from '../verdict-strings.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { fr } from './fr.ts';
import { it } from './it.ts';

/** What verdicts say, per locale. A locale missing here, or a key missing in one, fails the type check. */
export const verdictStrings: Record<Locale, VerdictStrings> = { en, it, fr, de };
