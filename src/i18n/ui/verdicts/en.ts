import type { VerdictStrings } from '../verdict-strings.ts';

export const en = {
  partnerOutcomes: {
    'self-service': 'You can update your partner yourself',
    'financial-transaction-only': 'You can change your partner only during a financial transaction',
    'contact-support': 'Contact support to change your partner',
    unavailable: 'You cannot update your partner information now',
  },
  seatOutcomes: {
    'self-service': 'You can add or reduce seats yourself',
    'financial-transaction-only': 'You can change seats only during a financial transaction',
    'contact-support': 'Contact support to change seats',
    unavailable: 'You cannot add or reduce seats yourself',
  },
  renewalOutcomes: {
    'self-service': 'You can turn auto-renew on or off yourself',
    unavailable: 'You can no longer change the auto-renew setting yourself',
  },
  reasons: {
    'subscription-id': 'Your subscription has a subscription ID, created by the new purchasing model.',
    'auto-renew': 'Your contract auto-renews.',
    'token-flex': 'You have an enterprise business agreement that uses Token Flex.',
    expired: 'Your contract expired {days} days ago.',
    'expires-soon': 'Your contract expires in {days} days, within {window} of expiration.',
    'change-only-one-partner': 'You have several partners and want to change only one of them.',
    'not-contract-manager': 'Only the contract manager can add or reduce seats.',
    'not-auto-renew': 'Seats can be changed only on subscriptions set to auto-renew.',
    'not-bought-online': 'Seats can be changed only on subscriptions bought online from Autodesk.',
    'monthly-grace-period-over':
      'Your monthly subscription expired, and the time after expiration in which its auto-renew setting can still be changed is over.',
    'annual-grace-period-over':
      'Your annual or multi-year subscription expired, and the time after expiration in which its auto-renew setting can still be changed is over.',
  },
  nextStep: {
    followSteps: 'Follow the steps in this article.',
    procedure: 'Follow the steps of the article',
    support: 'No article on this site describes a way to do this yourself.',
    contactSupport: 'Contact support',
  },
  ruleLink: 'Read the rule',
  asOf: 'As of {date}.',
  copyLink: 'Copy link to this result',
  linkCopied: 'Link copied.',
  copyFailed: 'The link could not be copied: copy the address from the address bar.',
} as const satisfies VerdictStrings;
