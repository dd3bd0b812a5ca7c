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
  /** Why, in plain words. */
  readonly reasons: Readonly<Record<ReasonCode, string>>;
  /** What to do instead. */
  readonly nextSteps: Readonly<Record<ReasonCode, string>>;
  /** What to do when nothing stands in the way, per action. */
  readonly selfServiceNextStep: { readonly partner: string; readonly seats: string };
  /** Link text from a reason to the article paragraph that states its rule. */
  readonly ruleLink: string;
}
