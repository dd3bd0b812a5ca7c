import { expect, test, type Page } from '@playwright/test';
import { applyEdits } from '../../src/build/html-edits.ts';
import { parsePage } from '../../src/build/html-page.ts';
import { term } from '../../src/rules/index.ts';
import { articleUrl, localeCodes } from './locales.ts';
import { serveAsHost, type Hosting } from './served-as-host.ts';

/**
 * The Content-Security-Policy in a real browser: enforced from the first element on a host that
 * sends only the `<meta>` and on one that sends only the header, and no violation when the
 * islands, the theme switch and the search run. What can be read from the files (every page's
 * policy, its hashes, its place in `<head>`) is checked in `tests/dist/content-security-policy.test.ts`.
 */

/** Starts recording CSP violations before any script of the page runs. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = violations;
    document.addEventListener('securitypolicyviolation', (event) => {
      violations.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sample})`);
    });
  });
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (/content security policy/i.test(message.text())) consoleErrors.push(message.text());
  });
  return async () => [
    ...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)),
    ...consoleErrors,
  ];
}

/**
 * The page with one changed inline script: Starlight's theme script, the first script of `<head>`
 * that runs, which an attacker who can alter the page in transit or in storage would change.
 * Its hash no longer matches, so a policy in force must refuse all of it.
 */
function withTamperedThemeScript(html: string): string {
  const theme = parsePage(html).inlineScripts.find(({ text }) => text.includes('StarlightThemeProvider'));
  if (!theme) throw new Error('Starlight’s theme script is not on the page');
  const opening = html.indexOf('>', theme.start) + 1;
  return applyEdits(html, [{ start: opening, end: opening, text: 'window.tampered = true;' }]);
}

/** The page without its `<meta>` policy: what a browser gets when only the header carries it. */
function withoutPolicyMeta(html: string): string {
  const meta = parsePage(html).policyMeta;
  if (!meta) throw new Error('The page has no policy <meta>');
  return applyEdits(html, [{ start: meta.start, end: meta.end, text: '' }]);
}

const deliveries: { title: string; hosting: Hosting; enforced: boolean }[] = [
  {
    title: 'a tampered inline script in <head> is blocked under the <meta> alone (a host that ignores _headers)',
    hosting: { headers: 'none', rewriteHtml: withTamperedThemeScript },
    enforced: true,
  },
  {
    title:
      'a tampered inline script in <head> is blocked under the header alone (a host that sends _headers, the page without its <meta>)',
    hosting: {
      headers: ['content-security-policy'],
      rewriteHtml: (html) => withoutPolicyMeta(withTamperedThemeScript(html)),
    },
    enforced: true,
  },
  {
    title: 'without either policy the tampered script runs (the two tests above can fail)',
    hosting: { headers: 'none', rewriteHtml: (html) => withoutPolicyMeta(withTamperedThemeScript(html)) },
    enforced: false,
  },
];

for (const { title, hosting, enforced } of deliveries) {
  test(title, async ({ page, baseURL }) => {
    const violations = await recordViolations(page);
    await serveAsHost(page, baseURL!, hosting);
    await page.goto(articleUrl('en', 'add-or-reduce-seats'));
    const ran = await page.evaluate(() => (window as unknown as { tampered?: boolean }).tampered === true);
    expect(ran).toBe(!enforced);
    const blocked = (await violations()).filter((violation) => violation.startsWith('script-src'));
    expect(blocked.length > 0).toBe(enforced);
  });
}

for (const locale of localeCodes) {
  test(`${locale}: both islands, the theme switch and the search run with zero CSP violations under both policies`, async ({
    page,
    baseURL,
  }) => {
    // The header and the <meta> together, as a host that reads _headers serves the site. A browser
    // enforces both, so what runs here also runs under either one alone.
    const violations = await recordViolations(page);
    await serveAsHost(page, baseURL!, { headers: 'all' });
    await page.goto(articleUrl(locale, 'update-authorized-partner-information'));

    // The checker: answering its first question makes it render the next one (hydrated, running).
    const checker = page.locator('[data-checker]');
    await checker.scrollIntoViewIfNeeded();
    await expect(checker).toHaveAttribute('data-ready', '');
    await checker.locator('input[type="radio"]').first().check();
    await expect(checker.locator('fieldset')).not.toHaveCount(0);

    // The simulator: its first button leads to the next screen.
    const simulator = page.locator('[data-simulator]');
    await simulator.scrollIntoViewIfNeeded();
    await expect(page.locator('astro-island:not([ssr]) [data-simulator]')).toBeVisible();
    const heading = await simulator.locator('[data-screen-heading]').textContent();
    await simulator.getByRole('button').first().click();
    await expect(simulator.locator('[data-screen-heading]')).not.toHaveText(heading!);

    // The theme switch (Starlight's inline theme scripts).
    await page.locator('starlight-theme-select select').filter({ visible: true }).selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

    // The search: Pagefind's UI, its WebAssembly, index and fragments.
    await page.locator('site-search button[data-open-modal]').click();
    await page.locator('#starlight__search input').fill(term('update-reseller-information', locale));
    await expect(page.locator('#starlight__search .pagefind-ui__result-link').first()).toBeVisible({
      timeout: 15_000,
    });

    expect(await violations()).toEqual([]);
  });
}

test('Trusted Types: HTML at a sink the default policy does not vouch for is refused, at innerHTML it is let through', async ({
  page,
  baseURL,
}) => {
  await serveAsHost(page, baseURL!, { headers: 'all' });
  await page.goto(articleUrl('en', 'add-or-reduce-seats'));
  const outcome = await page.evaluate(() => {
    const attempt = (write: () => void) => {
      try {
        write();
        return 'allowed';
      } catch {
        return 'refused';
      }
    };
    const element = document.createElement('div');
    return {
      innerHTML: attempt(() => (element.innerHTML = '<b>x</b>')),
      insertAdjacentHTML: attempt(() => element.insertAdjacentHTML('beforeend', '<b>x</b>')),
      scriptText: attempt(() => (document.createElement('script').text = 'window.ran = true')),
      workerElsewhere: attempt(() => new Worker('/_astro/not-a-worker.js')),
    };
  });
  expect(outcome).toEqual({
    innerHTML: 'allowed',
    insertAdjacentHTML: 'refused',
    scriptText: 'refused',
    workerElsewhere: 'refused',
  });
});
