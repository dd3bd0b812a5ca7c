import { parameterValue } from '../parameters.ts';
import type { Verdict } from '../reasons.ts';
import { seatSamples } from '../samples/seat-samples.ts';
import { sampleFacts, type SampleSubscription } from '../samples/subscriptions.ts';
import type { PaymentMethodId } from '../samples/payment.ts';
import { checkSeatChange } from '../seats.ts';

/**
 * The seats simulator as a pure state machine: `transition(state, event)` returns the next
 * state and never throws. Every rule check happens here, through `checkSeatChange` and the
 * `minimum-seats` parameter; the UI only sends events.
 *
 * Rejection contract (as in the partner machine): an event not allowed on the current screen,
 * or forbidden by the rules, returns the same screen with `rejected` set to why; accepted
 * events clear it. A number the reader typed that cannot be saved is not a rejection: it is
 * kept and `seatError` says what is wrong with it.
 */

/** The screens. Adding walks six article steps; removing walks four and ends on `reduced`. */
export type SeatScreen =
  'navigation' | 'subscriptions' | 'details' | 'change-seats' | 'payment' | 'review' | 'ordered' | 'reduced';

/** Which of the article's two step lists the reader is walking. */
export type SeatPath = 'add' | 'remove';

/** The article step each screen stands for. */
export const seatStepOf: Readonly<Record<SeatScreen, number>> = {
  navigation: 1,
  subscriptions: 2,
  details: 3,
  'change-seats': 4,
  payment: 5,
  review: 6,
  ordered: 6,
  reduced: 4,
};

/** Steps in each of the article's lists. */
export const seatStepCount: Readonly<Record<SeatPath, number>> = { add: 6, remove: 4 };

/** What is wrong with the typed number of seats. */
export type SeatError = 'not-a-number' | 'too-many' | 'not-more' | 'not-fewer' | 'below-minimum';

/**
 * The most seats the simulator takes. No source sets a maximum; this is the practice screen's own
 * bound, so that a typed number stays an exact integer (23 nines would not) and reads as a count.
 */
export const maximumSeats = 10_000;

/** Why an event was refused. */
export type SeatRejection =
  | 'not-on-this-screen'
  | 'blocked-by-rules'
  | 'unknown-subscription'
  | 'at-minimum'
  | 'invalid-seats'
  | 'payment-method-not-added'
  | 'no-such-step';

export interface SeatState {
  readonly screen: SeatScreen;
  readonly today: string;
  /** Set once the reader picks Add Seats or Reduce Seats, or opens a step of one list. */
  readonly path?: SeatPath | undefined;
  readonly subscriptionId?: string | undefined;
  /** The number field, as typed. */
  readonly seatInput: string;
  readonly seatError?: SeatError | undefined;
  /** The saved new number of seats. */
  readonly newSeats?: number | undefined;
  /** Whether the reader added (and so may choose) another payment method. */
  readonly newCardAdded: boolean;
  readonly paymentMethod: PaymentMethodId;
  readonly rejected?: SeatRejection | undefined;
}

export type SeatEvent =
  | { readonly type: 'open-subscriptions' }
  | { readonly type: 'select-subscription'; readonly id: string }
  | { readonly type: 'add-seats' }
  | { readonly type: 'remove-seats' }
  | { readonly type: 'type-seats'; readonly value: string }
  | { readonly type: 'save-changes' }
  | { readonly type: 'add-payment-method' }
  | { readonly type: 'choose-payment-method'; readonly method: PaymentMethodId }
  | { readonly type: 'save' }
  | { readonly type: 'submit-order' }
  | { readonly type: 'back' }
  | { readonly type: 'restart' }
  | { readonly type: 'go-to-step'; readonly path: SeatPath; readonly step: number }
  | { readonly type: 'set-today'; readonly today: string };

/** The first screen. */
export function initialSeatState(today: string): SeatState {
  return { screen: 'navigation', today, seatInput: '', newCardAdded: false, paymentMethod: 'original-card' };
}

