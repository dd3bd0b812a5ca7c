import type { ParameterId } from './parameters.ts';

/**
 * What each rule value means and where it comes from (OpenFisca's `description` and `reference`):
 * the sentence of the English source that sets it. Kept apart from the values so that the islands,
 * which read values, do not download the writers' documentation.
 */

/** Where a value comes from: the source article and the sentence in it. */
export interface ParameterReference {
  /** The seed article, as named in `shared/seeds/README.md`. */
  readonly article: 'update-authorized-partner-information' | 'add-or-reduce-seats' | 'automatic-renewal';
  /** The sentence of the English source that states the value, verbatim. */
  readonly quote: string;
  /**
   * The public page the quote comes from when it is not the article's seed source, as
   * `shared/seeds/autodesk-current-help.md` names it (that file summarises, so the quote may too).
   */
  readonly page?: string;
}

/** A rule value's documentation. */
export interface ParameterDocumentation {
  readonly description: string;
  readonly reference: ParameterReference;
}

export const parameterReferences = {
  'expiration-window': {
    description:
      'A contract that expires this many days from today or sooner (the day itself counts) cannot change partner.',
    reference: {
      article: 'update-authorized-partner-information',
      quote: 'Your contract has expired or is within 90 days of expiration',
    },
  },
  'partner-update-delay': {
    description: 'The least time before a partner update appears in the Account Contract details.',
    reference: {
      article: 'update-authorized-partner-information',
      quote: 'It can take at least an hour for updates to appear in your Account Contract details.',
    },
  },
  'minimum-seats': {
    description: 'A subscription keeps at least this many seats after a reduction.',
    // The seed sources state no minimum; Autodesk's current English page does.
    reference: {
      article: 'add-or-reduce-seats',
      quote: 'The Reduce Seats button is not active when the subscription has only one seat.',
      page: 'autodesk.com, support/account/admin/manage/add-reduce-seats, English, dated 2022-11-17',
    },
  },
  'auto-renew-grace-monthly': {
    description:
      'How long after its expiration date a monthly subscription’s auto-renew setting can still be changed (the last day counts).',
    reference: {
      article: 'automatic-renewal',
      quote:
        'auto-renew settings can be changed, one subscription at a time or in bulk, at any time before the renewal date, and up to 30 days after the expiration date for monthly subscriptions',
    },
  },
  'auto-renew-grace-annual': {
    description:
      'How long after its expiration date an annual or multi-year subscription’s auto-renew setting can still be changed (the last day counts).',
    reference: {
      article: 'automatic-renewal',
      quote: 'or 45 days after it for annual and multi-year subscriptions',
    },
  },
  'bulk-auto-renew-limit': {
    description: 'The most subscriptions one bulk change of the auto-renew setting takes.',
    reference: { article: 'automatic-renewal', quote: 'Bulk changes: up to 100 subscriptions at once.' },
  },
} as const satisfies Record<ParameterId, ParameterDocumentation>;
