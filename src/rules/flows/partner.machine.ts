import { checkPartnerUpdate } from '../partner.ts';
import type { Verdict } from '../reasons.ts';
import { findPartner, isWellFormedCsn, newPartner, type SamplePartner } from '../samples/partners.ts';
import { partnerSamples } from '../samples/partner-samples.ts';
import { sampleFacts, type SampleSubscription } from '../samples/subscriptions.ts';

/**
 * The partner simulator as a pure state machine: `transition(state, event)` returns the next
 * state and never throws. The UI only sends events; every rule check happens here, through
 * `checkPartnerUpdate`.
 *
 * Rejection contract: an event that is not allowed on the current screen, or that the rules
 * forbid, returns the *same* screen with `rejected` set to why (`not-on-this-screen`,
 * `blocked-by-rules`, `unknown-subscription`...). Any accepted event clears `rejected`.
 * Nothing else changes on a rejection, so a stray click cannot lose what was typed.
 */

/** The screens, one per step of the article (the step number is `partnerStepOf`). */
export type PartnerScreen =
  | 'account-number'
  | 'navigation'
  | 'subscriptions'
  | 'details'
  | 'find-partner'
  | 'confirm-partner'
  | 'review'
  | 'confirmation'
  | 'closed';

/** The article's step each screen stands for. `closed` is after step 8's Done. */
export const partnerStepOf: Readonly<Record<PartnerScreen, number>> = {
  'account-number': 1,
  navigation: 2,
  subscriptions: 3,
  details: 4,
  'find-partner': 5,
  'confirm-partner': 6,
  review: 7,
  confirmation: 8,
  closed: 8,
};

/** Steps in the article's list. */
export const partnerStepCount = 8;

/** Why the typed account number found no partner. */
export type CsnError = 'malformed' | 'unknown';

/** Why an event was refused. */
export type PartnerRejection = 'not-on-this-screen' | 'blocked-by-rules' | 'unknown-subscription' | 'no-such-step';

export interface PartnerState {
  readonly screen: PartnerScreen;
  /** The reader's calendar date: the rules' `today`. */
  readonly today: string;
  readonly subscriptionId?: string | undefined;
  /** The Actions drop-down on the details screen. */
  readonly actionsOpen: boolean;
  /** What the reader typed in the account-number field, kept as typed. */
  readonly csnInput: string;
  readonly csnError?: CsnError | undefined;
  /** The partner found by Find. */
  readonly partnerCsn?: string | undefined;
  readonly rejected?: PartnerRejection | undefined;
}

export type PartnerEvent =
  | { readonly type: 'continue' }
  | { readonly type: 'open-subscriptions' }
  | { readonly type: 'select-subscription'; readonly id: string }
  | { readonly type: 'toggle-actions' }
  | { readonly type: 'update-reseller-information' }
  | { readonly type: 'type-csn'; readonly value: string }
  | { readonly type: 'find' }
  | { readonly type: 'next' }
  | { readonly type: 'submit' }
  | { readonly type: 'done' }
  | { readonly type: 'back' }
  | { readonly type: 'restart' }
  | { readonly type: 'go-to-step'; readonly step: number }
  | { readonly type: 'set-today'; readonly today: string };

/** The first screen, on the reader's `today`. */
export function initialPartnerState(today: string): PartnerState {
  return { screen: 'account-number', today, actionsOpen: false, csnInput: '' };
}

/** The sample with this id. */
export function partnerSample(id: string | undefined): SampleSubscription | undefined {
  return partnerSamples.find((sample) => sample.id === id);
}

/** The rules' verdict on changing the partner of a sample, on `today`. */
export function partnerVerdict(sample: SampleSubscription, today: string): Verdict {
  return checkPartnerUpdate(sampleFacts(sample, today), today);
}

/** Whether the reader may choose Update Reseller Information for this sample: only when self-service. */
export function canUpdateReseller(sample: SampleSubscription, today: string): boolean {
  return partnerVerdict(sample, today).outcome === 'self-service';
}

/** The sample subscription selected in `state`. */
export function selectedSubscription(state: PartnerState): SampleSubscription | undefined {
  return partnerSample(state.subscriptionId);
}

/** The partner found by Find, if any. */
export function foundPartner(state: PartnerState): SamplePartner | undefined {
  return state.partnerCsn === undefined ? undefined : findPartner(state.partnerCsn);
}

/** Whether submitting replaces several partners: the reader is warned before Submit. */
export function replacesSeveralPartners(state: PartnerState): boolean {
  return (selectedSubscription(state)?.facts.partnerCount ?? 1) > 1;
}

/** The screen Back leads to. */
const previousScreen: Readonly<Record<PartnerScreen, PartnerScreen>> = {
  'account-number': 'account-number',
  navigation: 'account-number',
  subscriptions: 'navigation',
  details: 'subscriptions',
  'find-partner': 'details',
  'confirm-partner': 'find-partner',
  review: 'confirm-partner',
  confirmation: 'review',
  closed: 'confirmation',
};

