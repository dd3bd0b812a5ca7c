import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { subscriptionFactsArbitrary } from './arbitraries.ts';
import {
  factNames,
  identifier,
  identifierValues,
  parseFactsQuery,
  parseFactValue,
  subscriptionFacts,
  toFactsQuery,
  type FactName,
  type PartialSubscriptionFacts,
} from './index.ts';
import { maxIgnoredNames } from './query.ts';

describe('reading answers from a query string', () => {
  test.each<[string, string, PartialSubscriptionFacts, string[]]>([
    ['an empty query states nothing', '', {}, []],
    ['a lone question mark states nothing', '?', {}, []],
    [
      'the example of the issue reads back as facts',
      '?identifier=contract-number&autoRenew=false&expirationDate=2027-03-01',
      { identifier: 'contract-number', autoRenew: false, expirationDate: '2027-03-01' },
      [],
    ],
    ['the leading question mark is optional', 'tokenFlex=true', { tokenFlex: true }, []],
    ['a count is an integer', 'partnerCount=3', { partnerCount: 3 }, []],
    ['a count of zero is ignored', 'partnerCount=0', {}, ['partnerCount']],
    ['a fractional count is ignored', 'partnerCount=1.5', {}, ['partnerCount']],
    ['a negative count is ignored', 'partnerCount=-2', {}, ['partnerCount']],
    ['an exponent is not a count', 'partnerCount=1e3', {}, ['partnerCount']],
    ['booleans are spelled true or false only', 'autoRenew=yes&tokenFlex=1', {}, ['autoRenew', 'tokenFlex']],
    ['an impossible date is ignored', 'expirationDate=2026-02-30', {}, ['expirationDate']],
    ['a date in another format is ignored', 'expirationDate=01/03/2027', {}, ['expirationDate']],
    ['an unknown identifier is ignored', 'identifier=serial', {}, ['identifier']],
    ['an unknown name is ignored', 'foo=bar&boughtOnline=true', { boughtOnline: true }, ['foo']],
    ['object keys are not facts', '__proto__=1&toString=x&constructor=y', {}, ['__proto__', 'toString', 'constructor']],
    ['the first occurrence of a fact wins', 'autoRenew=true&autoRenew=false', { autoRenew: true }, ['autoRenew']],
    ['markup in a name is only a name', '?foo=<img src=x onerror=alert(1)>', {}, ['foo']],
    ['names are percent-decoded', 'contract%4Danager=true', { contractManager: true }, []],
  ])('%s', (_name, search, facts, ignored) => {
    expect(parseFactsQuery(search)).toEqual({ facts, ignored, ignoredCount: ignored.length });
  });

  test('a link with 50,000 unknown names keeps the first few names and counts them all', () => {
    const names = Array.from({ length: 50_000 }, (_, index) => `name${index}`);
    const search = `${names.map((name) => `${name}=1`).join('&')}&name7=again&autoRenew=true`;
    expect(parseFactsQuery(search)).toEqual({
      facts: { autoRenew: true },
      ignored: names.slice(0, maxIgnoredNames),
      ignoredCount: 50_000,
    });
  });
});

describe('writing answers to a query string', () => {
  test.each<[string, PartialSubscriptionFacts, string]>([
    ['no facts give an empty query', {}, ''],
    [
      'facts are written in schema order',
      { expirationDate: '2027-03-01', autoRenew: false, identifier: 'contract-number' },
      'identifier=contract-number&autoRenew=false&expirationDate=2027-03-01',
    ],
    ['a count is written as an integer', { partnerCount: 12 }, 'partnerCount=12'],
  ])('%s', (_name, facts, query) => {
    expect(toFactsQuery(facts)).toBe(query);
  });
});

/** Property tests generate thousands of strings: generous time on a busy CI machine. */
const propertyTimeout = 30_000;

/** Any subset of a valid set of facts: what a user may have answered so far. */
const partialFactsArbitrary = fc
  .tuple(subscriptionFactsArbitrary, fc.subarray([...factNames]))
  .map(
    ([facts, names]) =>
      Object.fromEntries(names.map((name: FactName) => [name, facts[name]])) as PartialSubscriptionFacts,
  );

describe('properties', () => {
  test(
    'writing then reading gives back the same facts and ignores nothing',
    () => {
      fc.assert(
        fc.property(partialFactsArbitrary, (facts) => {
          expect(parseFactsQuery(toFactsQuery(facts))).toEqual({ facts, ignored: [], ignoredCount: 0 });
          expect(parseFactsQuery(`?${toFactsQuery(facts)}`)).toEqual({ facts, ignored: [], ignoredCount: 0 });
        }),
      );
    },
    propertyTimeout,
  );

  test(
    'hostile strings never throw, and every key is either a fact or reported',
    () => {
      fc.assert(
        fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.webQueryParameters()), (search) => {
          const { facts, ignored } = parseFactsQuery(search);
          for (const name of Object.keys(facts)) expect(factNames).toContain(name);
          expect(Array.isArray(ignored)).toBe(true);
        }),
      );
    },
    propertyTimeout,
  );

  test(
    'hostile values of known facts are ignored or valid, never thrown',
    () => {
      fc.assert(
        fc.property(fc.constantFrom(...factNames), fc.string(), (name, value) => {
          const search = new URLSearchParams([[name, value]]).toString();
          const { facts, ignored } = parseFactsQuery(search);
          expect(name in facts || ignored.includes(name)).toBe(true);
        }),
      );
    },
    propertyTimeout,
  );
});

describe('the readers agree with the zod/mini schema', () => {
  test('the fact names and identifiers are those of the schema', () => {
    expect(factNames).toEqual(Object.keys(subscriptionFacts.def.shape));
    expect(identifierValues).toEqual(identifier.options);
  });

  /** What the schema accepts for a text, after the one conversion the query format defines. */
  const schemaReads = (name: FactName, text: string) => {
    const schema = subscriptionFacts.def.shape[name];
    const candidate =
      schema.def.type === 'boolean'
        ? { true: true, false: false }[text]
        : schema.def.type === 'number'
          ? /^[0-9]+$/.test(text)
            ? Number(text)
            : undefined
          : text;
    const result = schema.safeParse(candidate);
    return result.success ? result.data : undefined;
  };

  const textArbitrary = fc.oneof(
    fc.string(),
    fc.constantFrom('true', 'false', 'contract-number', 'subscription-id', '0', '1', '12', '2026-02-29', '2028-02-29'),
    fc.integer({ min: -5, max: 1_000_000 }).map(String),
    fc.date({ noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
  );

  test(
    'each fact is read as its schema reads it',
    () => {
      fc.assert(
        fc.property(fc.constantFrom(...factNames), textArbitrary, (name, text) => {
          expect(parseFactValue(name, text)).toEqual(schemaReads(name, text));
        }),
        { numRuns: 2000 },
      );
    },
    propertyTimeout,
  );
});
