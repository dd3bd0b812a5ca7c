import { escape } from './label-contexts.ts';
import type { Project } from './project.ts';

/**
 * The ways a rule value can be typed by hand in one language, as patterns: the bare number ("90",
 * and as the locale writes it), the value with its unit as the site's own formatter prints it
 * (`src/i18n/format.ts`: "90 days", "90 giorni", "an hour", "un’ora", "une heure", "eine Stunde"),
 * with either apostrophe, and for a value of 1 the few other spellings the formatter does not
 * produce ("one hour", "einen Tag"). Deriving the forms from the formatter keeps this list right
 * when a value or a unit's wording changes.
 */
export function typedValuePatterns(project: Project, id: string, locale: string): RegExp[] {
  const parameter = project.parameters[id]!;
  const numbers = new Set([String(parameter.value), project.formatParameter(id, locale, 'number')]);
  const patterns = [...numbers].map(
    (number) => new RegExp(`(?<![\\p{N}.,\\-])${escape(number)}(?!\\p{N}|[.,]\\p{N})`, 'gu'),
  );
  const words = new Set(
    [
      project.formatParameter(id, locale),
      ...(parameter.value === 1 ? (otherSpellingsOfOne[parameter.unit]?.[locale] ?? []) : []),
    ].flatMap((form) => [form, form.replaceAll('’', "'")]),
  );
  for (const form of words) patterns.push(new RegExp(`${notWordBefore}${escape(form)}${notWordAfter}`, 'giu'));
  return patterns;
}

/**
 * A value of 1 written in words the formatter does not print (it prints "an hour", "un’ora",
 * "une heure", "eine Stunde", "one seat"...): other articles, another case, the word Autodesk's
 * German help does not use for seats. Matched case-insensitively.
 */
const otherSpellingsOfOne: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  hour: { en: ['one hour'], it: ['una ora'] },
  day: { en: ['a day'], de: ['einen Tag'] },
  seat: { de: ['einen Lizenzplatz', 'einen Arbeitsplatz', 'ein Arbeitsplatz'] },
};

const notWordBefore = '(?<![\\p{L}\\p{N}_])';
const notWordAfter = '(?![\\p{L}\\p{N}_])';
