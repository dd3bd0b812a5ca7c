import * as z from 'zod/mini';

/**
 * Every reason code, in the order verdicts list them: the closed list of reasons a verdict can give. Rules return these codes, never prose:
 * the islands and pages turn them into sentences in the reader's language.
 */
export const reasonCodes = [
  'subscription-id',
  'auto-renew',
  'token-flex',
  'expired',
  'expires-soon',
  'change-only-one-partner',
  'not-contract-manager',
  'not-auto-renew',
  'not-bought-online',
  'monthly-grace-period-over',
  'annual-grace-period-over',
] as const;

// `@__PURE__` lets the bundler drop a schema an island does not use (zod/mini is ~6 KB gzip).
export const reasonCode = /* @__PURE__ */ z.enum(reasonCodes);

/** Why an action is not self-service. */
export type ReasonCode = z.infer<typeof reasonCode>;

/** What an admin can do about the action they asked about. */
export const outcome = /* @__PURE__ */ z.enum([
  'self-service',
  'financial-transaction-only',
  'contact-support',
  'unavailable',
]);

/** The verdict's headline. */
export type Outcome = z.infer<typeof outcome>;

/** A decision: the outcome and every reason that applies (not just the first). */
export interface Verdict {
  readonly outcome: Outcome;
  readonly reasons: readonly ReasonCode[];
}
