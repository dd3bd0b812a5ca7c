import { daysUntil } from './dates.ts';
import { decided, needs, verdictOf, type Evaluation } from './evaluation.ts';
import type { PartialSubscriptionFacts, SubscriptionFacts } from './facts.ts';
import { parameterValue } from './parameters.ts';
import type { ReasonCode, Verdict } from './reasons.ts';

/** The facts that block a contract-number partner update: each one that holds is a reason. */
const blockingFacts = ['autoRenew', 'tokenFlex', 'expirationDate'] as const;

/**
 * The reasons a contract-number subscription cannot change partner.
 * "Within 90 days" includes the 90th day; the expiration day itself is "within", the day after is "expired".
 */
function blockingReasons(facts: Pick<SubscriptionFacts, (typeof blockingFacts)[number]>, today: string): ReasonCode[] {
  const reasons: ReasonCode[] = [];
  if (facts.autoRenew) reasons.push('auto-renew');
  if (facts.tokenFlex) reasons.push('token-flex');
  const daysLeft = daysUntil(today, facts.expirationDate);
  if (daysLeft < 0) reasons.push('expired');
  else if (daysLeft <= parameterValue('expiration-window')) reasons.push('expires-soon');
  return reasons;
}

/**
 * Decides a partner update on the facts stated so far, asking only for the facts that matter:
 * with a subscription ID nothing else is needed; once the update is unavailable, the number of
 * partners no longer matters.
 */
export function evaluatePartnerUpdate(facts: PartialSubscriptionFacts, today: string): Evaluation {
  if (facts.identifier === undefined) return needs('identifier');
  if (facts.identifier === 'subscription-id') return decided('financial-transaction-only', ['subscription-id']);

  const { autoRenew, tokenFlex, expirationDate } = facts;
  if (autoRenew === undefined) return needs('autoRenew');
  if (tokenFlex === undefined) return needs('tokenFlex');
  if (expirationDate === undefined) return needs('expirationDate');
  const reasons = blockingReasons({ autoRenew, tokenFlex, expirationDate }, today);
  if (reasons.length > 0) return decided('unavailable', reasons);

  if (facts.partnerCount === undefined) return needs('partnerCount');
  if (facts.partnerCount > 1) {
    if (facts.changeOnlyOnePartner === undefined) return needs('changeOnlyOnePartner');
    if (facts.changeOnlyOnePartner) return decided('contact-support', ['change-only-one-partner']);
  }
  return decided('self-service', []);
}

/**
 * Can this admin update the authorized partner themselves?
 * @param today the user's own calendar date, `YYYY-MM-DD` (never read from a clock in here)
 */
export function checkPartnerUpdate(facts: SubscriptionFacts, today: string): Verdict {
  return verdictOf(evaluatePartnerUpdate(facts, today));
}
