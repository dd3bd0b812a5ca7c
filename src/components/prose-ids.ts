import { toLocale } from '../i18n/locales.ts';
import type { ProsePage } from '../prose/prose-elements.ts';
import { parameters, rules, termPaths, terms } from '../rules/index.ts';

/**
 * The ids that prose components take, each with the file that defines them. MDX passes attributes
 * through untyped, so a mistyped id would otherwise reach the rules module as `undefined` and stop
 * the build with a bare TypeError that names neither the id nor the page.
 */
export const proseIdKinds = {
  RuleValue: { attribute: 'id', what: 'parameter', file: 'src/rules/parameters.ts', ids: Object.keys(parameters) },
  Rule: { attribute: 'id', what: 'rule', file: 'src/rules/rules.ts', ids: Object.keys(rules) },
  UiTerm: { attribute: 'id', what: 'term', file: 'src/rules/terms.ts', ids: Object.keys(terms) },
  UiTermPath: {
    attribute: 'path',
    what: 'term path',
    file: 'src/rules/terms.ts (termPaths)',
    ids: Object.keys(termPaths),
  },
} as const;

/** Which component and attribute an id came from. */
export type ProseIdKind = keyof typeof proseIdKinds;

/** The tag as a writer types it: `<UiTerm path="…">` for a term path. */
function tagName(kind: ProseIdKind): string {
  return kind === 'UiTermPath' ? 'UiTerm' : kind;
}

/**
 * `id` if the rules module knows it; otherwise throws an error that names the tag, the id, the
 * page and the fix (the known ids), which the build prints as it stops.
 *
 * @param page the file of the page being built, as the writer knows it (`src/content/docs/…`)
 */
export function knownProseId<Id extends string>(kind: ProseIdKind, id: unknown, page: string): Id {
  const { attribute, what, file, ids } = proseIdKinds[kind];
  if (typeof id === 'string' && (ids as readonly string[]).includes(id)) return id as Id;
  const written = typeof id === 'string' ? `${attribute}="${id}"` : `no ${attribute}`;
  throw new Error(
    `${page}: <${tagName(kind)} ${written}> names no ${what} of ${file}. ` +
      `Fix: use one of ${ids.map((known) => `"${known}"`).join(', ')}, or add the ${what} to ${file} first.`,
  );
}

/**
 * The source file of the page a component renders in, for error messages: the docs entry's file
 * when the page is Starlight's, else the URL path.
 */
export function pageFileOf(locals: object, url: URL): string {
  try {
    const route = (locals as { starlightRoute?: { entry?: { filePath?: string } } }).starlightRoute;
    if (route?.entry?.filePath) return route.entry.filePath;
  } catch {
    // Starlight's `starlightRoute` throws when read outside a Starlight page.
  }
  return url.pathname;
}

/** Where a prose component renders: the page's language (`Astro.currentLocale`) and its file. */
export function prosePageOf(currentLocale: string | undefined, locals: object, url: URL): ProsePage {
  return { locale: toLocale(currentLocale), page: pageFileOf(locals, url) };
}
