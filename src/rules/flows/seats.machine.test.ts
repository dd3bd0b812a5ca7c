import fc from 'fast-check';
import { seatEventArbitrary } from './events.arbitraries.ts';
import { describe, expect, test } from 'vitest';
import { parameterValue } from '../parameters.ts';
import { seatSamples } from '../samples/index.ts';
import {
  canAddSeats,
  canRemoveSeats,
  initialSeatState,
  isForbiddenSeatState,
  maximumSeats,
  seatErrorOf,
  seatStepOf,
  seatVerdict,
  transition,
  type SeatEvent,
  type SeatPath,
  type SeatScreen,
  type SeatState,
} from './seats.machine.ts';

const today = '2026-03-15';
const start = initialSeatState(today);
const eligible = seatSamples.find((sample) => sample.id === 'eligible-seats')!;

function run(...events: SeatEvent[]): SeatState {
  return events.reduce(transition, start);
}

const toDetails = (id: string): SeatEvent[] => [{ type: 'open-subscriptions' }, { type: 'select-subscription', id }];
const toAdd: SeatEvent[] = [...toDetails(eligible.id), { type: 'add-seats' }];
const toPayment: SeatEvent[] = [
  ...toAdd,
  { type: 'type-seats', value: String(eligible.seats + 2) },
  { type: 'save-changes' },
];
const toRemove: SeatEvent[] = [...toDetails(eligible.id), { type: 'remove-seats' }];

describe('every accepted transition', () => {
  test.each<{ name: string; events: SeatEvent[]; screen: SeatScreen; path?: SeatPath }>([
    {
      name: 'the billing path opens the subscriptions',
      events: [{ type: 'open-subscriptions' }],
      screen: 'subscriptions',
    },
    { name: 'selecting a contract shows its details', events: toDetails('not-contract-manager'), screen: 'details' },
    { name: 'Add seats opens the number on the add path', events: toAdd, screen: 'change-seats', path: 'add' },
    {
      name: 'Remove seats opens the number on the remove path',
      events: toRemove,
      screen: 'change-seats',
      path: 'remove',
    },
    { name: 'saving more seats leads to the payment', events: toPayment, screen: 'payment', path: 'add' },
    {
      name: 'adding a payment method stays on the payment',
      events: [...toPayment, { type: 'add-payment-method' }],
      screen: 'payment',
    },
    {
      name: 'choosing the original card stays on the payment',
      events: [...toPayment, { type: 'choose-payment-method', method: 'original-card' }],
      screen: 'payment',
    },
    { name: 'Save leads to the review', events: [...toPayment, { type: 'save' }], screen: 'review' },
    {
      name: 'Submit order places the order',
      events: [...toPayment, { type: 'save' }, { type: 'submit-order' }],
      screen: 'ordered',
    },
    {
      name: 'saving fewer seats records the reduction',
      events: [...toRemove, { type: 'type-seats', value: '4' }, { type: 'save-changes' }],
      screen: 'reduced',
      path: 'remove',
    },
  ])('$name', ({ events, screen, path }) => {
    const state = run(...events);
    expect(state.screen).toBe(screen);
    expect(state.rejected).toBeUndefined();
    if (path) expect(state.path).toBe(path);
  });

  test('the add path names its steps one to six, the remove path one to four', () => {
    const add = [start, run(toAdd[0]!), run(...toDetails(eligible.id)), run(...toAdd), run(...toPayment)];
    add.push(run(...toPayment, { type: 'save' }));
    expect(add.map((state) => seatStepOf[state.screen])).toEqual([1, 2, 3, 4, 5, 6]);
    expect(seatStepOf[run(...toRemove, { type: 'type-seats', value: '1' }, { type: 'save-changes' }).screen]).toBe(4);
  });

  test('the charged method is the original card unless another is added and saved', () => {
    expect(run(...toPayment, { type: 'save' }).paymentMethod).toBe('original-card');
    expect(run(...toPayment, { type: 'add-payment-method' }, { type: 'save' }).paymentMethod).toBe('new-card');
  });
});

