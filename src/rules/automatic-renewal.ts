import { daysUntil } from './dates.ts';
import { decided, needs, verdictOf, type Evaluation } from './evaluation.ts';
import type { PartialSubscriptionFacts, SubscriptionFacts } from './facts.ts';
import { parameterValue } from './parameters.ts';
import type { Verdict } from './reasons.ts';

/**
 * Decides whether the auto-renew setting can still be changed, asking only what matters: the
 * term, then the expiration date; the number of subscriptions only once the change is possible
 * (it changes no verdict, only the note that bulk changes take a limited number at a time).
 *
 * The setting can be changed on or before the expiration date, and up to the term's grace period
 * after it, its last day included: the 30th day after a monthly subscription expired still counts.
 */
export function evaluateAutoRenewChange(facts: PartialSubscriptionFacts, today: string): Evaluation {
  if (facts.term === undefined) return needs('term');
  if (facts.expirationDate === undefined) return needs('expirationDate');
  const monthly = facts.term === 'monthly';
  const gracePeriod = parameterValue(monthly ? 'auto-renew-grace-monthly' : 'auto-renew-grace-annual');
  const daysSinceExpiration = -daysUntil(today, facts.expirationDate);
  if (daysSinceExpiration > gracePeriod) {
    return decided('unavailable', [monthly ? 'monthly-grace-period-over' : 'annual-grace-period-over']);
  }
  if (facts.subscriptionCount === undefined) return needs('subscriptionCount');
  return decided('self-service', []);
}

/**
 * Can this admin change the auto-renew setting now?
 * @param today the user's own calendar date, `YYYY-MM-DD` (never read from a clock in here)
 */
export function checkAutoRenewChange(
  facts: Pick<SubscriptionFacts, 'term' | 'expirationDate' | 'subscriptionCount'>,
  today: string,
): Verdict {
  return verdictOf(evaluateAutoRenewChange(facts, today));
}
