import { eligibleContract } from '../cases/partner-cases.ts';
import type { SampleSubscription } from './subscriptions.ts';

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
