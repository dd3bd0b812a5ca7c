import type { ExampleCase, ProcedureId } from '../procedures/index.ts';
import type { SubscriptionFacts } from '../facts.ts';
import type { Verdict } from '../reasons.ts';

/**
 * Named example cases of the partner rule (OpenFisca-style: name, input, output). Unit tests,
 * browser tests and the writers' pages all read these, so they cannot drift apart.
 * `today` is fixed; `expirationDate` is given as days from `today` so the cases read as rules.
 */
export interface PartnerCase {
  readonly name: string;
  readonly facts: Omit<SubscriptionFacts, 'expirationDate'>;
  readonly daysToExpiration: number;
  readonly verdict: Verdict;
}

/** Facts of a subscription that can change partner on its own. */
export const eligibleContract: Omit<SubscriptionFacts, 'expirationDate'> = {
  identifier: 'contract-number',
  autoRenew: false,
  tokenFlex: false,
  partnerCount: 1,
  changeOnlyOnePartner: false,
  contractManager: true,
  boughtOnline: true,
  term: 'annual',
  subscriptionCount: 1,
};

export const partnerCases: readonly PartnerCase[] = [
  {
    name: 'a contract number, no auto-renew, no Token Flex, far from expiry is self-service',
    facts: eligibleContract,
    daysToExpiration: 200,
    verdict: { outcome: 'self-service', reasons: [] },
  },
  {
    name: 'a subscription ID changes partner only during a financial transaction',
    facts: { ...eligibleContract, identifier: 'subscription-id', autoRenew: true, tokenFlex: true },
    daysToExpiration: 5,
    verdict: { outcome: 'financial-transaction-only', reasons: ['subscription-id'] },
  },
  {
    name: 'an auto-renewing contract cannot change partner',
    facts: { ...eligibleContract, autoRenew: true },
    daysToExpiration: 200,
    verdict: { outcome: 'unavailable', reasons: ['auto-renew'] },
  },
  {
    name: 'a Token Flex enterprise agreement cannot change partner',
    facts: { ...eligibleContract, tokenFlex: true },
    daysToExpiration: 200,
    verdict: { outcome: 'unavailable', reasons: ['token-flex'] },
  },
  {
    name: 'a contract expiring in exactly 90 days is within the window',
    facts: eligibleContract,
    daysToExpiration: 90,
    verdict: { outcome: 'unavailable', reasons: ['expires-soon'] },
  },
  {
    name: 'a contract expiring in 91 days is outside the window',
    facts: eligibleContract,
    daysToExpiration: 91,
    verdict: { outcome: 'self-service', reasons: [] },
  },
  {
    name: 'a contract expiring today is within the window, not expired',
    facts: eligibleContract,
    daysToExpiration: 0,
    verdict: { outcome: 'unavailable', reasons: ['expires-soon'] },
  },
  {
    name: 'a contract that expired yesterday is expired',
    facts: eligibleContract,
    daysToExpiration: -1,
    verdict: { outcome: 'unavailable', reasons: ['expired'] },
  },
  {
    name: 'every blocking reason is listed, not just the first',
    facts: { ...eligibleContract, autoRenew: true, tokenFlex: true },
    daysToExpiration: -30,
    verdict: { outcome: 'unavailable', reasons: ['auto-renew', 'token-flex', 'expired'] },
  },
  {
    name: 'several partners, changing only one, means contacting support',
    facts: { ...eligibleContract, partnerCount: 3, changeOnlyOnePartner: true },
    daysToExpiration: 200,
    verdict: { outcome: 'contact-support', reasons: ['change-only-one-partner'] },
  },
  {
    name: 'several partners, replacing them all, is self-service',
    facts: { ...eligibleContract, partnerCount: 2, changeOnlyOnePartner: false },
    daysToExpiration: 200,
    verdict: { outcome: 'self-service', reasons: [] },
  },
  {
    name: 'one partner ignores the wish to change only one',
    facts: { ...eligibleContract, partnerCount: 1, changeOnlyOnePartner: true },
    daysToExpiration: 200,
    verdict: { outcome: 'self-service', reasons: [] },
  },
  {
    name: 'a blocked contract with several partners is unavailable, not a support case',
    facts: { ...eligibleContract, autoRenew: true, partnerCount: 3, changeOnlyOnePartner: true },
    daysToExpiration: 200,
    verdict: { outcome: 'unavailable', reasons: ['auto-renew'] },
  },
];

/** The procedure these cases decide, and the cases: how the writers' rules page finds them. */
export const procedure = 'partner' satisfies ProcedureId;
export const cases: readonly ExampleCase[] = partnerCases;
