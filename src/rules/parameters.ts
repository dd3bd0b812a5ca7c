/**
 * Rule values as data, each with the sentence of the English source that sets it (OpenFisca's
 * `reference`). Decisions and prose read them from here; no rule value is a literal elsewhere.
 */

/** Where a value comes from: the source article and the sentence in it. */
export interface ParameterReference {
  /** The seed article, as named in `shared/seeds/README.md`. */
  readonly article: 'update-authorized-partner-information' | 'add-or-reduce-seats';
  /** The sentence of the English source that states the value, verbatim. */
  readonly quote: string;
  /**
   * The public page the quote comes from when it is not the article's seed source, as
   * `shared/seeds/autodesk-current-help.md` names it (that file summarises, so the quote may too).
   */
  readonly page?: string;
}

/** A rule value with its unit and source. `unit` is an `Intl.NumberFormat` unit, or `seat`. */
export interface Parameter {
  readonly value: number;
  readonly unit: 'day' | 'hour' | 'seat';
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
    // The seed sources state no minimum; Autodesk's current English page does.
    reference: {
      article: 'add-or-reduce-seats',
      quote: 'The Reduce Seats button is not active when the subscription has only one seat.',
      page: 'autodesk.com, support/account/admin/manage/add-reduce-seats, English, dated 2022-11-17',
    },
  },
} as const satisfies Record<string, Parameter>;

/** Identifier of a rule value, e.g. `expiration-window`. */
export type ParameterId = keyof typeof parameters;

/** The numeric value of a parameter. */
export function parameterValue(id: ParameterId): number {
  return parameters[id].value;
}
