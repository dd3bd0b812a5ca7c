import type { ParameterId } from './parameters.ts';
import type { ReasonCode } from './reasons.ts';

/**
 * Every rule the articles state, by id. Each names the reason codes it produces and the rule
 * value it uses. The article marks the sentence that states it with `<Rule id="...">`, whose
 * anchor `#rule-<id>` the checker links each reason to.
 */
export const rules = {
  'subscription-id-financial-transaction': {
    article: 'update-authorized-partner-information',
    reasons: ['subscription-id'],
  },
  'partner-update-replaces-all': { article: 'update-authorized-partner-information', reasons: [] },
  'change-only-one-partner': {
    article: 'update-authorized-partner-information',
    reasons: ['change-only-one-partner'],
  },
  'partner-update-delay': {
    article: 'update-authorized-partner-information',
    reasons: [],
    parameter: 'partner-update-delay',
  },
  'partner-update-unavailable': {
    article: 'update-authorized-partner-information',
    reasons: ['auto-renew', 'token-flex', 'expired', 'expires-soon'],
  },
  'auto-renew-blocks-partner-update': { article: 'update-authorized-partner-information', reasons: ['auto-renew'] },
  'token-flex-blocks-partner-update': { article: 'update-authorized-partner-information', reasons: ['token-flex'] },
  'expiration-window': {
    article: 'update-authorized-partner-information',
    reasons: ['expired', 'expires-soon'],
    parameter: 'expiration-window',
  },
  'seats-contract-manager-only': {
    article: 'add-or-reduce-seats',
    reasons: ['not-contract-manager', 'not-auto-renew'],
  },
  'seats-bought-online-only': { article: 'add-or-reduce-seats', reasons: ['not-bought-online'] },
  'seats-payment-method': { article: 'add-or-reduce-seats', reasons: [] },
  'seat-reduction-at-renewal': { article: 'add-or-reduce-seats', reasons: [] },
  'minimum-seats': { article: 'add-or-reduce-seats', reasons: [], parameter: 'minimum-seats' },
} as const satisfies Record<string, { article: ArticleSlug; reasons: readonly ReasonCode[]; parameter?: ParameterId }>;

/** The two articles, by slug (the same in every locale). */
export const articleSlugs = ['update-authorized-partner-information', 'add-or-reduce-seats'] as const;

/** Slug of an article. */
export type ArticleSlug = (typeof articleSlugs)[number];

/** Identifier of a rule, e.g. `expiration-window`. */
export type RuleId = keyof typeof rules;

/** The in-page anchor of the sentence that states a rule. */
export function ruleAnchor(id: RuleId): string {
  return `rule-${id}`;
}

/** The rule whose sentence explains `reason`: the most specific one that produces it. */
export const ruleForReason: Record<ReasonCode, RuleId> = {
  'subscription-id': 'subscription-id-financial-transaction',
  'auto-renew': 'auto-renew-blocks-partner-update',
  'token-flex': 'token-flex-blocks-partner-update',
  expired: 'expiration-window',
  'expires-soon': 'expiration-window',
  'change-only-one-partner': 'change-only-one-partner',
  'not-contract-manager': 'seats-contract-manager-only',
  'not-auto-renew': 'seats-contract-manager-only',
  'not-bought-online': 'seats-bought-online-only',
};
