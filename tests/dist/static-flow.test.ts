import { describe, expect, test } from 'vitest';
import { supportContactUrl } from '../../src/config/support.ts';
import { headlinesOf } from '../../src/components/checker/checker-state.ts';
import { staticFlowUrl } from '../../src/components/static-flow/text.ts';
import { localeCodes, localePrefix, type Locale } from '../../src/i18n/locales.ts';
import { staticFlowStrings } from '../../src/i18n/ui/static-flow/index.ts';
import { verdictStrings } from '../../src/i18n/ui/verdicts/index.ts';
import { procedureById, procedureIds, staticFlowPaths, type Action } from '../../src/rules/index.ts';
import { articleUrl } from '../e2e/locales.ts';
import { builtPage, hrefsOf, textOf } from './built-page.ts';

/*
 * The checker without JavaScript is plain pages and links: walking the built HTML follows exactly
 * the links a reader without JavaScript follows. The clicks themselves are the browser suite's
 * (tests/e2e/static-flow.spec.ts).
 */


/** The outcomes each flow can reach, as the rules module enumerates them. */
const expectedOutcomes = (action: Action) =>
  [
    ...new Set(staticFlowPaths(action).flatMap((page) => (page.kind === 'result' ? [page.verdict.outcome] : []))),
  ].sort();

/** The href of the back link, which must come before the page's only <h1>. */
function backLinkBeforeHeading(document: Document, url: string): string {
  const headings = document.querySelectorAll('main h1');
  expect(headings, `one h1 on ${url}`).toHaveLength(1);
  const backs = document.querySelectorAll('main .static-flow-back');
  expect(backs, `one back link on ${url}`).toHaveLength(1);
  const position = backs[0]!.compareDocumentPosition(headings[0]!);
  expect(position & 4 /* DOCUMENT_POSITION_FOLLOWING */, `the back link comes before the heading on ${url}`).toBe(4);
  return backs[0]!.getAttribute('href')!;
}

/**
 * Walks every path of a flow, depth first, from the article's "step by step" link. Checks on the
 * way that each back link returns to the page it came from, and that each change link asks its
 * question again as the flow asked it, the answer given marked and leading back. Returns the
 * outcomes found and the reason links.
 */
function walkFlow(locale: Locale, action: Action) {
  const article = articleUrl(locale, procedureById(action).article);
  const start = builtPage(article).querySelector('[data-static-flow-start]');
  expect(textOf(start)).toBe(staticFlowStrings[locale].startLink);
  const startUrl = start!.getAttribute('href')!;
  expect(startUrl).toBe(staticFlowUrl(locale, action, 'question', []));

  const outcomes = new Set<string>();
  const reasonLinks = new Set<string>();
  let results = 0;
  /** `trail`: the question pages on the way here, in order. */
  const visit = (url: string, from: string, trail: string[]): void => {
    const document = builtPage(url);
    expect(backLinkBeforeHeading(document, url), `back link of ${url}`).toBe(from);
    const kind = document.querySelector('[data-page-kind]')!.getAttribute('data-page-kind');
    if (kind === 'question') {
      const answers = hrefsOf(document, 'ul.static-flow-answers > li > a[data-answer]');
      expect(answers.length, url).toBeGreaterThanOrEqual(2);
      for (const next of answers) visit(next, url, [...trail, url]);
    } else if (kind === 'check-answers') {
      const rows = [...document.querySelectorAll('dl.static-flow-summary .static-flow-summary-row')];
      expect(rows, `rows of ${url}`).toHaveLength(trail.length);
      rows.forEach((row, index) => {
        // "Change" asks the question again as the flow asked it, the answer given marked, and
        // choosing that answer again comes back here.
        const change = builtPage(row.querySelector('a[data-change]')!.getAttribute('href')!);
        expect(textOf(change.querySelector('main h1')), url).toBe(textOf(builtPage(trail[index]!).querySelector('main h1')));
        const marked = change.querySelectorAll('ul.static-flow-answers a[aria-current="true"]');
        expect(marked, url).toHaveLength(1);
        expect(textOf(marked[0]), url).toBe(
          `${textOf(row.querySelector('dd'))}, ${staticFlowStrings[locale].currentAnswer}`,
        );
        expect(marked[0]!.getAttribute('href'), url).toBe(url);
      });
      const [result] = hrefsOf(document, 'a.static-flow-continue');
      visit(result!, url, trail);
    } else {
      expect(kind).toBe('result');
      const verdict = document.querySelector('[data-outcome]')!;
      const outcome = verdict.getAttribute('data-outcome')!;
      const headlines = headlinesOf(action, verdictStrings[locale]);
      expect(textOf(document.querySelector('main h1'))).toBe(headlines[outcome as keyof typeof headlines]);
      const reasons = verdict.getAttribute('data-reasons')!;
      expect(verdict.querySelectorAll('li[data-reason]')).toHaveLength(reasons ? reasons.split(' ').length : 0);
      for (const link of hrefsOf(verdict, 'li[data-reason] a')) reasonLinks.add(link);
      outcomes.add(outcome);
      results += 1;
    }
  };
  visit(startUrl, article, []);
  return { outcomes: [...outcomes].sort(), reasonLinks: [...reasonLinks], results };
}

