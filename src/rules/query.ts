import { factNames, subscriptionFacts, type FactName, type PartialSubscriptionFacts } from './facts.ts';

/*
 * The checker's answers travel in the query string under the facts' own field names, so a verdict
 * can be shared as a link: `?identifier=contract-number&autoRenew=false&expirationDate=2027-03-01`.
 * Parsing never throws: anything it does not understand is reported by name and left out.
 */

/** The result of reading a query string: the facts it states and the parameter names it ignored. */
export interface ParsedFactsQuery {
  readonly facts: PartialSubscriptionFacts;
  /** Names of parameters that are unknown, repeated or carry a malformed value, in order of appearance. */
  readonly ignored: string[];
}

const integerPattern = /^[0-9]{1,9}$/;

/** Whether `name` is the name of a fact (own key of the schema, not `toString` or `__proto__`). */
export function isFactName(name: string): name is FactName {
  return (factNames as readonly string[]).includes(name);
}

/**
 * Reads one fact from its text form (`"true"`, `"2027-03-01"`, `"3"`), validated by the facts'
 * own zod/mini schema. Returns `undefined` when the text is not a valid value of that fact.
 */
export function parseFactValue<Name extends FactName>(
  name: Name,
  text: string,
): PartialSubscriptionFacts[Name] | undefined {
  const schema = subscriptionFacts.def.shape[name];
  let candidate: unknown = text;
  // Booleans and counts arrive as text: convert only the exact spellings we write ourselves.
  if (schema.def.type === 'boolean') {
    candidate = text === 'true' ? true : text === 'false' ? false : undefined;
  } else if (schema.def.type === 'number') {
    candidate = integerPattern.test(text) ? Number(text) : undefined;
  }
  const result = schema.safeParse(candidate);
  return result.success ? (result.data as PartialSubscriptionFacts[Name]) : undefined;
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
  const ignored: string[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { facts: {}, ignored: [] };
  }
  for (const [name, text] of params) {
    const value = isFactName(name) && facts[name] === undefined ? parseFactValue(name, text) : undefined;
    if (value === undefined) {
      if (!ignored.includes(name)) ignored.push(name);
    } else {
      facts[name as FactName] = value;
    }
  }
  return { facts: facts as PartialSubscriptionFacts, ignored };
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
