import { decided, needs, verdictOf, type Evaluation } from './evaluation.ts';
import type { PartialSubscriptionFacts, SubscriptionFacts } from './facts.ts';
import type { ReasonCode, Verdict } from './reasons.ts';

/** Adding and reducing seats share these conditions; every one that fails is a reason. */
const seatConditions = [
  ['contractManager', 'not-contract-manager'],
  ['autoRenew', 'not-auto-renew'],
  ['boughtOnline', 'not-bought-online'],
] as const satisfies ReadonlyArray<readonly [keyof SubscriptionFacts, ReasonCode]>;

/** Decides a seat change on the facts stated so far: role, auto-renew, where it was bought. */
export function evaluateSeatChange(facts: PartialSubscriptionFacts): Evaluation {
  const reasons: ReasonCode[] = [];
  for (const [fact, reason] of seatConditions) {
    const value = facts[fact];
    if (value === undefined) return needs(fact);
    if (!value) reasons.push(reason);
  }
  return reasons.length > 0 ? decided('unavailable', reasons) : decided('self-service', []);
}

/** Can this admin add or reduce seats themselves? */
export function checkSeatChange(facts: SubscriptionFacts): Verdict {
  return verdictOf(evaluateSeatChange(facts));
}
