import { describe, expect, test } from 'vitest';
import { headersFor, parseHeadersFile } from '../../scripts/bench/headers-file.ts';
import { headersFile, longestHeadersLine, securityHeaders } from './security-headers.ts';

const policy = "default-src 'none'; script-src 'self'";
const headersOf = (reportEndpoint?: string) =>
  headersFor(parseHeadersFile(headersFile(securityHeaders({ policy, reportEndpoint }))), '/any/path/');

describe('the security headers of every path', () => {
  test('the pages’ policy with frame-ancestors, and no reporting by default', () => {
    const headers = headersOf();
    expect(headers['content-security-policy']).toBe(`${policy}; frame-ancestors 'none'`);
    expect(headers['reporting-endpoints']).toBeUndefined();
  });

  test('with an endpoint, violations are reported to it both ways browsers know', () => {
    const headers = headersOf('https://reports.example.com/csp');
    expect(headers['content-security-policy']).toBe(
      `${policy}; frame-ancestors 'none'; report-uri https://reports.example.com/csp; report-to csp-violations`,
    );
    expect(headers['reporting-endpoints']).toBe('csp-violations="https://reports.example.com/csp"');
  });

  test('HSTS for two years, subdomains included, asking for preload', () => {
    expect(headersOf()['strict-transport-security']).toBe('max-age=63072000; includeSubDomains; preload');
  });

  test('a line longer than Cloudflare Pages reads stops the build', () => {
    const long = `script-src ${"'sha256-x' ".repeat(longestHeadersLine / 10)}`;
    expect(() => headersFile(securityHeaders({ policy: long }))).toThrow(/over the 2000/);
  });
});
