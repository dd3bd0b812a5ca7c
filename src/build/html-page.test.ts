import { describe, expect, test } from 'vitest';
import { moduleScriptSource, parsePage } from './html-page.ts';

describe('a built page read by an HTML parser', () => {
  test('scripts with their exact text and range, attributes decoded', () => {
    const html = `<head><script type="module" src="/a.js?x=1&amp;y=2"></script></head><body><script>\n\tif (a < b) go();\n</script></body>`;
    const { scripts, inlineScripts } = parsePage(html);
    expect(scripts).toHaveLength(2);
    expect(scripts[0]!.attributes.get('src')).toBe('/a.js?x=1&y=2');
    expect(moduleScriptSource(scripts[0]!)).toBe('/a.js?x=1&y=2');
    expect(inlineScripts.map(({ text }) => text)).toEqual(['\n\tif (a < b) go();\n']);
    expect(html.slice(scripts[1]!.start, scripts[1]!.end)).toBe('<script>\n\tif (a < b) go();\n</script>');
  });

  test('what a pattern would take for a script is not one: a comment, an attribute, text in another script', () => {
    const html = `<!-- <script>no()</script> --><p title="<script>no()</script>"></p><script>"<script>"; yes()</script>`;
    expect(parsePage(html).scripts.map(({ text }) => text)).toEqual([`"<script>"; yes()`]);
  });

  test('a script in a <template> is found (it runs once the template is used)', () => {
    expect(parsePage('<template><script>later()</script></template>').inlineScripts).toHaveLength(1);
  });

  test('only a module script with a src has a module source', () => {
    const [classic, inline] = parsePage('<script src="/a.js"></script><script type="module">x()</script>').scripts;
    expect(moduleScriptSource(classic!)).toBeUndefined();
    expect(moduleScriptSource(inline!)).toBeUndefined();
  });

  test('the policy <meta> of <head>, its policy decoded, and where <head>’s first element goes', () => {
    const html = `<html><head><meta charset="utf-8"><title>T</title><meta http-equiv="Content-Security-Policy" content="a &amp; 'b'"></head></html>`;
    const page = parsePage(html);
    expect(page.policyMeta?.policy).toBe("a & 'b'");
    expect(html.slice(page.policyMeta!.start, page.policyMeta!.end)).toMatch(/^<meta http-equiv.*'">$/);
    expect(html.slice(page.policyMeta!.contentAttribute.start, page.policyMeta!.contentAttribute.end)).toBe(
      `content="a &amp; 'b'"`,
    );
    expect(page.headStart).toBe(html.indexOf('<title>'));
  });

  test('without <meta charset>, the first element goes right after <head>; a page without a policy has none', () => {
    const page = parsePage('<html><head><title>T</title></head></html>');
    expect(page.headStart).toBe('<html><head>'.length);
    expect(page.policyMeta).toBeUndefined();
  });

  test('upper-case tags and unquoted attributes are read as the browser reads them', () => {
    const html = '<SCRIPT TYPE=module SRC=/a.js></SCRIPT><Script>x()</Script>';
    const { scripts } = parsePage(html);
    expect(scripts.map(moduleScriptSource)).toEqual(['/a.js', undefined]);
    expect(html.slice(scripts[1]!.start, scripts[1]!.end)).toBe('<Script>x()</Script>');
  });

  test('only a <meta> that is a child of <head> is the policy or the charset', () => {
    const html = `<html><head><title>T</title></head><body><meta charset="utf-8"><meta http-equiv="content-security-policy" content="x"></body></html>`;
    const page = parsePage(html);
    expect(page.policyMeta).toBeUndefined();
    expect(page.headStart).toBe('<html><head>'.length);
  });
});
