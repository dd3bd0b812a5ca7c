import { describe, expect, test } from 'vitest';
import { sha256 } from '../../src/security/inline-script-hashes.ts';
import { attribute, builtHtmlFiles, directivesOf, elementsOf, parseHtml, readBuiltFile, textOf, type Element } from './built-html.ts';

/**
 * The Content-Security-Policy of every built page, read from the files: what a browser would
 * enforce, checked without opening one. The browser half (a tampered script is blocked under the
 * `<meta>` alone and under the header alone; the islands and search run with zero violations) is
 * `tests/e2e/content-security-policy.spec.ts`.
 */

const files = builtHtmlFiles();
const hashOf = (element: Element) => `'${sha256(textOf(element))}'`;

/** What is wrong with one page's policy, as sentences naming the page. */
function policyProblems(file: string, html: string): string[] {
  const document = parseHtml(html);
  const elements = [...elementsOf(document)];
  const head = elements.find((element) => element.tagName === 'head')!;
  const headElements = head.childNodes.filter((child): child is Element => 'tagName' in child);
  const metas = elements.filter(
    (element) => element.tagName === 'meta' && attribute(element, 'http-equiv')?.toLowerCase() === 'content-security-policy',
  );
  if (metas.length !== 1) return [`${file}: ${metas.length} CSP <meta> elements, not one`];
  const [meta] = metas;
  const problems: string[] = [];
  const say = (problem: string) => problems.push(`${file}: ${problem}`);

  // A <meta> policy governs only what comes after it.
  const [first, second] = headElements;
  if (first === undefined || attribute(first, 'charset') === undefined) say('<head> does not start with <meta charset>');
  if (second !== meta) say(`the CSP <meta> is not right after <meta charset> (it is element ${headElements.indexOf(meta!) + 1} of <head>)`);

  const directives = directivesOf(attribute(meta!, 'content') ?? '');
  const scriptSources = directives.get('script-src') ?? [];
  const styleSources = directives.get('style-src') ?? [];
  if (directives.get('default-src')?.join(' ') !== "'none'") say("default-src is not 'none'");
  if (directives.get('worker-src')?.join(' ') !== "'self'") say("worker-src is not 'self'");
  if (directives.get('object-src')?.join(' ') !== "'none'") say("object-src is not 'none'");
  if (directives.get('base-uri')?.join(' ') !== "'self'") say("base-uri is not 'self'");
  if (directives.get('require-trusted-types-for')?.join(' ') !== "'script'") say("Trusted Types are not required for 'script'");
  if (directives.get('trusted-types')?.join(' ') !== 'default') say('trusted-types allows another policy than the default one');
  for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:']) {
    if (scriptSources.includes(unsafe)) say(`script-src allows ${unsafe}`);
  }

  const scripts = elements.filter((element) => element.tagName === 'script');
  const inlineHashes = new Set<string>();
  for (const script of scripts) {
    const src = attribute(script, 'src');
    if (src !== undefined) {
      if (!src.startsWith('/') || src.startsWith('//')) say(`a script from another origin: ${src}`);
      continue;
    }
    inlineHashes.add(hashOf(script));
    if (!scriptSources.includes(hashOf(script))) say(`inline script not in script-src: ${textOf(script).trim().slice(0, 60)}`);
  }
  for (const source of scriptSources.filter((source) => source.startsWith("'sha"))) {
    if (!inlineHashes.has(source)) say(`script-src allows a script the page does not have: ${source}`);
  }

  for (const style of elements.filter((element) => element.tagName === 'style')) {
    if (!styleSources.includes(hashOf(style))) say(`<style> not in style-src: ${textOf(style).slice(0, 60)}`);
  }
  for (const element of elements) {
    for (const { name, value } of element.attrs) {
      if (/^on[a-z]+$/i.test(name)) say(`an inline event handler (${name}=) on <${element.tagName}>, blocked by the policy`);
      if (['href', 'src', 'action', 'formaction'].includes(name) && /^\s*javascript:/i.test(value)) {
        say(`a javascript: URL in ${name}= on <${element.tagName}>`);
      }
    }
    const loads = (element.tagName === 'link' && /\b(stylesheet|preload|modulepreload|icon|manifest)\b/.test(attribute(element, 'rel') ?? '') && attribute(element, 'href')) ||
      (['img', 'source', 'audio', 'video'].includes(element.tagName) && attribute(element, 'src'));
    if (loads && /^([a-z]+:|\/\/)/i.test(loads) && !loads.startsWith('data:')) say(`<${element.tagName}> loads from another origin: ${loads}`);
    if (['iframe', 'frame', 'object', 'embed'].includes(element.tagName)) say(`an <${element.tagName}>, which the policy blocks`);
  }
  return problems;
}

describe('every built page’s Content-Security-Policy', () => {
  test('the build has every page, the "page not found" page among them', () => {
    expect(files.length).toBeGreaterThan(200);
    expect(files).toContain('404.html');
  });

  test('comes first in <head>, allows exactly the page’s own inline scripts and styles, and nothing from elsewhere', () => {
    expect(files.flatMap((file) => policyProblems(file, readBuiltFile(file)))).toEqual([]);
  }, 120_000);

  test('the scan can fail: a page with a script it does not hash, or its policy last, is reported', () => {
    // The same checks on a page written for the purpose: they are not vacuous.
    const problems = policyProblems(
      'written.html',
      `<!DOCTYPE html><html><head><meta charset="utf-8"><script>theme()</script>` +
        `<meta http-equiv="content-security-policy" content="default-src 'none'; script-src 'self' 'unsafe-inline'"></head>` +
        `<body><button onclick="go()"></button><style>a{}</style></body></html>`,
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/not right after <meta charset>/),
        expect.stringMatching(/worker-src is not 'self'/),
        expect.stringMatching(/script-src allows 'unsafe-inline'/),
        expect.stringMatching(/inline script not in script-src: theme\(\)/),
        expect.stringMatching(/inline event handler \(onclick=\)/),
        expect.stringMatching(/<style> not in style-src/),
      ]),
    );
  });
});

