import type { ParameterId } from '../../rules/index.ts';

/** The anchor of a rule value's entry on the writers' rules page, e.g. `parameter-expiration-window`. */
export function parameterAnchor(id: ParameterId): string {
  return `parameter-${id}`;
}
