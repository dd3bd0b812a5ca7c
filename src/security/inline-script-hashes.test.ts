import { describe, expect, test } from 'vitest';
import { speculationRules } from '../navigation/speculation-rules.ts';
import { inlineScriptHashes, inlineScriptsOf, sha256 } from './inline-script-hashes.ts';
import { trustedTypesPolicy } from './trusted-types.ts';

describe('inline script hashes for the Content-Security-Policy', () => {
  test('a hash is the base64 SHA-256 of the exact text, as CSP defines it', () => {
    // The CSP specification's own example: `alert('Hello, world.');`.
    expect(sha256(`alert('Hello, world.');`)).toBe('sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng=');
    expect(sha256('\n\talert(1);\n')).not.toBe(sha256('alert(1);'));
  });

  test('only `is:inline` scripts of a component are read, with their whitespace', () => {
    const source = [
      '<script is:inline>\n\tfirst();\n</script>',
      '<script>bundled();</script>',
      '<script is:inline aria-hidden="true">second();</script>',
      '<script define:vars={{ a }} is:inline>third();</script>',
    ].join('\n');
    expect(inlineScriptsOf(source)).toEqual(['\n\tfirst();\n', 'second();', 'third();']);
  });

  test('the site trusts Starlight’s inline scripts, its speculation rules and its Trusted Types policy, each once', () => {
    const hashes = inlineScriptHashes();
    // ThemeProvider, ThemeSelect, Search, two in SidebarPersister, the speculation rules: at least six.
    expect(hashes.length).toBeGreaterThanOrEqual(6);
    expect(hashes).toContain(sha256(speculationRules));
    expect(hashes).toContain(sha256(trustedTypesPolicy));
    expect(new Set(hashes).size).toBe(hashes.length);
    for (const hash of hashes) expect(hash).toMatch(/^sha256-[A-Za-z0-9+/]{43}=$/);
  });
});
