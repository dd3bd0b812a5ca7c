import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { builtPages, distDir } from '../../scripts/bench/built-pages.ts';
import { term } from '../../src/rules/index.ts';
import { sha256 } from '../../src/security/inline-script-hashes.ts';
import { articleUrl, localeCodes, localePrefix } from './locales.ts';

/**
 * The Content-Security-Policy of issue 6: every built page carries one with no `'unsafe-inline'`
 * in `script-src`, and a real browser running every page, both islands, the theme switch and the
 * search reports zero violations.
 */

const pages = builtPages();

/** The `content` of a built page's CSP `<meta>`, or undefined. */
function policyOf(html: string): string | undefined {
  return /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1];
}

/** The sources of one directive of a policy (`script-src` -> `['self', ...]`). */
function directive(policy: string, name: string): string[] {
  const found = policy
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .find(([directiveName]) => directiveName === name);
  return found?.slice(1) ?? [];
}

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

test('every built page has a policy whose script-src allows its own hashed inline scripts and no other', () => {
  expect(pages.length).toBeGreaterThan(200);
  const problems: string[] = [];
  for (const path of pages) {
    const html = readFileSync(join(distDir, path, 'index.html'), 'utf8');
    const policy = policyOf(html);
    if (!policy) {
      problems.push(`${path}: no CSP <meta>`);
      continue;
    }
    const scriptSources = directive(policy, 'script-src');
    if (scriptSources.includes("'unsafe-inline'")) problems.push(`${path}: script-src has 'unsafe-inline'`);
    if (scriptSources.includes("'unsafe-eval'")) problems.push(`${path}: script-src has 'unsafe-eval'`);
    if (directive(policy, 'default-src').join(' ') !== "'none'") problems.push(`${path}: default-src is not 'none'`);
    const inlineHashes = new Set<string>();
    for (const [, attributes, text] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
      if (/\bsrc=/.test(attributes!)) continue;
      inlineHashes.add(`'${sha256(text!)}'`);
      if (!scriptSources.includes(`'${sha256(text!)}'`)) {
        problems.push(`${path}: inline script not in script-src: ${text!.trim().slice(0, 60)}`);
      }
    }
    // The policy allows no inline script the page does not have (src/build/page-script-hashes.ts).
    for (const source of scriptSources.filter((source) => source.startsWith("'sha"))) {
      if (!inlineHashes.has(source))
        problems.push(`${path}: script-src allows a script the page does not have: ${source}`);
    }
    if (/\son[a-z]+=/i.test(html.replace(/<script[\s\S]*?<\/script>/g, ''))) {
      problems.push(`${path}: an inline event handler attribute (blocked by the policy)`);
    }
  }
  expect(problems).toEqual([]);
});

for (const locale of localeCodes) {
  const prefix = localePrefix(locale);
  const localePages = pages.filter((path) =>
    locale === 'en'
      ? !localeCodes.some((code) => code !== 'en' && path.startsWith(localePrefix(code)))
      : path.startsWith(prefix),
  );

  test(`every ${locale} page loads with zero CSP violations`, async ({ page }) => {
    test.setTimeout(120_000);
    expect(localePages.length).toBeGreaterThan(50);
    const violations = await recordViolations(page);
    const found: string[] = [];
    for (const path of localePages) {
      await page.goto(path, { waitUntil: 'load' });
      found.push(...(await violations()).map((violation) => `${path}: ${violation}`));
    }
    expect(found).toEqual([]);
  });

  test(`${locale}: both islands, the theme switch and the search run with zero CSP violations`, async ({ page }) => {
    const violations = await recordViolations(page);
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

    // The search: Pagefind's UI, its WebAssembly (on the page's thread), index and fragments.
    await page.locator('site-search button[data-open-modal]').click();
    await page.locator('#starlight__search input').fill(term('update-reseller-information', locale));
    await expect(page.locator('#starlight__search .pagefind-ui__result-link').first()).toBeVisible({
      timeout: 15_000,
    });

    expect(await violations()).toEqual([]);
  });
}

test('the "page not found" page has the policy and runs with zero violations', async ({ page }) => {
  const policy = policyOf(readFileSync(join(distDir, '404.html'), 'utf8'));
  expect(policy).toBeDefined();
  expect(directive(policy!, 'script-src')).not.toContain("'unsafe-inline'");
  const violations = await recordViolations(page);
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(1);
  expect(await violations()).toEqual([]);
});

test('a script the policy does not list is blocked (the policy is enforced, not just present)', async ({ page }) => {
  const violations = await recordViolations(page);
  await page.goto(articleUrl('en', 'add-or-reduce-seats'));
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injectedScriptRan = true;';
    document.body.append(script);
    return (window as unknown as { injectedScriptRan?: boolean }).injectedScriptRan === true;
  });
  expect(ran).toBe(false);
  expect((await violations()).some((violation) => violation.startsWith('script-src'))).toBe(true);
});
