import { expect, test, type Page } from '@playwright/test';
import { actionArticles, staticFlowUrl, staticQuestionText } from '../../src/components/static-flow/text.ts';
import { staticFlowStrings } from '../../src/i18n/ui/static-flow/index.ts';
import { verdictStrings } from '../../src/i18n/ui/verdicts/index.ts';
import { staticFlowPaths, type Action } from '../../src/rules/index.ts';
import { articleUrl, localeCodes, type Locale } from './locales.ts';

const actions = ['partner', 'seats'] as const satisfies readonly Action[];

/** The outcomes each flow can reach, as the rules module enumerates them. */
const expectedOutcomes = (action: Action) =>
  [
    ...new Set(staticFlowPaths(action).flatMap((page) => (page.kind === 'result' ? [page.verdict.outcome] : []))),
  ].sort();

/** The href of the back link, which must come before the page's only <h1>. */
async function backLinkBeforeHeading(page: Page): Promise<string> {
  await expect(page.locator('main h1')).toHaveCount(1);
  const back = page.locator('main .static-flow-back');
  await expect(back).toHaveCount(1);
  const before = await back.evaluate((link) => {
    const heading = document.querySelector('main h1')!;
    return Boolean(link.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  expect(before, 'the back link comes before the heading').toBe(true);
  return (await back.getAttribute('href'))!;
}

const hrefs = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((links) => links.map((link) => link.getAttribute('href')!));

/**
 * Walks every path of a flow, depth first, by following links from the article's "step by step"
 * link. Checks on the way that each back link returns to the page it came from and each change
 * link to the page that asked its question. Returns the outcomes found and the reason links.
 */
async function walkFlow(page: Page, locale: Locale, action: Action) {
  // Only documents are needed to follow links: skipping styles, fonts and images keeps the walk fast.
  await page.route('**/*', (route) =>
    route.request().resourceType() === 'document' ? route.continue() : route.abort(),
  );
  const strings = staticFlowStrings[locale];
  const article = articleUrl(locale, actionArticles[action]);
  await page.goto(article, { waitUntil: 'domcontentloaded' });
  const start = page.locator('[data-static-flow-start]');
  await expect(start).toHaveText(strings.startLink);
  const startUrl = (await start.getAttribute('href'))!;
  expect(startUrl).toBe(staticFlowUrl(locale, action, 'question', []));

  const outcomes = new Set<string>();
  const reasonLinks = new Set<string>();
  let results = 0;
  /** `trail`: the question pages on the way here, in order. */
  const visit = async (url: string, from: string, trail: string[]): Promise<void> => {
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    expect(await backLinkBeforeHeading(page), `back link of ${url}`).toBe(from);
    const kind = await page.locator('[data-page-kind]').getAttribute('data-page-kind');
    if (kind === 'question') {
      const answers = await hrefs(page, 'ul.static-flow-answers > li > a[data-answer]');
      expect(answers.length, url).toBeGreaterThanOrEqual(2);
      for (const next of answers) await visit(next, url, [...trail, url]);
    } else if (kind === 'check-answers') {
      const changes = await hrefs(page, 'dl.static-flow-summary a[data-change]');
      expect(changes, `change links of ${url}`).toEqual(trail);
      await expect(page.locator('dl.static-flow-summary dt')).toHaveCount(trail.length);
      const [result] = await hrefs(page, 'a.static-flow-continue');
      await visit(result!, url, trail);
    } else {
      expect(kind).toBe('result');
      const verdict = page.locator('[data-outcome]');
      const outcome = (await verdict.getAttribute('data-outcome'))!;
      const headlines =
        action === 'partner' ? verdictStrings[locale].partnerOutcomes : verdictStrings[locale].seatOutcomes;
      await expect(page.locator('main h1')).toHaveText(headlines[outcome as keyof typeof headlines]);
      const reasons = (await verdict.getAttribute('data-reasons'))!;
      await expect(verdict.locator('li[data-reason]')).toHaveCount(reasons ? reasons.split(' ').length : 0);
      for (const link of await hrefs(page, '[data-outcome] li[data-reason] a')) reasonLinks.add(link);
      outcomes.add(outcome);
      results += 1;
    }
  };
  await visit(startUrl, article, []);
  return { outcomes: [...outcomes].sort(), reasonLinks: [...reasonLinks], results };
}

test.describe('the checker without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const locale of localeCodes) {
    for (const action of actions) {
      test(`every path of the ${action} flow in ${locale} ends at its result`, async ({ page }) => {
        test.setTimeout(120_000);
        const { outcomes, reasonLinks, results } = await walkFlow(page, locale, action);
        expect(outcomes).toEqual(expectedOutcomes(action));
        expect(results).toBe(staticFlowPaths(action).filter((flowPage) => flowPage.kind === 'result').length);
        // Each reason links to the sentence of the article, in the same language, that states its rule.
        for (const link of reasonLinks) {
          expect(link).toMatch(new RegExp(`^${articleUrl(locale, '[a-z-]+')}#rule-[a-z-]+$`));
          await page.goto(link, { waitUntil: 'domcontentloaded' });
          await expect(page.locator(`[id="${link.split('#')[1]}"]`)).toHaveCount(1);
        }
      });
    }

    test(`links are followed by clicking, and change and back return to the question in ${locale}`, async ({
      page,
    }) => {
      const strings = staticFlowStrings[locale];
      await page.goto(articleUrl(locale, actionArticles.seats));
      await page.locator('[data-static-flow-start]').click();
      await expect(page.locator('main h1')).toHaveText(staticQuestionText(locale, 'contractManager'));
      await page.locator('a[data-answer="yes"]').click();
      await expect(page.locator('main h1')).toHaveText(staticQuestionText(locale, 'autoRenew'));
      await page.locator('.static-flow-back').click();
      await expect(page.locator('main h1')).toHaveText(staticQuestionText(locale, 'contractManager'));
      await page.locator('a[data-answer="yes"]').click();
      await page.locator('a[data-answer="no"]').click();
      await expect(page.locator('main h1')).toHaveText(staticQuestionText(locale, 'boughtOnline'));
      await page.locator('a[data-answer="yes"]').click();
      await expect(page.locator('main h1')).toHaveText(strings.checkAnswersTitle);
      // The change link is named by its question.
      const change = page.getByRole('link', { name: staticQuestionText(locale, 'autoRenew') });
      await expect(change).toHaveText(new RegExp(`^${strings.change}`));
      await change.click();
      await expect(page.locator('main h1')).toHaveText(staticQuestionText(locale, 'autoRenew'));
      await page.locator('a[data-answer="yes"]').click();
      await page.locator('a[data-answer="yes"]').click();
      await page.getByRole('link', { name: strings.seeResult }).click();
      await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'self-service');
      await expect(page.locator('[data-outcome]')).toHaveAttribute('data-reasons', '');
      await page.locator('.static-flow-back').click();
      await expect(page.locator('main h1')).toHaveText(strings.checkAnswersTitle);
    });

    test(`the flow pages are out of the search index and the sidebar in ${locale}`, async ({ page }) => {
      await page.goto(staticFlowUrl(locale, 'partner', 'question', []));
      await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);
      await expect(page.locator('nav a[href*="/check/"]')).toHaveCount(0);
    });
  }
});