describe.each(localeCodes)('the checker without JavaScript in %s', (locale) => {
  test.each(procedureIds)('every path of the %s flow ends at its result, and each reason leads to its rule', (action) => {
    const { outcomes, reasonLinks, results } = walkFlow(locale, action);
    expect(outcomes).toEqual(expectedOutcomes(action));
    expect(results).toBe(staticFlowPaths(action).filter((flowPage) => flowPage.kind === 'result').length);
    // Each reason links to the sentence of the article, in the same language, that states its rule;
    // a next step leads to another article of the same language or to support.
    const ruleLinks = reasonLinks.filter((link) => link.includes('#rule-'));
    expect(ruleLinks.length).toBeGreaterThan(0);
    for (const link of ruleLinks) {
      expect(link).toMatch(new RegExp(`^${articleUrl(locale, '[a-z-]+')}#rule-[a-z-]+$`));
      const [path, anchor] = link.split('#');
      expect(builtPage(path!).querySelectorAll(`[id="${anchor}"]`), link).toHaveLength(1);
    }
    for (const link of reasonLinks.filter((link) => !link.includes('#rule-'))) {
      if (link === supportContactUrl) continue;
      expect(link).toMatch(new RegExp(`^${articleUrl(locale, '[a-z-]+')}$`));
      expect(builtPage(link).documentElement.lang, link).toBe(locale);
    }
  });

  test.each(procedureIds)('every change page of the %s flow returns to "check your answers" or asks what is new', (action) => {
    const strings = staticFlowStrings[locale];
    for (const page of staticFlowPaths(action)) {
      if (page.kind !== 'change') continue;
      const url = `${localePrefix(locale)}check/${page.path}`;
      const document = builtPage(url);
      const checkAnswers = staticFlowUrl(locale, action, 'check-answers', page.answers);
      expect(backLinkBeforeHeading(document, url), url).toBe(checkAnswers);
      expect(textOf(document.querySelector('.static-flow-change-intro')), url).toBe(strings.changeIntro);
      expect(document.querySelector('meta[name="robots"]')?.getAttribute('content'), url).toBe('noindex');
      const marked = document.querySelectorAll('a[aria-current="true"]');
      expect(marked, url).toHaveLength(page.current === undefined ? 0 : 1);
      for (const next of hrefsOf(document, 'ul.static-flow-answers > li > a[data-answer]')) {
        const kind = builtPage(next).querySelector('[data-page-kind]')?.getAttribute('data-page-kind');
        expect(['check-answers', 'change', 'question'], `${url} → ${next}`).toContain(kind);
      }
    }
  });

  test('the flow pages are out of the search index and the sidebar', () => {
    const document = builtPage(staticFlowUrl(locale, 'partner', 'question', []));
    expect(document.querySelectorAll('main h1')).toHaveLength(1);
    expect(document.querySelectorAll('[data-pagefind-body]')).toHaveLength(0);
    expect(document.querySelectorAll('nav a[href*="/check/"]')).toHaveLength(0);
  });
});
