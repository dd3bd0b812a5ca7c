import { addDays } from '../dates.ts';
import { identifierValues } from '../facts.ts';
import { parameterValue } from '../parameters.ts';
import { evaluatePartnerUpdate } from '../partner.ts';
import type { Procedure } from './procedure.ts';
import { choiceQuestion, staticToday, yesNoQuestion } from './static-options.ts';

/** Changing the authorized partner (reseller) of a subscription. */
export const partnerProcedure = {
  id: 'partner',
  article: 'update-authorized-partner-information',
  facts: ['identifier', 'autoRenew', 'tokenFlex', 'expirationDate', 'partnerCount', 'changeOnlyOnePartner'],
  evaluate: evaluatePartnerUpdate,
  outcomes: ['self-service', 'financial-transaction-only', 'contact-support', 'unavailable'],
  headlines: 'partnerOutcomes',
  reasons: {
    'subscription-id': {
      rule: 'subscription-id-financial-transaction',
      nextStep: { kind: 'rule', rule: 'subscription-id-financial-transaction' },
    },
    // Turning auto-renew off is the automatic-renewal article's procedure, and removes this reason.
    'auto-renew': {
      rule: 'auto-renew-blocks-partner-update',
      nextStep: { kind: 'procedure', procedure: 'automatic-renewal' },
    },
    'token-flex': { rule: 'token-flex-blocks-partner-update', nextStep: { kind: 'support' } },
    expired: { rule: 'expiration-window', nextStep: { kind: 'support' } },
    'expires-soon': { rule: 'expiration-window', nextStep: { kind: 'support' } },
    'change-only-one-partner': {
      rule: 'change-only-one-partner',
      nextStep: { kind: 'rule', rule: 'change-only-one-partner' },
    },
  },
  // With several partners, the update the steps make replaces every one of them: say so again.
  selfServiceNextSteps: (facts) => [
    { kind: 'procedure', procedure: 'partner' },
    ...(facts.partnerCount !== undefined && facts.partnerCount > 1
      ? [{ kind: 'rule', rule: 'partner-update-replaces-all' } as const]
      : []),
  ],
  parameters: ['expiration-window', 'partner-update-delay'],
  staticQuestions: {
    identifier: choiceQuestion('identifier', 'identifier', identifierValues, 'identifierOptions'),
    autoRenew: yesNoQuestion('autoRenew', 'auto-renew'),
    tokenFlex: yesNoQuestion('tokenFlex', 'token-flex'),
    // "Expired" and "expires within the window" are one answer: today (0 days left, the rules'
    // `expires-soon`); "not within" is the day after the window ends.
    expirationDate: {
      question: 'expiresWithinWindow',
      slug: 'expires-within-window',
      options: [
        { slug: 'yes', facts: { expirationDate: staticToday } },
        { slug: 'no', facts: { expirationDate: addDays(staticToday, parameterValue('expiration-window') + 1) } },
      ],
      text: 'expiresWithinWindow',
      values: () => ({ window: 'expiration-window' }),
    },
    partnerCount: {
      question: 'partnerCount',
      slug: 'partners',
      options: [
        { slug: 'one', facts: { partnerCount: 1 } },
        { slug: 'several', facts: { partnerCount: 2 } },
      ],
      optionLabels: { dictionary: 'static-flow', key: 'partnerCountOptions' },
    },
    changeOnlyOnePartner: yesNoQuestion('changeOnlyOnePartner', 'change-only-one-partner'),
  },
  simulator: { flow: 'partner', stepLists: [['partner', 8]] },
} as const satisfies Procedure<'partner'>;
