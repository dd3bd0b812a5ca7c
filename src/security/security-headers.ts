import { reportingGroup } from './violation-reports.ts';

/**
 * Cloudflare Pages reads at most 2,000 characters per line of `_headers`; a longer policy would
 * be dropped there, so the build stops instead.
 */
export const longestHeadersLine = 2000;

/** What the headers depend on: the policy every page's `<meta>` allows, and where violations are reported (if anywhere). */
export interface SecurityHeadersInput {
  /** The union of the pages' policies (`policy-union.ts`). */
  readonly policy: string;
  readonly reportEndpoint?: string | undefined;
}

/**
 * The response headers every path of the site is sent with, in `_headers` order.
 *
 * - The Content-Security-Policy: the pages' own policy, enforced from the first byte of the
 *   response (a `<meta>` governs only what follows it), plus what only a header can say:
 *   `frame-ancestors` and where to report violations.
 * - HSTS with `preload`: the domain asks to be built into browsers as HTTPS-only (README, Deploy).
 * - The rest forbid what the site never does: framing, MIME sniffing, powerful features,
 *   cross-origin windows and embeds (COOP, CORP, COEP: the site loads nothing from another origin).
 */
export function securityHeaders({ policy, reportEndpoint }: SecurityHeadersInput): [name: string, value: string][] {
  const reporting = reportEndpoint ? [`report-uri ${reportEndpoint}`, `report-to ${reportingGroup}`] : [];
  const contentSecurityPolicy = [policy, "frame-ancestors 'none'", ...reporting].join('; ');
  return [
    ['Strict-Transport-Security', 'max-age=63072000; includeSubDomains; preload'],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ['X-Frame-Options', 'DENY'],
    ['Content-Security-Policy', contentSecurityPolicy],
    ...(reportEndpoint ? [['Reporting-Endpoints', `${reportingGroup}="${reportEndpoint}"`] as [string, string]] : []),
    [
      'Permissions-Policy',
      'accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), publickey-credentials-get=(), usb=(), xr-spatial-tracking=()',
    ],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    ['Cross-Origin-Resource-Policy', 'same-origin'],
    ['Cross-Origin-Embedder-Policy', 'require-corp'],
  ];
}

/**
 * The `_headers` file (Netlify, Cloudflare Pages) that sends `headers` with every path. Throws
 * when a line is longer than a host reads.
 */
export function headersFile(headers: readonly [name: string, value: string][]): string {
  const lines = [
    '# Written by the build (src/security/security-headers.ts): edit that file, not this one.',
    '# Hosts that read this file (Netlify, Cloudflare Pages) send these headers with every path;',
    '# on another host, send the same headers (README, Deploy).',
    '/*',
    ...headers.map(([name, value]) => `  ${name}: ${value}`),
  ];
  const tooLong = lines.find((line) => line.length > longestHeadersLine);
  if (tooLong) {
    throw new Error(
      `_headers: a line of ${tooLong.length} characters, over the ${longestHeadersLine} Cloudflare Pages reads: ${tooLong.slice(0, 60)}...`,
    );
  }
  return `${lines.join('\n')}\n`;
}
