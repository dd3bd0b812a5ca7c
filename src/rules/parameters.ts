/**
 * Rule values as data, each with the sentence of the English source that sets it (OpenFisca's
 * `reference`). Decisions and prose read them from here; no rule value is a literal elsewhere.
 */

/** Where a value comes from: the source article and the sentence in it. */
export interface ParameterReference {
  /** The seed article, as named in `shared/seeds/README.md`. */
  readonly article: 'update-authorized-partner-information' | 'add-or-reduce-seats' | 'automatic-renewal';
  /** The sentence of the English source that states the value, verbatim. */
  readonly quote: string;
}

/** A rule value with its unit and source. `unit` is an `Intl.NumberFormat` unit, or `seat` or `subscription`. */
export interface Parameter {
  readonly value: number;
  readonly unit: 'day' | 'hour' | 'seat' | 'subscription';
  readonly description: string;
  readonly reference: ParameterReference;
}

export const parameters = {
  'expiration-window': {
    value: 90,
    unit: 'day',
    description:
      'A contract that expires this many days from today or sooner (the day itself counts) cannot change partner.',
    reference: {
      article: 'update-authorized-partner-information',
      quote: 'Your contract has expired or is within 90 days of expiration',
    },
  },
  'partner-update-delay': {
    value: 1,
    unit: 'hour',
    description: 'The least time before a partner update appears in the Account Contract details.',
    reference: {
      article: 'update-authorized-partner-information',
      quote: 'It can take at least an hour for updates to appear in your Account Contract details.',
    },
  },
  'minimum-seats': {
    value: 1,
    unit: 'seat',
    description: 'A subscription keeps at least this many seats after a reduction.',
    reference: {
      article: 'add-or-reduce-seats',
      quote: 'Ajustez le nombre de postes et cliquez sur Enregistrer les modifications.',
    },
  },
  'auto-renew-grace-monthly': {
    value: 30,
    unit: 'day',
    description:
      'How long after its expiration date a monthly subscription’s auto-renew setting can still be changed (the last day counts).',
    reference: {
      article: 'automatic-renewal',
      quote:
        'auto-renew settings can be changed, one subscription at a time or in bulk, at any time before the renewal date, and up to 30 days after the expiration date for monthly subscriptions',
    },
  },
  'auto-renew-grace-annual': {
    value: 45,
    unit: 'day',
    description:
      'How long after its expiration date an annual or multi-year subscription’s auto-renew setting can still be changed (the last day counts).',
    reference: {
      article: 'automatic-renewal',
      quote: 'or 45 days after it for annual and multi-year subscriptions',
    },
  },
  'bulk-auto-renew-limit': {
    value: 100,
    unit: 'subscription',
    description: 'The most subscriptions one bulk change of the auto-renew setting takes.',
    reference: { article: 'automatic-renewal', quote: 'Bulk changes: up to 100 subscriptions at once.' },
  },
} as const satisfies Record<string, Parameter>;

/** Identifier of a rule value, e.g. `expiration-window`. */
export type ParameterId = keyof typeof parameters;

/** The numeric value of a parameter. */
export function parameterValue(id: ParameterId): number {
  return parameters[id].value;
}
