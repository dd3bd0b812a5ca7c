/**
 * The sample partner directory the simulator's "Find" searches. An account number (CSN) is
 * looked up here; anything else is "unknown". Names are data, the same in every language.
 */
export interface SamplePartner {
  /** The partner's account number (CSN). */
  readonly csn: string;
  readonly name: string;
  readonly city: string;
}

/** The new partner of the scenario: its number is the one the reader is given at step 1. */
export const newPartner: SamplePartner = { csn: '5100012345', name: 'Contoso Design Partners', city: 'Milano' };

/** Every partner the sample directory knows. */
export const partnerDirectory: readonly SamplePartner[] = [
  newPartner,
  { csn: '5100067890', name: 'Fabrikam Design', city: 'Lyon' },
  { csn: '5100024680', name: 'Northwind CAD Services', city: 'München' },
];

/** A well-formed account number in the simulation: ten digits (spaces are ignored). */
const csnPattern = /^\d{10}$/;

/** The typed number without the spaces people put in long numbers. */
export function normalizeCsn(typed: string): string {
  return typed.replace(/\s+/g, '');
}

/** Whether the typed text has the shape of an account number. */
export function isWellFormedCsn(typed: string): boolean {
  return csnPattern.test(normalizeCsn(typed));
}

/** The partner with that account number, if the directory has one. */
export function findPartner(typed: string): SamplePartner | undefined {
  const csn = normalizeCsn(typed);
  return partnerDirectory.find((partner) => partner.csn === csn);
}
