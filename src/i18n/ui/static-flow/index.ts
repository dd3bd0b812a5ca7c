import type { Locale } from '../../locales.ts';
import type { StaticFlowStrings } from '../static-flow-strings.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { fr } from './fr.ts';
import { it } from './it.ts';

/** What the checker without JavaScript says, per locale. A missing locale or key fails the type check. */
export const staticFlowStrings: Record<Locale, StaticFlowStrings> = { en, it, fr, de };