function reject(state: PartnerState, why: PartnerRejection): PartnerState {
  return { ...state, rejected: why };
}

function accept(state: PartnerState, changes: Partial<PartnerState>): PartnerState {
  return { ...state, ...changes, rejected: undefined };
}

/** The first sample the reader could update: where "Try this step" lands past step 3. */
function firstEligibleSample(today: string): SampleSubscription | undefined {
  return partnerSamples.find((sample) => canUpdateReseller(sample, today));
}

/**
 * Opens the simulator at an article step, filling in what earlier steps would have chosen
 * (an eligible sample, the new partner's number) so every step can be tried on its own.
 */
function goToStep(state: PartnerState, step: number): PartnerState {
  if (!Number.isInteger(step) || step < 1 || step > partnerStepCount) return reject(state, 'no-such-step');
  const start = initialPartnerState(state.today);
  const screens: PartnerScreen[] = [
    'account-number',
    'navigation',
    'subscriptions',
    'details',
    'find-partner',
    'confirm-partner',
    'review',
    'confirmation',
  ];
  const screen = screens[step - 1] ?? 'account-number';
  if (step <= 3) return accept(start, { screen });
  const sample = firstEligibleSample(state.today);
  if (!sample) return reject(state, 'blocked-by-rules');
  const csnInput = step >= 6 ? newPartner.csn : '';
  return accept(start, {
    screen,
    subscriptionId: sample.id,
    actionsOpen: step === 4,
    csnInput,
    partnerCsn: step >= 6 ? newPartner.csn : undefined,
  });
}

/** The next state of the partner simulator. Never throws; see the rejection contract above. */
export function transition(state: PartnerState, event: PartnerEvent): PartnerState {
  switch (event.type) {
    case 'restart':
      return initialPartnerState(state.today);
    case 'set-today':
      return accept(state, { today: event.today });
    case 'go-to-step':
      return goToStep(state, event.step);
    case 'back':
      if (state.screen === 'account-number') return reject(state, 'not-on-this-screen');
      return accept(state, { screen: previousScreen[state.screen], actionsOpen: false, csnError: undefined });
    default:
      break;
  }

  switch (state.screen) {
    case 'account-number':
      return event.type === 'continue' ? accept(state, { screen: 'navigation' }) : reject(state, 'not-on-this-screen');
    case 'navigation':
      return event.type === 'open-subscriptions'
        ? accept(state, { screen: 'subscriptions' })
        : reject(state, 'not-on-this-screen');
    case 'subscriptions':
      if (event.type !== 'select-subscription') return reject(state, 'not-on-this-screen');
      if (!partnerSample(event.id)) return reject(state, 'unknown-subscription');
      return accept(state, { screen: 'details', subscriptionId: event.id, actionsOpen: false });
    case 'details': {
      const sample = selectedSubscription(state);
      if (!sample) return reject(state, 'unknown-subscription');
      if (event.type === 'toggle-actions') return accept(state, { actionsOpen: !state.actionsOpen });
      if (event.type !== 'update-reseller-information' || !state.actionsOpen) {
        return reject(state, 'not-on-this-screen');
      }
      // The guard: the menu item works only when the rules say the reader can do it themselves.
      if (!canUpdateReseller(sample, state.today)) return reject(state, 'blocked-by-rules');
      return accept(state, { screen: 'find-partner', actionsOpen: false, csnError: undefined });
    }
    case 'find-partner':
      if (event.type === 'type-csn') return accept(state, { csnInput: event.value, csnError: undefined });
      if (event.type !== 'find') return reject(state, 'not-on-this-screen');
      // A failed search keeps what was typed, so the reader can correct it.
      if (!isWellFormedCsn(state.csnInput)) return accept(state, { csnError: 'malformed' });
      {
        const partner = findPartner(state.csnInput);
        if (!partner) return accept(state, { csnError: 'unknown' });
        return accept(state, { screen: 'confirm-partner', partnerCsn: partner.csn, csnError: undefined });
      }
    case 'confirm-partner':
      return event.type === 'next' ? accept(state, { screen: 'review' }) : reject(state, 'not-on-this-screen');
    case 'review':
      return event.type === 'submit' ? accept(state, { screen: 'confirmation' }) : reject(state, 'not-on-this-screen');
    case 'confirmation':
      return event.type === 'done' ? accept(state, { screen: 'closed' }) : reject(state, 'not-on-this-screen');
    case 'closed':
      return reject(state, 'not-on-this-screen');
  }
}

/**
 * Whether a state is one the rules or the flow forbid: past the details screen on a sample the
 * reader cannot update, or past Find without a partner. The property test checks no sequence
 * of events ever reaches one.
 */
export function isForbiddenPartnerState(state: PartnerState): boolean {
  const step = partnerStepOf[state.screen];
  if (step >= 4 && !selectedSubscription(state)) return true;
  if (step >= 5) {
    const sample = selectedSubscription(state);
    if (!sample || !canUpdateReseller(sample, state.today)) return true;
  }
  if (step >= 6 && !foundPartner(state)) return true;
  return false;
}
