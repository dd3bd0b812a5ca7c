import { sha256 } from '../security/inline-script-hashes.ts';
import type { HtmlEdit } from './html-edits.ts';
import type { HtmlPage, ScriptElement } from './html-page.ts';

/**
 * `policy` allowing, of all inline scripts, only `scripts` (those the page has).
 *
 * Astro's `security.csp` gives every page the same list: the hashes of every inline script any
 * page might have (every client directive, every Starlight component's script), 15 on an article,
 * 4 of them used. A hash the page does not need only allows code the page never meant to run, and
 * costs 44 bytes that do not compress. Files (`'self'`) and the other directives are left as they
 * are, and so is the text's layout.
 */
export function keepOnlyPageScriptHashes(policy: string, scripts: readonly ScriptElement[]): string {
  const onPage = new Set(scripts.map(({ text }) => `'${sha256(text)}'`));
  return policy
    .split(';')
    .map((directive) => {
      const [name, ...sources] = directive.trim().split(/\s+/);
      if (name !== 'script-src') return directive;
      const kept = sources.filter((source) => !/^'sha(256|384|512)-/.test(source) || onPage.has(source));
      const indent = /^\s*/.exec(directive)![0];
      return indent + [name, ...kept].join(' ');
    })
    .join(';');
}

/**
 * The edits that give the page's `<meta>` policy `policy` and make it the first element of
 * `<head>` after `<meta charset>`.
 *
 * A policy delivered in a `<meta>` governs only what the parser meets after it. Starlight's head
 * puts Astro's `<meta>` after the speculation rules, the theme script and several `<link>`s, so a
 * changed theme script ran unchecked; moved first, nothing before it can run.
 */
export function policyMetaFirst(page: HtmlPage, html: string, policy: string): HtmlEdit[] {
  const meta = page.policyMeta;
  if (!meta) return [];
  const content = `content="${policy.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"`;
  const tag =
    html.slice(meta.start, meta.contentAttribute.start) + content + html.slice(meta.contentAttribute.end, meta.end);
  const first = page.headStart ?? meta.start;
  if (first === meta.start) return [{ start: meta.start, end: meta.end, text: tag }];
  return [
    { start: first, end: first, text: tag },
    { start: meta.start, end: meta.end, text: '' },
  ];
}
