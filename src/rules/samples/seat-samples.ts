import { eligibleContract } from '../cases/partner-cases.ts';
import type { SubscriptionFacts } from '../facts.ts';
import type { SampleSubscription } from './subscriptions.ts';

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
