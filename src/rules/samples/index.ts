export { partnerSamples, seatSamples, sampleFacts, sampleExpirationDate } from './subscriptions.ts';
export type { SampleSubscription } from './subscriptions.ts';
export { newPartner, partnerDirectory, findPartner, isWellFormedCsn, normalizeCsn } from './partners.ts';
export type { SamplePartner } from './partners.ts';
export { paymentMethods } from './payment.ts';
export type { PaymentMethodId } from './payment.ts';