describe('the guards on Add seats and Remove seats', () => {
  test.each(seatSamples.map((sample) => ({ name: `sample ${sample.id}`, sample })))(
    '$name changes seats only when the rules say self-service',
    ({ sample }) => {
      const allowed = seatVerdict(sample, today).outcome === 'self-service';
      const added = run(...toDetails(sample.id), { type: 'add-seats' });
      expect(added.screen).toBe(allowed ? 'change-seats' : 'details');
      expect(added.rejected).toBe(allowed ? undefined : 'blocked-by-rules');
      const removed = run(...toDetails(sample.id), { type: 'remove-seats' });
      const canRemove = allowed && sample.seats > parameterValue('minimum-seats');
      expect(removed.screen).toBe(canRemove ? 'change-seats' : 'details');
      expect(canRemoveSeats(sample, today)).toBe(canRemove);
      expect(canAddSeats(sample, today)).toBe(allowed);
    },
  );

  test.each([
    ['eligible-seats', 'self-service', []],
    ['single-seat', 'self-service', []],
    ['not-contract-manager', 'unavailable', ['not-contract-manager']],
    ['bought-through-partner', 'unavailable', ['not-bought-online']],
    ['not-auto-renew', 'unavailable', ['not-auto-renew']],
  ] as const)('the sample %s has the verdict %s %j', (id, outcome, reasons) => {
    const sample = seatSamples.find((candidate) => candidate.id === id)!;
    expect(seatVerdict(sample, today)).toEqual({ outcome, reasons });
  });

  test('a single seat cannot be removed: it is the minimum', () => {
    const state = run(...toDetails('single-seat'), { type: 'remove-seats' });
    expect(state).toMatchObject({ screen: 'details', rejected: 'at-minimum' });
  });
});

describe('the new number of seats', () => {
  test.each<{ name: string; path: SeatPath; typed: string; error: ReturnType<typeof seatErrorOf> }>([
    { name: 'adding needs a number', path: 'add', typed: 'five', error: 'not-a-number' },
    { name: 'adding needs a whole number', path: 'add', typed: '6.5', error: 'not-a-number' },
    { name: 'adding the same count is not adding', path: 'add', typed: '5', error: 'not-more' },
    { name: 'adding fewer is not adding', path: 'add', typed: '3', error: 'not-more' },
    { name: 'adding one more is fine', path: 'add', typed: '6', error: undefined },
    { name: 'adding up to the maximum is fine', path: 'add', typed: String(maximumSeats), error: undefined },
    { name: 'adding past the maximum is too many', path: 'add', typed: String(maximumSeats + 1), error: 'too-many' },
    {
      name: 'a number too long to be exact is too many',
      path: 'add',
      typed: '99999999999999999999999',
      error: 'too-many',
    },
    { name: 'removing to zero goes below the minimum', path: 'remove', typed: '0', error: 'below-minimum' },
    { name: 'removing to a negative number is not a number', path: 'remove', typed: '-1', error: 'not-a-number' },
    { name: 'removing to the same count is not removing', path: 'remove', typed: '5', error: 'not-fewer' },
    { name: 'removing to more is not removing', path: 'remove', typed: '9', error: 'not-fewer' },
    { name: 'removing down to the minimum is fine', path: 'remove', typed: '1', error: undefined },
  ])('$name', ({ path, typed, error }) => {
    expect(seatErrorOf(typed, eligible, path)).toBe(error);
    const state = run(
      ...toDetails(eligible.id),
      { type: `${path}-seats` },
      { type: 'type-seats', value: typed },
      {
        type: 'save-changes',
      },
    );
    expect(state.seatError).toBe(error);
    expect(state.seatInput).toBe(typed);
    if (error) expect(state).toMatchObject({ screen: 'change-seats', rejected: 'invalid-seats' });
  });

  test('typing again clears the message', () => {
    const failed = run(...toAdd, { type: 'type-seats', value: 'x' }, { type: 'save-changes' });
    expect(transition(failed, { type: 'type-seats', value: '7' }).seatError).toBeUndefined();
  });
});

describe('payment methods', () => {
  test('another method cannot be chosen before it is added', () => {
    const state = run(...toPayment, { type: 'choose-payment-method', method: 'new-card' });
    expect(state).toMatchObject({ paymentMethod: 'original-card', rejected: 'payment-method-not-added' });
  });

  test('after adding, the reader can go back to the original card', () => {
    const state = run(
      ...toPayment,
      { type: 'add-payment-method' },
      { type: 'choose-payment-method', method: 'original-card' },
    );
    expect(state.paymentMethod).toBe('original-card');
  });
});

