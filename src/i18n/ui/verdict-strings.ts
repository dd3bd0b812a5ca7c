import type { Outcome, ReasonCode } from '../../rules/index.ts';

/**
 * What a verdict says, in one language: the headline of each outcome, each reason in plain words
 * and what to do instead. Keyed by the rules module's closed enums, so a new reason code without
 * a sentence in every language fails the type check.
 *
 * Placeholders in braces are filled by `fillTemplate`: `{days}` days until expiration (or since it),
 * `{window}` the expiration window as prose ("90 days").
 */
export interface VerdictStrings {
  /** Headline per outcome, for changing the partner. */
  readonly partnerOutcomes: Readonly<Record<Outcome, string>>;
  /** Headline per outcome, for adding or reducing seats. */
  readonly seatOutcomes: Readonly<Record<Outcome, string>>;
  /** Headline per outcome, for changing the auto-renew setting (it has only these two outcomes). */
  readonly renewalOutcomes: Readonly<Record<'self-service' | 'unavailable', string>>;
  /** Why, in plain words. */
  readonly reasons: Readonly<Record<ReasonCode, string>>;
  /**
   * The words around a next step, which is never a sentence of ours: a rule's sentence comes from
   * its source, and these only lead to a link (the registry's `NextStep`).
   */
  readonly nextStep: {
    /** The procedure of the article the reader is in: its steps are on the page. */
    readonly followSteps: string;
    /** Leads to the link to another procedure's article (the link text is its title). */
    readonly procedure: string;
    /** Where no source offers a way out: says so, before the link to support. */
    readonly support: string;
    /** The link to support. */
    readonly contactSupport: string;
  };
  /** Link text from a reason to the article paragraph that states its rule. */
  readonly ruleLink: string;
  /** `{date}`: the day the verdict was worked out for (it depends on the day), as the language writes dates. */
  readonly asOf: string;
  /** The button that copies the link to this verdict (the answers are in it). */
  readonly copyLink: string;
  /** Announced once the link is copied. */
  readonly linkCopied: string;
  /** Announced where the browser refuses to copy: the reader copies the address bar's link instead. */
  readonly copyFailed: string;
}
