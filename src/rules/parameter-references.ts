import type { ParameterId } from './parameters.ts';
import type { RuleId, rules } from './rules.ts';

/**
 * What each rule value means and where it comes from (OpenFisca's `description` and `reference`).
 * The reference names the rule whose sentence states the value: the quoted sentence is that rule's
 * English source in `sources.ts`, its `{parameter-id}` placeholder filled with the value, so it is
 * never typed twice and cannot drift from what the articles say. `npm run check:docs` verifies it
 * (`scripts/checks/parameter-references.ts`). Kept apart from the values so that the islands, which
 * read values, do not download the writers' documentation.
 */

/** The rules bound to parameter `P` (`parameter: P` in `rules.ts`): the only ones that may state it. */
export type RuleStating<P extends ParameterId> = {
  [R in RuleId]: (typeof rules)[R] extends { readonly parameter: P } ? R : never;
}[RuleId];

/** Where a value comes from: the rule whose sentence states it, and where that sentence comes from. */
export interface ParameterReference<R extends RuleId = RuleId> {
  /** The rule whose source sentence states the value; its article is the rule's. */
  readonly rule: R;
  /**
   * The public page the value comes from when it is not in the article's seed source, as a heading
   * of `shared/seeds/autodesk-current-help.md` names it (in parentheses). That file summarises, so
   * only the value is checked against it; without `page`, the rule's English sentence must be in the
   * English seed article.
   */
  readonly page?: string;
}

/** A rule value's documentation. */
export interface ParameterDocumentation<R extends RuleId = RuleId> {
  /** What the value means, in English. */
  readonly description: string;
  readonly reference: ParameterReference<R>;
}

const autoRenewalPage = 'autodesk.com, support/account/manage/renew/auto-renewal, dated 2025-12-29';

export const parameterReferences = {
  'expiration-window': {
    description:
      'A contract that expires this many days from today or sooner (the day itself counts) cannot change partner.',
    reference: { rule: 'expiration-window' },
  },
  'partner-update-delay': {
    description: 'The least time before a partner update appears in the Account Contract details.',
    reference: { rule: 'partner-update-delay' },
  },
  'minimum-seats': {
    description: 'A subscription keeps at least this many seats after a reduction.',
    // The seed sources state no minimum; Autodesk's current English page does.
    reference: {
      rule: 'minimum-seats',
      page: 'autodesk.com, support/account/admin/manage/add-reduce-seats, dated 2022-11-17',
    },
  },
  'auto-renew-grace-monthly': {
    description:
      'How long after its expiration date a monthly subscription’s auto-renew setting can still be changed (the last day counts).',
    reference: { rule: 'auto-renew-change-window-monthly', page: autoRenewalPage },
  },
  'auto-renew-grace-annual': {
    description:
      'How long after its expiration date an annual or multi-year subscription’s auto-renew setting can still be changed (the last day counts).',
    reference: { rule: 'auto-renew-change-window-annual', page: autoRenewalPage },
  },
  'bulk-auto-renew-limit': {
    description: 'The most subscriptions one bulk change of the auto-renew setting takes.',
    reference: { rule: 'auto-renew-bulk-limit', page: autoRenewalPage },
  },
} as const satisfies { readonly [P in ParameterId]: ParameterDocumentation<RuleStating<P>> };
