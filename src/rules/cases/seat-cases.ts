import type { ExampleCase, ProcedureId } from '../procedures/index.ts';
import type { SubscriptionFacts } from '../facts.ts';
import type { Verdict } from '../reasons.ts';
import { eligibleContract } from './partner-cases.ts';

/** Named example cases of the seat rule: name, facts, verdict. */
export interface SeatCase {
  readonly name: string;
  readonly facts: Pick<SubscriptionFacts, 'contractManager' | 'autoRenew' | 'boughtOnline'>;
  readonly verdict: Verdict;
}

const eligibleSeats = { contractManager: true, autoRenew: true, boughtOnline: true } as const;

export const seatCases: readonly SeatCase[] = [
  {
    name: 'a contract manager of an auto-renewing subscription bought online can change seats',
    facts: eligibleSeats,
    verdict: { outcome: 'self-service', reasons: [] },
  },
  {
    name: 'someone who is not the contract manager cannot change seats',
    facts: { ...eligibleSeats, contractManager: false },
    verdict: { outcome: 'unavailable', reasons: ['not-contract-manager'] },
  },
  {
    name: 'a subscription that does not auto-renew cannot change seats',
    facts: { ...eligibleSeats, autoRenew: false },
    verdict: { outcome: 'unavailable', reasons: ['not-auto-renew'] },
  },
  {
    name: 'a subscription bought through a partner cannot change seats online',
    facts: { ...eligibleSeats, boughtOnline: false },
    verdict: { outcome: 'unavailable', reasons: ['not-bought-online'] },
  },
  {
    name: 'every failed condition is listed',
    facts: { contractManager: false, autoRenew: false, boughtOnline: false },
    verdict: { outcome: 'unavailable', reasons: ['not-contract-manager', 'not-auto-renew', 'not-bought-online'] },
  },
];

/** Full facts for a seat case (the partner-only facts take the eligible contract's values). */
export function seatCaseFacts(seatCase: SeatCase, expirationDate: string): SubscriptionFacts {
  return { ...eligibleContract, ...seatCase.facts, expirationDate };
}

/** The procedure these cases decide, and the cases: how the writers' rules page finds them. */
export const procedure = 'seats' satisfies ProcedureId;
export const cases: readonly ExampleCase[] = seatCases;
