/** Named example cases, shared by unit tests, browser tests and the writers' pages. */
export { partnerCases, eligibleContract, type PartnerCase } from './partner-cases.ts';
export { seatCases, seatCaseFacts, type SeatCase } from './seat-cases.ts';
export { renewalCases, type RenewalCase } from './renewal-cases.ts';