/** The sample with this id. */
export function seatSample(id: string | undefined): SampleSubscription | undefined {
  return seatSamples.find((sample) => sample.id === id);
}

/** The sample selected in `state`. */
export function selectedSeatSubscription(state: SeatState): SampleSubscription | undefined {
  return seatSample(state.subscriptionId);
}

/** The rules' verdict on changing the seats of a sample. */
export function seatVerdict(sample: SampleSubscription, today: string): Verdict {
  return checkSeatChange(sampleFacts(sample, today));
}

/** The fewest seats a subscription can keep. */
export function minimumSeats(): number {
  return parameterValue('minimum-seats');
}

/** Whether Add Seats works on this sample: the rules allow the change. */
export function canAddSeats(sample: SampleSubscription, today: string): boolean {
  return seatVerdict(sample, today).outcome === 'self-service';
}

/** Whether Reduce Seats works: the rules allow it and there is a seat above the minimum to remove. */
export function canRemoveSeats(sample: SampleSubscription, today: string): boolean {
  return canAddSeats(sample, today) && sample.seats > minimumSeats();
}

/** What is wrong with `typed` as the new number of seats of `sample` on `path`, if anything. */
export function seatErrorOf(typed: string, sample: SampleSubscription, path: SeatPath): SeatError | undefined {
  const trimmed = typed.trim();
  if (!/^\d+$/.test(trimmed)) return 'not-a-number';
  const seats = Number(trimmed);
  if (seats > maximumSeats) return 'too-many';
  if (path === 'add') return seats > sample.seats ? undefined : 'not-more';
  if (seats < minimumSeats()) return 'below-minimum';
  return seats < sample.seats ? undefined : 'not-fewer';
}

const previousScreen: Readonly<Record<SeatScreen, SeatScreen>> = {
  navigation: 'navigation',
  subscriptions: 'navigation',
  details: 'subscriptions',
  'change-seats': 'details',
  payment: 'change-seats',
  review: 'payment',
  ordered: 'review',
  reduced: 'change-seats',
};

function reject(state: SeatState, why: SeatRejection): SeatState {
  return { ...state, rejected: why };
}

function accept(state: SeatState, changes: Partial<SeatState>): SeatState {
  return { ...state, ...changes, rejected: undefined };
}

/** Opens a step of one of the two lists with an eligible sample and a valid number already chosen. */
function goToStep(state: SeatState, path: SeatPath, step: number): SeatState {
  if (!Number.isInteger(step) || step < 1 || step > seatStepCount[path]) return reject(state, 'no-such-step');
  const start = initialSeatState(state.today);
  const screens: SeatScreen[] = ['navigation', 'subscriptions', 'details', 'change-seats', 'payment', 'review'];
  const screen = screens[step - 1] ?? 'navigation';
  if (step <= 2) return accept(start, { screen, path });
  const sample = seatSamples.find((candidate) =>
    path === 'add' ? canAddSeats(candidate, state.today) : canRemoveSeats(candidate, state.today),
  );
  if (!sample) return reject(state, 'blocked-by-rules');
  const newSeats = path === 'add' ? sample.seats + 1 : sample.seats - 1;
  return accept(start, {
    screen,
    path,
    subscriptionId: sample.id,
    seatInput: step >= 4 ? String(step === 4 ? sample.seats : newSeats) : '',
    newSeats: step >= 5 ? newSeats : undefined,
  });
}

