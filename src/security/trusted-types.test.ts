import { describe, expect, test } from 'vitest';
import { trustedTypesPolicy } from './trusted-types.ts';

interface PolicyRules {
  createHTML?: (input: string, type: string, sink: string) => string | null;
  createScript?: unknown;
  createScriptURL?: (input: string, type: string, sink: string) => string | null;
}

/** Runs the page's script against a stand-in `trustedTypes`; returns the policies it created. */
function policiesCreated(existingDefault = false): Map<string, PolicyRules> {
  const created = new Map<string, PolicyRules>();
  const trustedTypes = {
    defaultPolicy: existingDefault ? {} : null,
    createPolicy: (name: string, rules: PolicyRules) => created.set(name, rules),
  };
  const page = { origin: 'https://help.example.com' };
  new Function('window', 'trustedTypes', 'document', 'location', trustedTypesPolicy)(
    { trustedTypes },
    trustedTypes,
    { baseURI: 'https://help.example.com/it/add-or-reduce-seats/' },
    page,
  );
  return created;
}

describe('the default Trusted Types policy', () => {
  const policy = policiesCreated().get('default')!;

  test('is the one policy the script creates, and it never runs script text', () => {
    expect([...policiesCreated().keys()]).toEqual(['default']);
    expect(policy.createScript).toBeUndefined();
  });

  test.each([
    ['Element innerHTML', '<p>a <mark>b</mark></p>', true],
    ['Element outerHTML', '<p>a</p>', false],
    ['Element insertAdjacentHTML', '<p>a</p>', false],
    ['Document write', '<p>a</p>', false],
    ['DOMParser parseFromString', '<p>a</p>', false],
  ])('HTML through %s: allowed %s', (sink, html, allowed) => {
    expect(policy.createHTML!(html, 'TrustedHTML', sink)).toBe(allowed ? html : null);
  });

  test.each([
    ['Worker constructor', '/pagefind/pagefind-worker.js', true],
    ['Worker constructor', 'https://help.example.com/pagefind/pagefind-worker.js', true],
    ['Worker constructor', 'https://elsewhere.example/pagefind/pagefind-worker.js', false],
    ['Worker constructor', '/_astro/other.js', false],
    ['Worker constructor', 'data:text/javascript,1', false],
    ['HTMLScriptElement src', '/pagefind/pagefind-worker.js', false],
  ])('a script URL for %s, %s: allowed %s', (sink, url, allowed) => {
    expect(policy.createScriptURL!(url, 'TrustedScriptURL', sink)).toBe(allowed ? url : null);
  });

  test('a page that already has a default policy keeps it (creating a second would throw)', () => {
    expect(policiesCreated(true).size).toBe(0);
  });

  test('in a browser without Trusted Types it does nothing', () => {
    expect(() => new Function('window', 'trustedTypes', trustedTypesPolicy)({}, undefined)).not.toThrow();
  });
});
