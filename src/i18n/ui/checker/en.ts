import type { CheckerStrings } from '../checker-strings.ts';

export const en = {
  intro: 'Answer a few questions to find out whether you can do this yourself.',
  questions: {
    identifier: 'Does your subscription have a contract number or a subscription ID?',
    autoRenew: 'Does your contract auto-renew?',
    tokenFlex: 'Do you have an enterprise business agreement that uses Token Flex?',
    expirationDate: 'When does your contract expire?',
    partnerCount: 'How many authorized partners does your subscription have?',
    changeOnlyOnePartner: 'Do you want to change only one of your partners?',
    contractManager: 'Are you the contract manager of this subscription?',
    boughtOnline: 'Did you buy the subscription online from Autodesk?',
  },
  hints: {
    identifier: 'You can see it under {path} in your {account}.',
    expirationDate: 'If it has already passed, enter that date.',
  },
  yes: 'Yes',
  no: 'No',
  identifierOptions: {
    'contract-number': 'A contract number',
    'subscription-id': 'A subscription ID',
  },
  missing: {
    identifier: 'Select whether your subscription has a contract number or a subscription ID',
    autoRenew: 'Select whether your contract auto-renews',
    tokenFlex: 'Select whether you have an enterprise business agreement that uses Token Flex',
    expirationDate: 'Enter the date your contract expires',
    partnerCount: 'Enter how many authorized partners your subscription has',
    changeOnlyOnePartner: 'Select whether you want to change only one of your partners',
    contractManager: 'Select whether you are the contract manager',
    boughtOnline: 'Select whether you bought the subscription online from Autodesk',
  },
  invalidDate: 'The expiration date must be a real date',
  invalidPartnerCount: 'The number of partners must be a whole number, 1 or more',
  errorSummaryTitle: 'There is a problem',
  check: 'Check',
  startAgain: 'Clear my answers',
  ignoredParameters: 'Some details in the link could not be read and were ignored: {names}.',
  whyHeading: 'Why',
  nextStepsHeading: 'What you can do',
  dateReasons: {
    expiresToday: 'Your contract expires today, within {window} of expiration.',
    expiresTomorrow: 'Your contract expires tomorrow, within {window} of expiration.',
    expiredYesterday: 'Your contract expired yesterday.',
  },
  regionLabel: 'Eligibility checker',
} as const satisfies CheckerStrings;
