import { addDays } from '../dates.ts';
import type { SubscriptionFacts } from '../facts.ts';

/**
 * Sample subscriptions for the account simulator: data, not components, so the machines' tests
 * and the browser tests walk exactly the accounts the readers see.
 *
 * Dates are stored as days from today (`daysToExpiration`), never as fixed dates: each reader's
 * own `today` turns them into expiration dates, so "expires within the window" stays true forever.
 * Product names and numbers are made-up data, the same in every language.
 *
 * Each flow's samples are in their own module (`partner-samples.ts`, `seat-samples.ts`), so that
 * an article's JavaScript carries only the accounts its simulator shows.
 */
export interface SampleSubscription {
  /** Stable key used by events, tests and `data-sample` attributes. */
  readonly id: string;
  /** Product shown as the subscription's name. */
  readonly product: string;
  /** The contract number, or the subscription ID of the new purchasing model (see `facts.identifier`). */
  readonly number: string;
  /** Seats on the subscription today. */
  readonly seats: number;
  /** Days from today to the expiration date: negative once expired. */
  readonly daysToExpiration: number;
  /** Names of the authorized partners on the subscription (their count is `facts.partnerCount`). */
  readonly partners: readonly string[];
  /** What the rules need, except the expiration date, which depends on today. */
  readonly facts: Omit<SubscriptionFacts, 'expirationDate'>;
}

/** The rules' facts of a sample on `today`. */
export function sampleFacts(sample: SampleSubscription, today: string): SubscriptionFacts {
  return { ...sample.facts, expirationDate: addDays(today, sample.daysToExpiration) };
}

/** The expiration date of a sample on `today`. */
export function sampleExpirationDate(sample: SampleSubscription, today: string): string {
  return addDays(today, sample.daysToExpiration);
}