describe('Back and Restart', () => {
  test.each<{ name: string; events: SeatEvent[]; back: SeatScreen }>([
    { name: 'from the subscriptions to the navigation', events: [{ type: 'open-subscriptions' }], back: 'navigation' },
    { name: 'from the details to the subscriptions', events: toDetails(eligible.id), back: 'subscriptions' },
    { name: 'from the number to the details', events: toAdd, back: 'details' },
    { name: 'from the payment to the number', events: toPayment, back: 'change-seats' },
    { name: 'from the review to the payment', events: [...toPayment, { type: 'save' }], back: 'payment' },
    {
      name: 'from the order to the review',
      events: [...toPayment, { type: 'save' }, { type: 'submit-order' }],
      back: 'review',
    },
    {
      name: 'from the reduction to the number',
      events: [...toRemove, { type: 'type-seats', value: '2' }, { type: 'save-changes' }],
      back: 'change-seats',
    },
  ])('Back goes $name', ({ events, back }) => {
    expect(transition(run(...events), { type: 'back' }).screen).toBe(back);
  });

  test('Back on the first screen is rejected', () => {
    expect(transition(start, { type: 'back' })).toEqual({ ...start, rejected: 'not-on-this-screen' });
  });

  test('Restart forgets everything', () => {
    expect(transition(run(...toPayment, { type: 'add-payment-method' }), { type: 'restart' })).toEqual(start);
  });
});

describe('opening the simulator at an article step', () => {
  const steps = (['add', 'remove'] as const).flatMap((path) =>
    Array.from({ length: path === 'add' ? 6 : 4 }, (_, index) => ({
      name: `${path} step ${index + 1}`,
      path,
      step: index + 1,
    })),
  );
  test.each(steps)('$name opens its screen', ({ path, step }) => {
    const state = transition(start, { type: 'go-to-step', path, step });
    expect(seatStepOf[state.screen]).toBe(step);
    expect(state.path).toBe(path);
    expect(isForbiddenSeatState(state)).toBe(false);
  });

  test.each([
    ['add', 7],
    ['remove', 5],
    ['add', 0],
  ] as const)('%s step %i does not exist', (path, step) => {
    expect(transition(start, { type: 'go-to-step', path, step }).rejected).toBe('no-such-step');
  });
});

describe('illegal events are rejected and change nothing else', () => {
  const states: SeatState[] = [
    start,
    run(...toDetails(eligible.id).slice(0, 1)),
    run(...toDetails(eligible.id)),
    run(...toAdd),
    run(...toPayment),
    run(...toPayment, { type: 'save' }),
    run(...toPayment, { type: 'save' }, { type: 'submit-order' }),
    run(...toRemove, { type: 'type-seats', value: '2' }, { type: 'save-changes' }),
  ];
  const screenEvents: SeatEvent[] = [
    { type: 'open-subscriptions' },
    { type: 'select-subscription', id: eligible.id },
    { type: 'add-seats' },
    { type: 'remove-seats' },
    { type: 'type-seats', value: '3' },
    { type: 'save-changes' },
    { type: 'add-payment-method' },
    { type: 'choose-payment-method', method: 'original-card' },
    { type: 'save' },
    { type: 'submit-order' },
  ];
  const legal: Record<SeatScreen, SeatEvent['type'][]> = {
    navigation: ['open-subscriptions'],
    subscriptions: ['select-subscription'],
    details: ['add-seats', 'remove-seats'],
    'change-seats': ['type-seats', 'save-changes'],
    payment: ['add-payment-method', 'choose-payment-method', 'save'],
    review: ['submit-order'],
    ordered: [],
    reduced: [],
  };
  const cases = states.flatMap((state) =>
    screenEvents
      .filter((event) => !legal[state.screen].includes(event.type))
      .map((event) => ({ name: `${event.type} on ${state.screen}`, state, event })),
  );
  test.each(cases)('$name is rejected', ({ state, event }) => {
    expect(transition(state, event)).toEqual({ ...state, rejected: 'not-on-this-screen' });
  });
});

describe('properties', () => {
  const event = seatEventArbitrary();

  test('random event sequences never throw and never reach a forbidden state', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 40 }), (events) => {
        let state = start;
        for (const next of events) {
          state = transition(state, next);
          expect(isForbiddenSeatState(state)).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
  });

  test('a rejected event never changes the screen', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 30 }), event, (events, last) => {
        const before = events.reduce(transition, start);
        const after = transition(before, last);
        if (after.rejected) expect(after.screen).toBe(before.screen);
      }),
    );
  });
});
