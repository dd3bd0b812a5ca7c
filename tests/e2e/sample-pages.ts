import {
  procedureIds,
  staticFlowPaths,
  type Action,
  type StaticPage,
  type StaticPageKind,
} from '../../src/rules/index.ts';
import { join } from 'node:path';
import { builtPages, distDir, isStaticFlowPage } from '../../scripts/bench/built-pages.ts';
import { localeCodes, localePrefix, type Locale } from './locales.ts';

const flowPageKinds = ['question', 'change', 'check-answers', 'result'] as const satisfies readonly StaticPageKind[];

/** How much a flow page shows: its answers, then its reasons. The fullest page of a template stands for the others. */
const contentOf = (page: StaticPage) =>
  page.answers.length * 100 + (page.kind === 'question' || page.kind === 'change' ? 0 : page.verdict.reasons.length);

/**
 * One page of each template, action and kind in a locale, for scans that need not repeat over
 * pages built from the same template: every page that is not part of the no-JavaScript flow (the
 * home page, the articles, the writers' pages: each its own layout) and, per action, the fullest
 * question, change, check-answers and result page of the flow.
 */
export function samplePages(locale: Locale): string[] {
  const ownPages = builtPages().filter((path) => !isStaticFlowPage(path) && localeOfPage(path) === locale);
  const flowPages = procedureIds.flatMap((action: Action) =>
    flowPageKinds.map((kind) => {
      const [fullest] = staticFlowPaths(action)
        .filter((page) => page.kind === kind)
        .sort((a, b) => contentOf(b) - contentOf(a));
      return `${localePrefix(locale)}check/${fullest!.path}`;
    }),
  );
  return [...ownPages, `${localePrefix(locale)}404.html`, ...flowPages];
}

/** The locale of a built page, from its path (`/it/...`); the default locale has no prefix. */
export function localeOfPage(path: string): Locale {
  return (
    localeCodes.find((locale) => localePrefix(locale) !== '/' && path.startsWith(localePrefix(locale))) ??
    localeCodes[0]
  );
}

/** The file of the build that a page's path (`/it/`, `/it/404.html`) is served from. */
export function builtFile(path: string): string {
  return join(distDir, path.endsWith('.html') ? path : `${path}index.html`);
}
