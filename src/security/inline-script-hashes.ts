import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { speculationRules } from '../navigation/speculation-rules.ts';
import { trustedTypesPolicy } from './trusted-types.ts';

/**
 * Hashes of the inline scripts that Astro's `security.csp` does not hash itself.
 *
 * Astro hashes the scripts and styles it bundles and its own island loader, but not `is:inline`
 * scripts (Starlight's theme, search and sidebar scripts render before any bundle, on purpose: they
 * prevent a flash of the wrong theme) nor what a page's `<head>` config adds (the speculation
 * rules that prefetch links, the default Trusted Types policy). Without these hashes a strict `script-src` would block them. (The
 * hydration script Solid's renderer injects is not inline in the built pages: `src/build/island-bootstrap.ts`.)
 *
 * The hashes are computed from the installed packages and the site's own texts, not copied by
 * hand, so an upgrade of Starlight cannot leave a stale hash behind: `tests/dist/content-security-policy.test.ts`
 * checks every built page's inline scripts against its policy, and `tests/e2e/content-security-policy.spec.ts`
 * runs the islands and the search in a browser with zero violations. The build then keeps in each
 * page's policy only the hashes of the inline scripts that page has (`src/build/page-script-hashes.ts`).
 */
export function inlineScriptHashes(): `sha256-${string}`[] {
  return [...new Set([...starlightInlineScripts(), speculationRules, trustedTypesPolicy].map(sha256))];
}

/** The CSP source expression of a script's text: what the browser hashes is exactly the text between the tags. */
export function sha256(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/**
 * Every `<script is:inline>` in Starlight's components (its own and those it offers to MDX, such
 * as `<Tabs>`). Astro emits an inline script's text verbatim, so its hash in the source is its hash
 * in the page. Scanning them all (not a list of component names) keeps working when Starlight adds
 * or moves one.
 */
function starlightInlineScripts(): string[] {
  const root = starlightDist();
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.astro'))
    .flatMap((file) => inlineScriptsOf(readFileSync(join(root, file), 'utf8')));
}

/** The text of each `<script is:inline ...>` element of an Astro component's source. */
export function inlineScriptsOf(astroSource: string): string[] {
  return [...astroSource.matchAll(/<script\b[^>]*\bis:inline\b[^>]*>([\s\S]*?)<\/script>/g)].map(
    ([, text]) => text ?? '',
  );
}

/** Starlight's built package (`dist/`), found through its own exports. */
function starlightDist(): string {
  const search = fileURLToPath(import.meta.resolve('@astrojs/starlight/components/Search.astro'));
  return dirname(dirname(search));
}
