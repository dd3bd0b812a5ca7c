/**
 * Rule values as data: what decisions and prose read. Each value's description and the rule whose
 * sentence states it (OpenFisca's `description` and `reference`) are in `parameter-references.ts`,
 * which the writers' pages read and the islands never download.
 */

/** A rule value with its unit. `unit` is an `Intl.NumberFormat` unit, or `seat` or `subscription`. */
export interface Parameter {
  readonly value: number;
  readonly unit: 'day' | 'hour' | 'seat' | 'subscription';
}

export const parameters = {
  'expiration-window': { value: 90, unit: 'day' },
  'partner-update-delay': { value: 1, unit: 'hour' },
  'minimum-seats': { value: 1, unit: 'seat' },
  'auto-renew-grace-monthly': { value: 30, unit: 'day' },
  'auto-renew-grace-annual': { value: 45, unit: 'day' },
  'bulk-auto-renew-limit': { value: 100, unit: 'subscription' },
} as const satisfies Record<string, Parameter>;

/** Identifier of a rule value, e.g. `expiration-window`. */
export type ParameterId = keyof typeof parameters;

/** The numeric value of a parameter. */
export function parameterValue(id: ParameterId): number {
  return parameters[id].value;
}
