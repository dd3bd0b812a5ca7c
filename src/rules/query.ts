import { isCalendarDate } from './dates.ts';
import {
  factNames,
  identifierValues,
  termValues,
  type FactName,
  type PartialSubscriptionFacts,
  type SubscriptionFacts,
} from './facts.ts';

/*
 * The checker's answers travel in the query string under the facts' own field names, so a verdict
 * can be shared as a link: `?identifier=contract-number&autoRenew=false&expirationDate=2027-03-01`.
 * Parsing never throws: anything it does not understand is reported by name and left out.
 */

/** The result of reading a query string: the facts it states and the parameter names it ignored. */
export interface ParsedFactsQuery {
  readonly facts: PartialSubscriptionFacts;
  /**
   * Names of parameters that are unknown, repeated or carry a malformed value, in order of
   * appearance: at most `maxIgnoredNames` of them, each name once.
   */
  readonly ignored: string[];
  /** How many distinct names were ignored in all, of which `ignored` lists the first few. */
  readonly ignoredCount: number;
}

/**
 * How many ignored names a parse keeps. A link is typed or pasted by a person: a few names say what
 * went wrong; thousands (a hostile or broken link) would only fill the page and the memory.
 */
export const maxIgnoredNames = 10;

/*
 * Why not `subscriptionFacts.shape[name].safeParse`: the checker island reads this module, and
 * building the zod/mini schema at load time would add about 7 KB gzip to every article's island.
 * These readers accept exactly what the schema accepts; query.test.ts checks them against it.
 */

const integerPattern = /^[0-9]{1,9}$/;

const readBoolean = (text: string) => (text === 'true' ? true : text === 'false' ? false : undefined);

/** How each fact is read from text; `undefined` when the text is not a valid value. */
const readers: { readonly [Name in FactName]: (text: string) => SubscriptionFacts[Name] | undefined } = {
  identifier: (text) => identifierValues.find((value) => value === text),
  autoRenew: readBoolean,
  tokenFlex: readBoolean,
  expirationDate: (text) => (isCalendarDate(text) ? text : undefined),
  partnerCount: (text) => (integerPattern.test(text) && Number(text) >= 1 ? Number(text) : undefined),
  changeOnlyOnePartner: readBoolean,
  contractManager: readBoolean,
  boughtOnline: readBoolean,
  term: (text) => termValues.find((value) => value === text),
  subscriptionCount: (text) => (integerPattern.test(text) && Number(text) >= 1 ? Number(text) : undefined),
};

const factNameSet: ReadonlySet<string> = new Set(factNames);

/** Whether `name` is the name of a fact (not `toString` or `__proto__`). */
export function isFactName(name: string): name is FactName {
  return factNameSet.has(name);
}

/**
 * Reads one fact from its text form (`"true"`, `"2027-03-01"`, `"3"`): exactly the spellings that
 * `formatFactValue` writes. Returns `undefined` when the text is not a valid value of that fact.
 */
export function parseFactValue<Name extends FactName>(name: Name, text: string): SubscriptionFacts[Name] | undefined {
  return readers[name](text);
}

/** The text form of one fact, as `parseFactValue` reads it back. */
export function formatFactValue(value: PartialSubscriptionFacts[FactName]): string {
  return value === undefined ? '' : String(value);
}

/**
 * Reads the facts from a query string (with or without its leading `?`). Unknown names,
 * malformed values and repeated names are ignored and listed in `ignored`; the first valid
 * occurrence of a fact wins.
 */
export function parseFactsQuery(search: string): ParsedFactsQuery {
  const facts: Partial<Record<FactName, unknown>> = {};
  // A Set: a link with tens of thousands of names must not cost a scan of the list per name.
  const ignored = new Set<string>();
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { facts: {}, ignored: [], ignoredCount: 0 };
  }
  for (const [name, text] of params) {
    const value = isFactName(name) && facts[name] === undefined ? parseFactValue(name, text) : undefined;
    if (value === undefined) {
      ignored.add(name);
    } else {
      facts[name as FactName] = value;
    }
  }
  return {
    facts: facts as PartialSubscriptionFacts,
    ignored: [...ignored].slice(0, maxIgnoredNames),
    ignoredCount: ignored.size,
  };
}

/** Writes the stated facts as a query string without the leading `?`, in schema order. */
export function toFactsQuery(facts: PartialSubscriptionFacts): string {
  const params = new URLSearchParams();
  for (const name of factNames) {
    const value = facts[name];
    if (value !== undefined) params.set(name, formatFactValue(value));
  }
  return params.toString();
}
