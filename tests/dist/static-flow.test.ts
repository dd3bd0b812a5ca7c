import { describe, expect, test } from 'vitest';
import { supportContactUrl } from '../../src/config/support.ts';
import { headlinesOf } from '../../src/components/checker/checker-state.ts';
import { staticFlowUrl } from '../../src/components/static-flow/text.ts';
import { localeCodes, type Locale } from '../../src/i18n/locales.ts';
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
 * way that each back link returns to the page it came from and each change link to the page that
 * asked its question. Returns the outcomes found and the reason links.
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
      expect(hrefsOf(document, 'dl.static-flow-summary a[data-change]'), `change links of ${url}`).toEqual(trail);
      expect(document.querySelectorAll('dl.static-flow-summary dt')).toHaveLength(trail.length);
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

  test('the flow pages are out of the search index and the sidebar', () => {
    const document = builtPage(staticFlowUrl(locale, 'partner', 'question', []));
    expect(document.querySelectorAll('main h1')).toHaveLength(1);
    expect(document.querySelectorAll('[data-pagefind-body]')).toHaveLength(0);
    expect(document.querySelectorAll('nav a[href*="/check/"]')).toHaveLength(0);
  });
});
