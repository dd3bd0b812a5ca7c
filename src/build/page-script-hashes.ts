import { sha256 } from '../security/inline-script-hashes.ts';
import { inlineScripts } from './html-scripts.ts';

const policyMeta = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/;

/**
 * `html` whose Content-Security-Policy allows, of all inline scripts, only the ones the page has.
 *
 * Astro's `security.csp` gives every page the same list: the hashes of every inline script any
 * page might have (every client directive, every Starlight component's script), 15 on an article,
 * 4 of them used. A hash the page does not need only allows code the page never meant to run, and
 * costs 44 bytes that do not compress. Files (`'self'`) and the other directives are left as they are.
 */
export function keepOnlyPageScriptHashes(html: string): string {
  const meta = policyMeta.exec(html);
  if (!meta) return html;
  const onPage = new Set(inlineScripts(html).map(({ text }) => `'${sha256(text)}'`));
  const policy = meta[2]!
    .split(';')
    .map((directive) => {
      const [name, ...sources] = directive.trim().split(/\s+/);
      if (name !== 'script-src') return directive;
      const kept = sources.filter((source) => !/^'sha(256|384|512)-/.test(source) || onPage.has(source));
      const indent = /^\s*/.exec(directive)![0];
      return indent + [name, ...kept].join(' ');
    })
    .join(';');
  return html.replace(policyMeta, (_, before: string, __, after: string) => before + policy + after);
}
