import type { Locale } from '../../locales.ts';
import type { WriterStrings } from '../writer-strings.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { fr } from './fr.ts';
import { it } from './it.ts';

/** The writers' pages' chrome, per locale. A locale missing here, or a key missing in one, fails the type check. */
export const writerStrings: Record<Locale, WriterStrings> = { en, it, fr, de };
