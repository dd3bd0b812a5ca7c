import type { SimulatorStrings } from '../simulator-strings.ts';

export const en = {
  regionLabel: 'Account simulator',
  intro: 'Practice the steps on sample subscriptions. Nothing here changes a real account.',
  stepOf: 'Step {step} of {total}',
  stepOnly: 'Step {step}',
  seatPaths: { add: 'Add seats', remove: 'Reduce seats' },
  back: 'Back',
  restart: 'Restart the simulation',
  tryThisStep: 'Try this step',
  sample: 'Sample',
  unavailableBecause: 'Not available:',
  actionUnavailable: 'This action is not available for this subscription.',
  navigation: {
    heading: 'Sign in and open your subscriptions',
    signedIn: 'You are signed in to your {account} at {site} (simulation).',
    instruction: 'Open the menu and choose the subscriptions page.',
  },
  subscriptions: { instruction: 'Select a subscription.' },
  details: {
    instruction: {
      partner: 'Open the Actions menu.',
      seats: 'Use the buttons under the number of seats to change it.',
    },
    partners: 'Partners',
    noPartner: 'None (bought online)',
  },
  partner: {
    accountNumberHeading: 'Get your new partner’s account number',
    accountNumberText: '{partner} sent you their account number (CSN). Note it for step 5:',
    accountNumberContinue: 'I have the number',
    findHeading: 'Find the new partner',
    findHint: 'Sample number: {csn}. Try a wrong one too.',
    csnErrors: {
      malformed: 'An account number (CSN) has 10 digits. Check what you typed and try again.',
      unknown: 'No partner has this account number. Check the number with your new partner.',
    },
    confirmHeading: 'Confirm the partner',
    confirmInstruction: 'Check that this is your new partner.',
    reviewHeading: 'Verify the updates',
    reviewChange: 'From {current} to {new}',
    replacesAllWarning:
      'This subscription has {count} partners. Submitting replaces all of them with {partner}. To change only one, contact support instead.',
    confirmationHeading: 'Update requested',
    confirmationText: '{partner} will be your partner for this subscription.',
    delayNotice: 'It can take at least {delay} for updates to appear in your Account Contract details.',
    closedHeading: 'All eight steps done',
    closedText: 'The confirmation window is closed. Restart to try another subscription.',
  },
  seats: {
    newCountLabel: 'Number of seats',
    currentCount: 'Now: {count}',
    errors: {
      'not-a-number': 'Enter a whole number of seats.',
      'not-more': 'To add seats, enter more than the current number.',
      'not-fewer': 'To reduce seats, enter fewer than the current number.',
      'below-minimum': 'A subscription must keep at least {minimum}.',
    },
    atMinimum: 'This subscription has only {minimum}, the fewest it can have: there is no seat to remove.',
    paymentHeading: 'Payment method',
    paymentNote:
      'The card you originally used to purchase the subscription is charged. To use a different method, add it and save it first.',
    originalCard: '{card} (used for the purchase)',
    newCard: '{card} (added now)',
    reviewHeading: 'Review your changes',
    reviewSummary: 'Seats from {from} to {to}, charged to {method}.',
    orderedHeading: 'Order submitted',
    orderedText: 'Your subscription now has {count} seats.',
    reducedHeading: 'Reduction saved',
    reducedText:
      'Seats from {from} to {to}. The new seat count and the lower price are recorded when the subscription renews, on {date}.',
  },
} as const satisfies SimulatorStrings;
