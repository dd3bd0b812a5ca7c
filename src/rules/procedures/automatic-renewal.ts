import { addDays } from '../dates.ts';
import { evaluateAutoRenewChange } from '../automatic-renewal.ts';
import { termValues } from '../facts.ts';
import { parameterValue } from '../parameters.ts';
import type { Procedure } from './procedure.ts';
import { choiceQuestion, staticToday } from './static-options.ts';

/** Turning a subscription's automatic renewal on or off. */
export const automaticRenewalProcedure = {
  id: 'automatic-renewal',
  article: 'automatic-renewal',
  facts: ['term', 'expirationDate', 'subscriptionCount'],
  evaluate: evaluateAutoRenewChange,
  outcomes: ['self-service', 'unavailable'],
  headlines: 'renewalOutcomes',
  reasons: {
    // No source says what to do once the grace period is over.
    'monthly-grace-period-over': { rule: 'auto-renew-change-window-monthly', nextStep: { kind: 'support' } },
    'annual-grace-period-over': { rule: 'auto-renew-change-window-annual', nextStep: { kind: 'support' } },
  },
  // More subscriptions than one bulk change takes stay self-service: the rule says how many at a time.
  selfServiceNextSteps: (facts) => [
    { kind: 'procedure', procedure: 'automatic-renewal' },
    ...(facts.subscriptionCount !== undefined && facts.subscriptionCount > parameterValue('bulk-auto-renew-limit')
      ? [{ kind: 'rule', rule: 'auto-renew-bulk-limit' } as const]
      : []),
  ],
  parameters: ['auto-renew-grace-monthly', 'auto-renew-grace-annual', 'bulk-auto-renew-limit'],
  staticQuestions: {
    term: choiceQuestion('term', 'term', termValues, 'termOptions'),
    // "Within the grace period" is today (the expiration day itself); "past it" is the day after
    // the longest grace period ends, past the shorter one too.
    expirationDate: {
      question: 'gracePeriodOver',
      slug: 'grace-period-over',
      options: [
        {
          slug: 'yes',
          facts: { expirationDate: addDays(staticToday, -parameterValue('auto-renew-grace-annual') - 1) },
        },
        { slug: 'no', facts: { expirationDate: staticToday } },
      ],
      text: 'gracePeriodOver',
      values: (facts) => ({
        window: facts.term === 'monthly' ? 'auto-renew-grace-monthly' : 'auto-renew-grace-annual',
      }),
    },
    subscriptionCount: {
      question: 'subscriptionCount',
      slug: 'subscriptions',
      options: [
        { slug: 'up-to-limit', facts: { subscriptionCount: 1 } },
        { slug: 'over-limit', facts: { subscriptionCount: parameterValue('bulk-auto-renew-limit') + 1 } },
      ],
      optionLabels: { dictionary: 'static-flow', key: 'subscriptionCountOptions' },
      values: () => ({ limit: 'bulk-auto-renew-limit' }),
    },
  },
} as const satisfies Procedure<'automatic-renewal'>;
