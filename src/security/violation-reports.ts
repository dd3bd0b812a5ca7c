/** The name the policy's `report-to` gives the endpoint that `Reporting-Endpoints` defines. */
export const reportingGroup = 'csp-violations';

/**
 * Where browsers send Content-Security-Policy violation reports: the URL in the environment
 * variable `CSP_REPORT_URL` at build time, or none (the default: no report leaves the reader's browser).
 *
 * A deployment that wants to see what its policy blocks (an injected script, a browser extension,
 * a hash that went stale) sets it to an HTTPS endpoint that accepts reports, its own or a
 * service's. Only the response header can carry it: browsers ignore `report-uri` and `report-to`
 * in a `<meta>` policy.
 */
export function violationReportEndpoint(
  environment: Record<string, string | undefined> = process.env,
): string | undefined {
  const value = environment['CSP_REPORT_URL']?.trim();
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`CSP_REPORT_URL is not a URL: "${value}". Fix: set it to an https:// address, or unset it.`);
  }
  if (url.protocol !== 'https:') {
    throw new Error(`CSP_REPORT_URL must use https: "${value}". Fix: set it to an https:// address, or unset it.`);
  }
  if (/[\s;,"]/.test(url.href)) {
    throw new Error(`CSP_REPORT_URL has a character a header cannot carry: "${value}".`);
  }
  return url.href;
}
