import type { Problem } from './problem.ts';
import type { Project } from './project.ts';

/**
 * Prose prints rule values with `<RuleValue>` and account labels with `<UiTerm>`, never by hand, so
 * a changed value or a renamed button changes every page. Scans each page's prose (frontmatter,
 * imports, code and component tags removed) for:
 *
 * - each parameter's value as a standalone number ("90", "90." but not "190" or "1.5"), and as the
 *   page's locale formats it with its unit ("90 days", "1 ora"); for a value of 1, also the
 *   spelled-out unit below ("an hour", "un’ora", "une heure", "eine Stunde");
 * - each account-UI label of the page's locale from `src/rules/terms.ts`, case-sensitive, whole
 *   words. Labels of several words (or with a dot, like manage.autodesk.com) are looked for
 *   everywhere except headings, where an article's own task names ("Add seats", "Ajouter des
 *   postes") may coincide with a button. Labels of one word ("Next", "Actions", "Suivant",
 *   "Fine", "Weiter"...) are ordinary words too, so they are looked for only where a writer marks
 *   a label: in bold, italics or quotes (`**Next**`, “Avanti”, « Suivant », „Weiter“). So are the
 *   few labels of several words that a language also uses as plain prose for the action itself,
 *   listed in {@link ordinaryPhrases}.
 */
export function checkHandTyped(project: Project): Problem[] {
  const problems: Problem[] = [];
  for (const locale of project.locales) {
    const patterns = [...valuePatterns(project, locale), ...termPatterns(project, locale)];
    for (const page of project.pages.get(locale)!.values()) {
      for (const { line, text, heading } of page.parsed.prose) {
        for (const pattern of patterns) {
          if (heading && pattern.kind === 'term') continue;
          const match = pattern.regex.exec(text);
          if (!match) continue;
          problems.push({
            file: page.file,
            line,
            message: `types ${pattern.what} by hand: "${match[0].trim()}".`,
            fix: `write ${pattern.component} instead, so the text follows src/rules/${pattern.kind === 'term' ? 'terms' : 'parameters'}.ts.`,
          });
        }
      }
    }
  }
  return problems;
}

interface Pattern {
  readonly kind: 'value' | 'term';
  readonly regex: RegExp;
  readonly what: string;
  readonly component: string;
}

/** How a value of 1 is spelled out with its unit, per locale (matched case-insensitively). */
const spelledOutOne: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  hour: { en: ['an hour', 'one hour'], it: ['un’ora', "un'ora", 'una ora'], fr: ['une heure'], de: ['eine Stunde'] },
  day: { en: ['one day', 'a day'], it: ['un giorno'], fr: ['un jour'], de: ['einen Tag', 'ein Tag'] },
  seat: {
    en: ['one seat'],
    it: ['una postazione'],
    fr: ['un poste'],
    de: ['einen Arbeitsplatz', 'ein Arbeitsplatz'],
  },
};

/**
 * Labels of several words that are also the ordinary way to say the thing in prose: German says
 * "Arbeitsplätze hinzufügen" both on the button and in "Nur Vertragsmanager können …
 * Arbeitsplätze hinzufügen"; the account's "Subscription ID" column is what the articles call
 * "a subscription ID". These are looked for only in bold, italics or quotes.
 */
const everywhere = ['subscription-id', 'contract-number'];
export const ordinaryPhrases: Readonly<Record<string, readonly string[]>> = {
  en: everywhere,
  it: everywhere,
  fr: everywhere,
  de: [...everywhere, 'add-seats', 'remove-seats'],
};

const notWordBefore = '(?<![\\p{L}\\p{N}_])';
const notWordAfter = '(?![\\p{L}\\p{N}_])';

/** Patterns for every parameter value in `locale`. */
function valuePatterns(project: Project, locale: string): Pattern[] {
  return Object.entries(project.parameters).flatMap(([id, parameter]) => {
    const component = `<RuleValue id="${id}" />`;
    const what = `the value of "${id}"`;
    const numbers = new Set([String(parameter.value), project.formatParameter(id, locale, 'number')]);
    const patterns: Pattern[] = [...numbers].map((number) => ({
      kind: 'value',
      regex: new RegExp(`(?<![\\p{N}.,\\-])${escape(number)}(?!\\p{N}|[.,]\\p{N})`, 'u'),
      what,
      component,
    }));
    patterns.push({
      kind: 'value',
      regex: new RegExp(`${notWordBefore}${escape(project.formatParameter(id, locale))}${notWordAfter}`, 'iu'),
      what,
      component,
    });
    if (parameter.value === 1) {
      for (const words of spelledOutOne[parameter.unit]?.[locale] ?? []) {
        patterns.push({
          kind: 'value',
          regex: new RegExp(`${notWordBefore}${escape(words)}${notWordAfter}`, 'iu'),
          what,
          component,
        });
      }
    }
    return patterns;
  });
}

/** Patterns for every account-UI label of `locale`. */
function termPatterns(project: Project, locale: string): Pattern[] {
  return Object.entries(project.terms).map(([id, labels]) => {
    const label = labels[locale]!;
    const component = `<UiTerm id="${id}" />`;
    const what = `the account label "${label}"`;
    const isOrdinaryWord = /^\p{L}+$/u.test(label) || (ordinaryPhrases[locale] ?? []).includes(id);
    const regex = isOrdinaryWord
      ? new RegExp(`(?:\\*\\*|[*_"“”„«‘'])\\s?${escape(label)}\\s?(?:\\*\\*|[*_"“”»’'])`, 'u')
      : new RegExp(`${notWordBefore}${escape(label)}${notWordAfter}`, 'u');
    return { kind: 'term', regex, what, component };
  });
}

/** `text` as a literal inside a regular expression. */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
