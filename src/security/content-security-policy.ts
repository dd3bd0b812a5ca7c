import type { AstroUserConfig } from 'astro';
import { inlineScriptHashes } from './inline-script-hashes.ts';

/** The object form of Astro's `security.csp` option. */
type CspOptions = Exclude<NonNullable<AstroUserConfig['security']>['csp'], boolean | undefined>;

/**
 * The site's Content-Security-Policy, as Astro's `security.csp` option. Astro writes it into a
 * `<meta http-equiv="content-security-policy">` on every page, with the hashes of the scripts and
 * styles of that page it bundled; we add the hashes of the inline scripts it does not cover.
 *
 * `script-src` never contains `'unsafe-inline'`: a script runs only if it is a file of this site or
 * an inline script whose hash is listed. `frame-ancestors` cannot be set from a `<meta>` element;
 * `public/_headers` sends it (and the other security headers) as HTTP headers.
 */
export const contentSecurityPolicy: CspOptions = {
  algorithm: 'SHA-256',
  directives: [
    "default-src 'none'",
    // Pagefind fetches its index and fragments. It searches on the page's thread
    // (src/search/pagefind-main-thread.ts), so no worker is allowed: `default-src 'none'` applies.
    "connect-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "manifest-src 'self'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ],
  scriptDirective: {
    // Pagefind's search runs as WebAssembly, which needs `'wasm-unsafe-eval'` (not `'unsafe-eval'`).
    resources: ["'self'", "'wasm-unsafe-eval'"],
    hashes: inlineScriptHashes(),
  },
  styleDirective: {
    resources: [
      "'self'",
      // Starlight sets CSS custom properties in `style` attributes (`--depth`, `--sl-icon-size`)
      // on every page. Attributes cannot run script; `<style>` elements still need a hash.
      { resource: "'unsafe-inline'", kind: 'attribute' },
    ],
  },
};
