import { evaluateSeatChange } from '../seats.ts';
import type { Procedure } from './procedure.ts';
import { yesNoQuestion } from './static-options.ts';

/** Adding or reducing the seats of a subscription. */
export const seatsProcedure = {
  id: 'seats',
  article: 'add-or-reduce-seats',
  facts: ['contractManager', 'autoRenew', 'boughtOnline'],
  evaluate: (facts) => evaluateSeatChange(facts),
  outcomes: ['self-service', 'unavailable'],
  headlines: 'seatOutcomes',
  reasons: {
    'not-contract-manager': {
      rule: 'seats-contract-manager-only',
      nextStep: { kind: 'rule', rule: 'seats-contract-manager-only' },
    },
    // Turning auto-renew on is the automatic-renewal article's procedure, and removes this reason.
    'not-auto-renew': {
      rule: 'seats-contract-manager-only',
      nextStep: { kind: 'procedure', procedure: 'automatic-renewal' },
    },
    'not-bought-online': { rule: 'seats-bought-online-only', nextStep: { kind: 'support' } },
  },
  selfServiceNextSteps: () => [{ kind: 'procedure', procedure: 'seats' }],
  parameters: ['minimum-seats'],
  staticQuestions: {
    contractManager: yesNoQuestion('contractManager', 'contract-manager'),
    autoRenew: yesNoQuestion('autoRenew', 'auto-renew'),
    boughtOnline: yesNoQuestion('boughtOnline', 'bought-online'),
  },
  simulator: {
    flow: 'seats',
    stepLists: [
      ['add', 6],
      ['remove', 4],
    ],
  },
} as const satisfies Procedure<'seats'>;
