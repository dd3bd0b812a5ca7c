import { describe, expect, test } from 'vitest';
import { violationReportEndpoint } from './violation-reports.ts';

describe('where violation reports go', () => {
  test('nowhere unless the deployment says so', () => {
    expect(violationReportEndpoint({})).toBeUndefined();
    expect(violationReportEndpoint({ CSP_REPORT_URL: '  ' })).toBeUndefined();
  });

  test('to the https address CSP_REPORT_URL names', () => {
    expect(violationReportEndpoint({ CSP_REPORT_URL: 'https://reports.example.com/csp' })).toBe(
      'https://reports.example.com/csp',
    );
  });

  test.each([
    ['not a URL', 'reports', /is not a URL/],
    ['plain http', 'http://reports.example.com/csp', /must use https/],
    ['a character that would end the header value', 'https://reports.example.com/a;b', /cannot carry/],
  ])('the build stops on %s', (_, value, message) => {
    expect(() => violationReportEndpoint({ CSP_REPORT_URL: value })).toThrow(message);
  });
});
