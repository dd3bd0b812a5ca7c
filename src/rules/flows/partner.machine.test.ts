import fc from 'fast-check';
import { partnerEventArbitrary } from './events.arbitraries.ts';
import { describe, expect, test } from 'vitest';
import { newPartner, partnerDirectory, partnerSamples } from '../samples/index.ts';
import {
  canUpdateReseller,
  initialPartnerState,
  isForbiddenPartnerState,
  partnerStepOf,
  partnerVerdict,
  replacesSeveralPartners,
  transition,
  type PartnerEvent,
  type PartnerScreen,
  type PartnerState,
} from './partner.machine.ts';

const today = '2026-03-15';
const start = initialPartnerState(today);

/** Runs events from the first screen. */
function run(...events: PartnerEvent[]): PartnerState {
  return events.reduce(transition, start);
}

const toDetails = (id: string): PartnerEvent[] => [
  { type: 'continue' },
  { type: 'open-subscriptions' },
  { type: 'select-subscription', id },
];
const toFind: PartnerEvent[] = [
  ...toDetails('eligible-contract'),
  { type: 'toggle-actions' },
  { type: 'update-reseller-information' },
];
const toConfirm: PartnerEvent[] = [...toFind, { type: 'type-csn', value: newPartner.csn }, { type: 'find' }];

