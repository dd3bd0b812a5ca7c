import { describe, expect, test } from 'vitest';
import { headersFor, parseHeadersFile } from '../../scripts/bench/headers-file.ts';
import { longestHeadersLine } from '../../src/security/security-headers.ts';
import { attribute, builtHtmlFiles, directivesOf, elementsOf, parseHtml, readBuiltFile } from './built-html.ts';

/**
 * `dist/_headers`, which the build writes (`src/security/security-headers.ts`) and hosts such as
 * Netlify and Cloudflare Pages send with every response. The browser half (the site works with
 * every header applied, and cannot be framed) is `tests/e2e/security-headers.spec.ts`.
 */
const text = readBuiltFile('_headers');
const rules = parseHeadersFile(text);
const paths = ['/', '/it/add-or-reduce-seats/', '/_astro/page.js', '/pagefind/pagefind.js', '/sitemap-index.xml'];

describe.each(paths)('%s is served with every security header', (path) => {
  const headers = headersFor(rules, path);

  test('HSTS for at least a year, subdomains included, asking for preload', () => {
    const hsts = headers['strict-transport-security'] ?? '';
    expect(Number(/max-age=(\d+)/.exec(hsts)?.[1])).toBeGreaterThanOrEqual(31_536_000);
    expect(hsts).toMatch(/;\s*includeSubDomains/);
    expect(hsts).toMatch(/;\s*preload/);
  });

  test('no sniffing, no referrer beyond the origin, no framing, no powerful features, no cross-origin windows or embeds', () => {
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin']).toContain(
      headers['referrer-policy'],
    );
    expect(headers['x-frame-options']).toBe('DENY');
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment']) {
      expect(headers['permissions-policy']).toContain(`${feature}=()`);
    }
    expect(headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(headers['cross-origin-resource-policy']).toBe('same-origin');
    expect(headers['cross-origin-embedder-policy']).toBe('require-corp');
  });

  test('the full Content-Security-Policy, with what only a header can say', () => {
    const policy = directivesOf(headers['content-security-policy'] ?? '');
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('worker-src')).toEqual(["'self'"]);
    expect(policy.get('require-trusted-types-for')).toEqual(["'script'"]);
    expect(policy.get('trusted-types')).toEqual(['default']);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toContain("'self'");
    expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
    expect(policy.get('script-src')).not.toContain("'unsafe-eval'");
  });
});

describe('the header’s policy and the pages’ own', () => {
  const header = directivesOf(headersFor(rules, '/')['content-security-policy'] ?? '');

  test('allows everything each page’s <meta> allows, and no script hash that no page needs', () => {
    const problems: string[] = [];
    const pageHashes = new Set<string>();
    for (const file of builtHtmlFiles()) {
      const meta = [...elementsOf(parseHtml(readBuiltFile(file)))].find(
        (element) => element.tagName === 'meta' && attribute(element, 'http-equiv') === 'content-security-policy',
      );
      for (const [name, sources] of directivesOf(meta ? attribute(meta, 'content')! : '')) {
        for (const source of sources) {
          if (name === 'script-src') pageHashes.add(source);
          if (!header.get(name)?.includes(source)) problems.push(`${file}: ${name} ${source} is not in the header`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(header.get('script-src')!.filter((source) => !pageHashes.has(source))).toEqual([]);
  }, 120_000);

  test('reports violations only where the build was told to, and then both ways browsers know', () => {
    const headers = headersFor(rules, '/');
    const reportUri = header.get('report-uri')?.[0];
    if (process.env['CSP_REPORT_URL']) {
      expect(reportUri).toBe(new URL(process.env['CSP_REPORT_URL']).href);
      expect(headers['reporting-endpoints']).toBe(`${header.get('report-to')?.[0]}="${reportUri}"`);
    } else {
      expect(reportUri).toBeUndefined();
      expect(header.get('report-to')).toBeUndefined();
      expect(headers['reporting-endpoints']).toBeUndefined();
    }
  });

  test(`every line fits the ${longestHeadersLine} characters Cloudflare Pages reads`, () => {
    expect(text.split('\n').filter((line) => line.length > longestHeadersLine)).toEqual([]);
  });
});
