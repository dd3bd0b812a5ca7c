import type { SubscriptionFacts } from '../facts.ts';
import type { ExampleCase, ProcedureId } from '../procedures/index.ts';
import type { Verdict } from '../reasons.ts';

/**
 * Named example cases of the automatic-renewal rule: name, facts, verdict. `expirationDate` is given
 * as days from `today` (negative: already expired), so the cases read as the rule does.
 */
export interface RenewalCase {
  readonly name: string;
  readonly facts: Pick<SubscriptionFacts, 'term' | 'subscriptionCount'>;
  readonly daysToExpiration: number;
  readonly verdict: Verdict;
}

const selfService: Verdict = { outcome: 'self-service', reasons: [] };

export const renewalCases: readonly RenewalCase[] = [
  {
    name: 'an annual subscription before its expiration date can change auto-renew',
    facts: { term: 'annual', subscriptionCount: 1 },
    daysToExpiration: 120,
    verdict: selfService,
  },
  {
    name: 'on the expiration day itself the setting can still be changed',
    facts: { term: 'monthly', subscriptionCount: 1 },
    daysToExpiration: 0,
    verdict: selfService,
  },
  {
    name: 'a monthly subscription on the 30th day after expiring can still change auto-renew',
    facts: { term: 'monthly', subscriptionCount: 1 },
    daysToExpiration: -30,
    verdict: selfService,
  },
  {
    name: 'a monthly subscription on the 31st day after expiring no longer can',
    facts: { term: 'monthly', subscriptionCount: 1 },
    daysToExpiration: -31,
    verdict: { outcome: 'unavailable', reasons: ['monthly-grace-period-over'] },
  },
  {
    name: 'an annual subscription on the 45th day after expiring can still change auto-renew',
    facts: { term: 'annual', subscriptionCount: 1 },
    daysToExpiration: -45,
    verdict: selfService,
  },
  {
    name: 'a multi-year subscription on the 46th day after expiring no longer can',
    facts: { term: 'multi-year', subscriptionCount: 1 },
    daysToExpiration: -46,
    verdict: { outcome: 'unavailable', reasons: ['annual-grace-period-over'] },
  },
  {
    name: 'more subscriptions than one bulk change takes are still self-service',
    facts: { term: 'annual', subscriptionCount: 250 },
    daysToExpiration: 10,
    verdict: selfService,
  },
];

/** The procedure these cases decide, and the cases: how the writers' rules page finds them. */
export const procedure = 'automatic-renewal' satisfies ProcedureId;
export const cases: readonly ExampleCase[] = renewalCases;
