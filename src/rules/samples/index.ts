export { sampleFacts, sampleExpirationDate } from './subscriptions.ts';
export type { SampleSubscription } from './subscriptions.ts';
export { partnerSamples } from './partner-samples.ts';
export { seatSamples } from './seat-samples.ts';
export { newPartner, partnerDirectory, findPartner, isWellFormedCsn, normalizeCsn } from './partners.ts';
export type { SamplePartner } from './partners.ts';
export { paymentMethods } from './payment.ts';
export type { PaymentMethodId } from './payment.ts';
