import { describe, expect, test } from 'vitest';
import { sha256 } from '../security/inline-script-hashes.ts';
import { applyEdits } from './html-edits.ts';
import { parsePage } from './html-page.ts';
import { keepOnlyPageScriptHashes, policyMetaFirst } from './page-script-hashes.ts';

const used = `'${sha256('theme();')}'`;
const unused = `'${sha256('neverOnThisPage();')}'`;
const styleHash = `'${sha256('a{color:red}')}'`;
const scriptsOf = (html: string) => parsePage(html).inlineScripts;
const page = '<head><script>theme();</script><script type="module" src="/_astro/x.js"></script></head>';

describe('each page’s policy hashes only its own inline scripts', () => {
  test('unused hashes leave script-src; files, WebAssembly, the other directives and the layout stay', () => {
    const before = `default-src 'none';script-src 'self' 'wasm-unsafe-eval' ${used} ${unused}; style-src 'self' ${styleHash};`;
    const after = `default-src 'none';script-src 'self' 'wasm-unsafe-eval' ${used}; style-src 'self' ${styleHash};`;
    expect(keepOnlyPageScriptHashes(before, scriptsOf(page))).toBe(after);
  });

  test('an inline script the policy never allowed stays blocked: no hash is added', () => {
    expect(keepOnlyPageScriptHashes(`script-src 'self' ${unused}`, scriptsOf(page))).toBe(`script-src 'self'`);
  });
});

describe('the policy’s <meta> comes first in <head>', () => {
  const meta = (policy: string) => `<meta http-equiv="content-security-policy" content="${policy}">`;
  const moved = (html: string, policy: string) => applyEdits(html, policyMetaFirst(parsePage(html), html, policy));

  test('it moves right after <meta charset>, with the new policy, before the scripts it governs', () => {
    const html = `<html><head><meta charset="utf-8"/><title>T</title><script>theme();</script>${meta("script-src 'none'")}</head></html>`;
    expect(moved(html, "script-src 'self'")).toBe(
      `<html><head><meta charset="utf-8"/>${meta("script-src 'self'")}<title>T</title><script>theme();</script></head></html>`,
    );
  });

  test('without <meta charset> it is the first element of <head>', () => {
    const html = `<html><head><script>theme();</script>${meta('a')}</head></html>`;
    expect(moved(html, 'a')).toBe(`<html><head>${meta('a')}<script>theme();</script></head></html>`);
  });

  test('the rest of the tag stays as Astro wrote it; a quote in the policy is escaped', () => {
    const html = `<head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="a" data-x/></head>`;
    expect(moved(html, 'b "c" & d')).toBe(
      `<head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="b &quot;c&quot; &amp; d" data-x/></head>`,
    );
  });

  test('a <meta> already first is rewritten in place', () => {
    const html = `<head><meta charset="utf-8">${meta('a')}<script>x()</script></head>`;
    expect(moved(html, 'b')).toBe(`<head><meta charset="utf-8">${meta('b')}<script>x()</script></head>`);
  });

  test('a page without a policy is left as it is', () => {
    const html = '<head><meta charset="utf-8"><script>theme();</script></head>';
    expect(moved(html, 'a')).toBe(html);
  });
});
