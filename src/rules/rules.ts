import type { ParameterId } from './parameters.ts';
import { procedures } from './procedures/index.ts';
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
  'auto-renew-default': { article: 'automatic-renewal', reasons: [] },
  'auto-renew-change-window-monthly': {
    article: 'automatic-renewal',
    reasons: ['monthly-grace-period-over'],
    parameter: 'auto-renew-grace-monthly',
  },
  'auto-renew-change-window-annual': {
    article: 'automatic-renewal',
    reasons: ['annual-grace-period-over'],
    parameter: 'auto-renew-grace-annual',
  },
  'auto-renew-bulk-limit': { article: 'automatic-renewal', reasons: [], parameter: 'bulk-auto-renew-limit' },
  'auto-renew-payment-method': { article: 'automatic-renewal', reasons: [] },
} as const satisfies Record<string, { article: string; reasons: readonly ReasonCode[]; parameter?: ParameterId }>;

/** Slug of an article: one that a rule belongs to (the same in every locale). */
export type ArticleSlug = (typeof rules)[RuleId]['article'];

/** Every procedure's article, by slug, in the registry's order. */
export const articleSlugs: readonly ArticleSlug[] = procedures.map((procedure) => procedure.article);

/** Identifier of a rule, e.g. `expiration-window`. */
export type RuleId = keyof typeof rules;

/** The in-page anchor of the sentence that states a rule. */
export function ruleAnchor(id: RuleId): string {
  return `rule-${id}`;
}
