/**
 * Prefetching the next page, declared instead of scripted.
 *
 * Starlight turns on Astro's `prefetch` (every link, on hover), a script of 1.1 KB gzip that every
 * page downloads and runs. Browsers that implement the Speculation Rules API (Chromium: Chrome,
 * Edge, Opera, Samsung Internet) do the same from this rule alone: a link of the site is fetched
 * when the pointer rests on it or presses it (`moderate`), and no script runs at all. Other
 * browsers simply fetch the page on click, as without prefetching.
 *
 * The rule is an inline `<script type="speculationrules">` in every page's `<head>`
 * (astro.config.mjs); the Content-Security-Policy allows it by its hash (`src/security/`).
 */
const rules = {
  prefetch: [
    {
      // Pages of this site; not the search index and assets (`/pagefind/`, `/_astro/`), which are not pages.
      where: {
        and: [{ href_matches: '/*' }, { not: { href_matches: '/pagefind/*' } }, { not: { href_matches: '/_astro/*' } }],
      },
      eagerness: 'moderate',
    },
  ],
};

/** The text of the inline `<script type="speculationrules">`, exactly as the page carries it and the policy hashes it. */
export const speculationRules = JSON.stringify(rules);
