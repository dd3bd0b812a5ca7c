import { describe, expect, test } from 'vitest';
import { sha256 } from '../security/inline-script-hashes.ts';
import { keepOnlyPageScriptHashes } from './page-script-hashes.ts';

const used = `'${sha256('theme();')}'`;
const unused = `'${sha256('neverOnThisPage();')}'`;
const styleHash = `'${sha256('a{color:red}')}'`;
const page = (policy: string) =>
  `<head><meta http-equiv="content-security-policy" content="${policy}"><script>theme();</script>` +
  `<script type="module" src="/_astro/x.js"></script></head>`;

describe('each page’s policy hashes only its own inline scripts', () => {
  test('unused hashes leave script-src; files, WebAssembly and the other directives stay', () => {
    const before = `default-src 'none'; script-src 'self' 'wasm-unsafe-eval' ${used} ${unused}; style-src 'self' ${styleHash}`;
    const after = `default-src 'none'; script-src 'self' 'wasm-unsafe-eval' ${used}; style-src 'self' ${styleHash}`;
    expect(keepOnlyPageScriptHashes(page(before))).toBe(page(after));
  });

  test('an inline script the policy never allowed stays blocked: no hash is added', () => {
    const before = `script-src 'self' ${unused}`;
    expect(keepOnlyPageScriptHashes(page(before))).toBe(page(`script-src 'self'`));
  });

  test('a page without a policy is left as it is', () => {
    const html = '<head><script>theme();</script></head>';
    expect(keepOnlyPageScriptHashes(html)).toBe(html);
  });
});