/** The next state of the seats simulator. Never throws; see the rejection contract above. */
export function transition(state: SeatState, event: SeatEvent): SeatState {
  switch (event.type) {
    case 'restart':
      return initialSeatState(state.today);
    case 'set-today':
      return accept(state, { today: event.today });
    case 'go-to-step':
      return goToStep(state, event.path, event.step);
    case 'back':
      if (state.screen === 'navigation') return reject(state, 'not-on-this-screen');
      return accept(state, {
        screen: previousScreen[state.screen],
        seatError: undefined,
        // Leaving the details screen backwards forgets the choice between the two lists.
        path: state.screen === 'change-seats' ? undefined : state.path,
      });
    default:
      break;
  }

  switch (state.screen) {
    case 'navigation':
      return event.type === 'open-subscriptions'
        ? accept(state, { screen: 'subscriptions' })
        : reject(state, 'not-on-this-screen');
    case 'subscriptions':
      if (event.type !== 'select-subscription') return reject(state, 'not-on-this-screen');
      if (!seatSample(event.id)) return reject(state, 'unknown-subscription');
      return accept(state, { screen: 'details', subscriptionId: event.id });
    case 'details': {
      const sample = selectedSeatSubscription(state);
      if (!sample) return reject(state, 'unknown-subscription');
      if (event.type !== 'add-seats' && event.type !== 'remove-seats') return reject(state, 'not-on-this-screen');
      // The guards: the rules first, then the minimum for removing.
      if (!canAddSeats(sample, state.today)) return reject(state, 'blocked-by-rules');
      if (event.type === 'remove-seats' && !canRemoveSeats(sample, state.today)) return reject(state, 'at-minimum');
      return accept(state, {
        screen: 'change-seats',
        path: event.type === 'add-seats' ? 'add' : 'remove',
        seatInput: String(sample.seats),
        seatError: undefined,
        newSeats: undefined,
      });
    }
    case 'change-seats': {
      const sample = selectedSeatSubscription(state);
      if (!sample || !state.path) return reject(state, 'unknown-subscription');
      if (event.type === 'type-seats') return accept(state, { seatInput: event.value, seatError: undefined });
      if (event.type !== 'save-changes') return reject(state, 'not-on-this-screen');
      const error = seatErrorOf(state.seatInput, sample, state.path);
      if (error) return { ...reject(state, 'invalid-seats'), seatError: error };
      const newSeats = Number(state.seatInput.trim());
      return accept(state, { screen: state.path === 'add' ? 'payment' : 'reduced', newSeats, seatError: undefined });
    }
    case 'payment':
      if (event.type === 'add-payment-method') {
        return accept(state, { newCardAdded: true, paymentMethod: 'new-card' });
      }
      if (event.type === 'choose-payment-method') {
        // Another method must be added before it can be chosen.
        if (event.method === 'new-card' && !state.newCardAdded) return reject(state, 'payment-method-not-added');
        return accept(state, { paymentMethod: event.method });
      }
      return event.type === 'save' ? accept(state, { screen: 'review' }) : reject(state, 'not-on-this-screen');
    case 'review':
      return event.type === 'submit-order' ? accept(state, { screen: 'ordered' }) : reject(state, 'not-on-this-screen');
    case 'ordered':
    case 'reduced':
      return reject(state, 'not-on-this-screen');
  }
}

/**
 * Whether a state is one the rules or the flow forbid: a seat change on a sample the rules
 * block, a saved number on the wrong side of the current count or below the minimum, or a
 * charge to a method that was never added. The property test checks none is ever reached.
 */
export function isForbiddenSeatState(state: SeatState): boolean {
  const step = seatStepOf[state.screen];
  const sample = selectedSeatSubscription(state);
  if (step >= 3 && !sample) return true;
  if (state.screen === 'change-seats' || state.screen === 'payment' || state.screen === 'review') {
    if (!state.path || !sample || !canAddSeats(sample, state.today)) return true;
  }
  if (['payment', 'review', 'ordered', 'reduced'].includes(state.screen)) {
    if (!sample || state.newSeats === undefined) return true;
    if (state.path === 'add' && state.newSeats <= sample.seats) return true;
    if (state.path === 'remove' && (state.newSeats >= sample.seats || state.newSeats < minimumSeats())) return true;
  }
  if ((state.screen === 'payment' || state.screen === 'review') && state.path !== 'add') return true;
  if (state.screen === 'reduced' && state.path !== 'remove') return true;
  if (state.paymentMethod === 'new-card' && !state.newCardAdded) return true;
  return false;
}
