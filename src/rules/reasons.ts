import * as z from 'zod/mini';

/**
 * The closed list of reasons a verdict can give. Rules return these codes, never prose:
 * the islands and pages turn them into sentences in the reader's language.
 */
export const reasonCode = z.enum([
  'subscription-id',
  'auto-renew',
  'token-flex',
  'expired',
  'expires-soon',
  'change-only-one-partner',
  'not-contract-manager',
  'not-auto-renew',
  'not-bought-online',
]);

/** Why an action is not self-service. */
export type ReasonCode = z.infer<typeof reasonCode>;

/** Every reason code, in the order verdicts list them. */
export const reasonCodes = reasonCode.options;

/** What an admin can do about the action they asked about. */
export const outcome = z.enum(['self-service', 'financial-transaction-only', 'contact-support', 'unavailable']);

/** The verdict's headline. */
export type Outcome = z.infer<typeof outcome>;

/** A decision: the outcome and every reason that applies (not just the first). */
export interface Verdict {
  readonly outcome: Outcome;
  readonly reasons: readonly ReasonCode[];
}
