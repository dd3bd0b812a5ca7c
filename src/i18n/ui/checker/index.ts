import type { Locale } from '../../locales.ts';
import type { CheckerStrings } from '../checker-strings.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { fr } from './fr.ts';
import { it } from './it.ts';

/** What the eligibility checker says, per locale. A missing locale or key fails the type check. */
export const checkerStrings: Record<Locale, CheckerStrings> = { en, it, fr, de };
