import type { AstroUserConfig } from 'astro';
import { inlineScriptHashes } from './inline-script-hashes.ts';

/** The object form of Astro's `security.csp` option. */
type CspOptions = Exclude<NonNullable<AstroUserConfig['security']>['csp'], boolean | undefined>;

/**
 * The site's Content-Security-Policy, as Astro's `security.csp` option. Astro writes it into a
 * `<meta http-equiv="content-security-policy">` on every page, with the hashes of the scripts and
 * styles it bundled; we add the hashes of the inline scripts it does not cover.
 *
 * The build then delivers it twice (`src/build/html-output.ts`): the `<meta>` becomes the first
 * element of `<head>` after the charset, allowing only that page's inline scripts, for hosts that
 * send no headers; and `_headers` sends the union of the pages' policies as a response header,
 * with what a `<meta>` cannot say (`frame-ancestors`, where violations are reported:
 * `security-headers.ts`), enforced from the first byte. Where both arrive, a browser enforces both.
 *
 * `script-src` never contains `'unsafe-inline'`: a script runs only if it is a file of this site or
 * an inline script whose hash is listed.
 */
export const contentSecurityPolicy: CspOptions = {
  algorithm: 'SHA-256',
  directives: [
    "default-src 'none'",
    // Pagefind fetches its index and fragments.
    "connect-src 'self'",
    // Pagefind can search in a Web Worker, its own `pagefind-worker.js`. Stated rather than left
    // to the fallback (`script-src`, which also allows hashed inline text): files of this site only.
    "worker-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "manifest-src 'self'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
    // DOM sinks that can run script take only what the page's default policy lets through:
    // Solid's and Pagefind's `innerHTML`, Pagefind's worker (`trusted-types.ts`).
    "require-trusted-types-for 'script'",
    'trusted-types default',
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
