import { addDays } from '../dates.ts';
import type { SubscriptionFacts } from '../facts.ts';
import { eligibleContract } from '../cases/partner-cases.ts';

/**
 * Sample subscriptions for the account simulator: data, not components, so the machines' tests
 * and the browser tests walk exactly the accounts the readers see.
 *
 * Dates are stored as days from today (`daysToExpiration`), never as fixed dates: each reader's
 * own `today` turns them into expiration dates, so "expires within the window" stays true forever.
 * Product names and numbers are made-up data, the same in every language.
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

/** One sample per case of the partner rule, the eligible one first. */
export const partnerSamples: readonly SampleSubscription[] = [
  {
    id: 'eligible-contract',
    product: 'AutoCAD',
    number: '110001234567',
    seats: 5,
    daysToExpiration: 200,
    partners: ['Northwind CAD Services'],
    facts: eligibleContract,
  },
  {
    id: 'several-partners',
    product: 'Revit',
    number: '110002345678',
    seats: 10,
    daysToExpiration: 240,
    partners: ['Northwind CAD Services', 'Fabrikam Design'],
    facts: { ...eligibleContract, partnerCount: 2 },
  },
  {
    id: 'auto-renew',
    product: 'Fusion',
    number: '110003456789',
    seats: 3,
    daysToExpiration: 150,
    partners: ['Northwind CAD Services'],
    facts: { ...eligibleContract, autoRenew: true },
  },
  {
    id: 'token-flex',
    product: 'Enterprise Business Agreement',
    number: '110004567890',
    seats: 50,
    daysToExpiration: 300,
    partners: ['Northwind CAD Services'],
    facts: { ...eligibleContract, tokenFlex: true },
  },
  {
    id: 'expires-soon',
    product: 'Inventor',
    number: '110005678901',
    seats: 2,
    daysToExpiration: 30,
    partners: ['Northwind CAD Services'],
    facts: eligibleContract,
  },
  {
    id: 'expired',
    product: 'Maya',
    number: '110006789012',
    seats: 1,
    daysToExpiration: -10,
    partners: ['Northwind CAD Services'],
    facts: eligibleContract,
  },
  {
    id: 'subscription-id',
    product: '3ds Max',
    number: '9000123456',
    seats: 4,
    daysToExpiration: 180,
    partners: ['Northwind CAD Services'],
    facts: { ...eligibleContract, identifier: 'subscription-id' },
  },
];

/** Seat changes need a contract manager, auto-renew and an online purchase. */
const eligibleSeats: Omit<SubscriptionFacts, 'expirationDate'> = { ...eligibleContract, autoRenew: true };

/** One sample per case of the seat rule, plus one at the minimum number of seats. */
export const seatSamples: readonly SampleSubscription[] = [
  {
    id: 'eligible-seats',
    product: 'AutoCAD',
    number: '120001234567',
    seats: 5,
    daysToExpiration: 200,
    partners: [],
    facts: eligibleSeats,
  },
  {
    id: 'single-seat',
    product: 'AutoCAD LT',
    number: '120002345678',
    seats: 1,
    daysToExpiration: 120,
    partners: [],
    facts: eligibleSeats,
  },
  {
    id: 'not-contract-manager',
    product: 'Revit',
    number: '120003456789',
    seats: 8,
    daysToExpiration: 250,
    partners: [],
    facts: { ...eligibleSeats, contractManager: false },
  },
  {
    id: 'bought-through-partner',
    product: 'Civil 3D',
    number: '120004567890',
    seats: 6,
    daysToExpiration: 160,
    partners: ['Northwind CAD Services'],
    facts: { ...eligibleSeats, boughtOnline: false },
  },
  {
    id: 'not-auto-renew',
    product: 'Inventor',
    number: '120005678901',
    seats: 3,
    daysToExpiration: 90,
    partners: [],
    facts: { ...eligibleSeats, autoRenew: false },
  },
];
