import fc from 'fast-check';
import { partnerDirectory } from '../samples/partners.ts';
import { partnerSamples } from '../samples/partner-samples.ts';
import { seatSamples } from '../samples/seat-samples.ts';
import type { PartnerEvent } from './partner.machine.ts';
import type { SeatEvent, SeatPath } from './seats.machine.ts';

/**
 * Random events for the simulators' machines, legal or not, for property and fuzz tests. `typed`
 * is what the reader types into the account-number and seat-count fields.
 */
export function partnerEventArbitrary(typed: fc.Arbitrary<string> = fc.string()): fc.Arbitrary<PartnerEvent> {
  return fc.oneof(
    fc.constantFrom<PartnerEvent>(
      { type: 'continue' },
      { type: 'open-subscriptions' },
      { type: 'toggle-actions' },
      { type: 'update-reseller-information' },
      { type: 'find' },
      { type: 'next' },
      { type: 'submit' },
      { type: 'done' },
      { type: 'back' },
      { type: 'restart' },
    ),
    fc
      .constantFrom(...partnerSamples.map((sample) => sample.id), 'unknown')
      .map((id): PartnerEvent => ({ type: 'select-subscription', id })),
    fc
      .oneof(typed, fc.constantFrom(...partnerDirectory.map((partner) => partner.csn)))
      .map((value): PartnerEvent => ({ type: 'type-csn', value })),
    fc.integer({ min: -1, max: 10 }).map((step): PartnerEvent => ({ type: 'go-to-step', step })),
  );
}

/** Random events for the seats machine (see `partnerEventArbitrary`). */
export function seatEventArbitrary(typed: fc.Arbitrary<string> = fc.string()): fc.Arbitrary<SeatEvent> {
  return fc.oneof(
    fc.constantFrom<SeatEvent>(
      { type: 'open-subscriptions' },
      { type: 'add-seats' },
      { type: 'remove-seats' },
      { type: 'save-changes' },
      { type: 'add-payment-method' },
      { type: 'choose-payment-method', method: 'new-card' },
      { type: 'choose-payment-method', method: 'original-card' },
      { type: 'save' },
      { type: 'submit-order' },
      { type: 'back' },
      { type: 'restart' },
    ),
    fc
      .constantFrom(...seatSamples.map((sample) => sample.id), 'unknown')
      .map((id): SeatEvent => ({ type: 'select-subscription', id })),
    fc
      .oneof(typed, fc.integer({ min: -2, max: 12 }).map(String))
      .map((value): SeatEvent => ({ type: 'type-seats', value })),
    fc
      .record({ path: fc.constantFrom<SeatPath>('add', 'remove'), step: fc.integer({ min: -1, max: 8 }) })
      .map(({ path, step }): SeatEvent => ({ type: 'go-to-step', path, step })),
  );
}
