import * as z from 'zod/mini';
import { isCalendarDate } from './dates.ts';

/*
 * Built with `zod/mini` so an island that validates with it stays small (full zod adds ~24 KB gzip).
 * Messages are codes, not prose: the islands map them to the reader's language.
 * Each schema is built inside a `@__PURE__` function call: the annotation covers one call only, and
 * a schema is a tree of calls, so this is what lets the bundler drop schemas an island does not use.
 */

/** The ways a subscription can be identified: a contract number, or a subscription ID of the new purchasing model. */
export const identifierValues = ['contract-number', 'subscription-id'] as const;

/** How often a subscription is billed and renewed: the grace period for changing auto-renew depends on it. */
export const termValues = ['monthly', 'annual', 'multi-year'] as const;

/** The subscription's term. */
export const term = /* @__PURE__ */ z.enum(termValues);

/** How the subscription was bought. */
export const identifier = /* @__PURE__ */ z.enum(identifierValues);

/** A calendar date `YYYY-MM-DD` that exists (2025-02-29 and 2026-13-01 are rejected). */
export const calendarDate = /* @__PURE__ */ (() =>
  z.string().check(z.refine(isCalendarDate, { message: 'invalid-date' })))();

/** Facts about a subscription that an admin can state. */
export const subscriptionFacts = /* @__PURE__ */ (() =>
  z.strictObject({
    /** `subscription-id` = the new purchasing model. */
    identifier,
    autoRenew: z.boolean(),
    /** Enterprise business agreement that uses Token Flex. */
    tokenFlex: z.boolean(),
    expirationDate: calendarDate,
    /** Authorized partners on the subscription. */
    partnerCount: z.int().check(z.minimum(1, { message: 'invalid-partner-count' })),
    /** With several partners, the admin wants to change only one of them. */
    changeOnlyOnePartner: z.boolean(),
    /** The person acting is the contract manager. */
    contractManager: z.boolean(),
    /** Bought online from Autodesk (not through a partner). */
    boughtOnline: z.boolean(),
    /** Monthly, annual or multi-year. */
    term,
    /** How many subscriptions the admin wants to change at once. */
    subscriptionCount: z.int().check(z.minimum(1, { message: 'invalid-subscription-count' })),
  }))();

/** Facts about a subscription, all stated. */
export type SubscriptionFacts = z.infer<typeof subscriptionFacts>;

/** Name of one fact, e.g. `expirationDate`. Also the query-string key that carries it. */
export type FactName = keyof SubscriptionFacts;

/** The facts stated so far: the checker asks for the rest one at a time. */
export const partialSubscriptionFacts = /* @__PURE__ */ z.partial(subscriptionFacts);

/** Facts stated so far. */
export type PartialSubscriptionFacts = Partial<SubscriptionFacts>;

/** Every fact name, in schema order; also the query-string keys of the checker (query.test.ts checks it against the schema). */
export const factNames: readonly FactName[] = [
  'identifier',
  'autoRenew',
  'tokenFlex',
  'expirationDate',
  'partnerCount',
  'changeOnlyOnePartner',
  'contractManager',
  'boughtOnline',
  'term',
  'subscriptionCount',
] satisfies readonly FactName[];