describe('every accepted transition', () => {
  test.each<{ name: string; events: PartnerEvent[]; screen: PartnerScreen }>([
    { name: 'having the number leads to signing in', events: [{ type: 'continue' }], screen: 'navigation' },
    {
      name: 'the billing path opens the subscriptions',
      events: [{ type: 'continue' }, { type: 'open-subscriptions' }],
      screen: 'subscriptions',
    },
    { name: 'selecting a subscription opens its details', events: toDetails('auto-renew'), screen: 'details' },
    {
      name: 'opening Actions keeps the details open',
      events: [...toDetails('eligible-contract'), { type: 'toggle-actions' }],
      screen: 'details',
    },
    {
      name: 'Update Reseller Information opens the search on an eligible contract',
      events: toFind,
      screen: 'find-partner',
    },
    { name: 'Find with a directory number confirms the partner', events: toConfirm, screen: 'confirm-partner' },
    { name: 'Next leads to the review', events: [...toConfirm, { type: 'next' }], screen: 'review' },
    {
      name: 'Submit leads to the confirmation',
      events: [...toConfirm, { type: 'next' }, { type: 'submit' }],
      screen: 'confirmation',
    },
    {
      name: 'Done closes the confirmation',
      events: [...toConfirm, { type: 'next' }, { type: 'submit' }, { type: 'done' }],
      screen: 'closed',
    },
  ])('$name', ({ events, screen }) => {
    const state = run(...events);
    expect(state.screen).toBe(screen);
    expect(state.rejected).toBeUndefined();
  });

  test('each screen names its article step, one to eight', () => {
    const screens = [
      start,
      run({ type: 'continue' }),
      run({ type: 'continue' }, { type: 'open-subscriptions' }),
      run(...toDetails('eligible-contract')),
      run(...toFind),
      run(...toConfirm),
      run(...toConfirm, { type: 'next' }),
      run(...toConfirm, { type: 'next' }, { type: 'submit' }),
    ];
    expect(screens.map((state) => partnerStepOf[state.screen])).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
});

describe('Back and Restart', () => {
  const walk: PartnerEvent[] = [...toConfirm, { type: 'next' }, { type: 'submit' }, { type: 'done' }];
  test.each(walk.map((_, index) => ({ name: `Back after ${index + 1} events returns to the screen before`, index })))(
    '$name',
    ({ index }) => {
      const before = run(...walk.slice(0, index));
      const after = run(...walk.slice(0, index + 1));
      if (after.screen === before.screen) return; // typing, opening menus: same screen
      expect(transition(after, { type: 'back' }).screen).toBe(before.screen);
    },
  );

  test('Back on the first screen is rejected', () => {
    expect(transition(start, { type: 'back' })).toEqual({ ...start, rejected: 'not-on-this-screen' });
  });

  test('Restart from anywhere returns to the first screen and forgets the typed number', () => {
    const state = transition(run(...toFind, { type: 'type-csn', value: '123' }), { type: 'restart' });
    expect(state).toEqual(start);
  });
});

describe('the guard on Update Reseller Information', () => {
  test.each(partnerSamples.map((sample) => ({ name: `sample ${sample.id}`, sample })))(
    '$name opens the search only when the rules say self-service',
    ({ sample }) => {
      const state = run(...toDetails(sample.id), { type: 'toggle-actions' }, { type: 'update-reseller-information' });
      const allowed = partnerVerdict(sample, today).outcome === 'self-service';
      expect(canUpdateReseller(sample, today)).toBe(allowed);
      expect(state.screen).toBe(allowed ? 'find-partner' : 'details');
      expect(state.rejected).toBe(allowed ? undefined : 'blocked-by-rules');
    },
  );

  test.each([
    ['eligible-contract', 'self-service', []],
    ['several-partners', 'self-service', []],
    ['auto-renew', 'unavailable', ['auto-renew']],
    ['token-flex', 'unavailable', ['token-flex']],
    ['expires-soon', 'unavailable', ['expires-soon']],
    ['expired', 'unavailable', ['expired']],
    ['subscription-id', 'financial-transaction-only', ['subscription-id']],
  ] as const)('the sample %s has the verdict %s %j, on any day', (id, outcome, reasons) => {
    const sample = partnerSamples.find((candidate) => candidate.id === id)!;
    for (const day of [today, '2024-02-29', '2031-12-31']) {
      expect(partnerVerdict(sample, day)).toEqual({ outcome, reasons });
    }
  });

  test('the menu item is rejected while the Actions menu is closed', () => {
    const state = run(...toDetails('eligible-contract'), { type: 'update-reseller-information' });
    expect(state).toMatchObject({ screen: 'details', rejected: 'not-on-this-screen' });
  });

  test('an unknown subscription cannot be selected', () => {
    const state = run({ type: 'continue' }, { type: 'open-subscriptions' }, { type: 'select-subscription', id: 'x' });
    expect(state).toMatchObject({ screen: 'subscriptions', rejected: 'unknown-subscription' });
  });
});

describe('Find', () => {
  test.each<{ name: string; typed: string; error: 'malformed' | 'unknown' | undefined }>([
    { name: 'an empty field is malformed', typed: '', error: 'malformed' },
    { name: 'letters are malformed', typed: 'abc', error: 'malformed' },
    { name: 'nine digits are malformed', typed: '510001234', error: 'malformed' },
    { name: 'a well-formed number outside the directory is unknown', typed: '5100099999', error: 'unknown' },
    { name: 'a directory number with spaces is found', typed: '51000 12345', error: undefined },
    ...partnerDirectory.map((partner) => ({ name: `${partner.name} is found`, typed: partner.csn, error: undefined })),
  ])('$name', ({ typed, error }) => {
    const state = run(...toFind, { type: 'type-csn', value: typed }, { type: 'find' });
    expect(state.csnError).toBe(error);
    expect(state.screen).toBe(error ? 'find-partner' : 'confirm-partner');
    expect(state.csnInput).toBe(typed);
  });

  test('typing again clears the message', () => {
    const failed = run(...toFind, { type: 'type-csn', value: 'abc' }, { type: 'find' });
    expect(transition(failed, { type: 'type-csn', value: 'abcd' }).csnError).toBeUndefined();
  });
});

describe('several partners', () => {
  test('submitting warns that all partners are replaced', () => {
    const events: PartnerEvent[] = [
      ...toDetails('several-partners'),
      { type: 'toggle-actions' },
      { type: 'update-reseller-information' },
      { type: 'type-csn', value: newPartner.csn },
      { type: 'find' },
      { type: 'next' },
    ];
    const state = run(...events);
    expect(state.screen).toBe('review');
    expect(replacesSeveralPartners(state)).toBe(true);
    expect(replacesSeveralPartners(run(...toConfirm, { type: 'next' }))).toBe(false);
  });
});

describe('opening the simulator at an article step', () => {
  test.each([1, 2, 3, 4, 5, 6, 7, 8].map((step) => ({ name: `step ${step} opens its screen`, step })))(
    '$name',
    ({ step }) => {
      const state = transition(start, { type: 'go-to-step', step });
      expect(partnerStepOf[state.screen]).toBe(step);
      expect(isForbiddenPartnerState(state)).toBe(false);
    },
  );

  test.each([0, 9, 2.5, Number.NaN])('step %s does not exist', (step) => {
    expect(transition(start, { type: 'go-to-step', step }).rejected).toBe('no-such-step');
  });
});

describe('illegal events are rejected and change nothing else', () => {
  const states: PartnerState[] = [
    start,
    run({ type: 'continue' }),
    run({ type: 'continue' }, { type: 'open-subscriptions' }),
    run(...toDetails('eligible-contract')),
    run(...toFind),
    run(...toConfirm),
    run(...toConfirm, { type: 'next' }),
    run(...toConfirm, { type: 'next' }, { type: 'submit' }),
    run(...toConfirm, { type: 'next' }, { type: 'submit' }, { type: 'done' }),
  ];
  const screenEvents: PartnerEvent[] = [
    { type: 'continue' },
    { type: 'open-subscriptions' },
    { type: 'select-subscription', id: 'eligible-contract' },
    { type: 'toggle-actions' },
    { type: 'type-csn', value: '1' },
    { type: 'find' },
    { type: 'next' },
    { type: 'submit' },
    { type: 'done' },
  ];
  const legal: Record<PartnerScreen, PartnerEvent['type'][]> = {
    'account-number': ['continue'],
    navigation: ['open-subscriptions'],
    subscriptions: ['select-subscription'],
    details: ['toggle-actions'],
    'find-partner': ['type-csn', 'find'],
    'confirm-partner': ['next'],
    review: ['submit'],
    confirmation: ['done'],
    closed: [],
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
  const event = partnerEventArbitrary();

  test('random event sequences never throw and never reach a forbidden state', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 40 }), (events) => {
        let state = start;
        for (const next of events) {
          state = transition(state, next);
          expect(isForbiddenPartnerState(state)).toBe(false);
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
