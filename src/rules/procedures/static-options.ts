import type { FactName, PartialSubscriptionFacts } from '../facts.ts';
import type { StaticQuestionDefinition } from './procedure.ts';

/** Facts whose value is `true` or `false`. */
type BooleanFact = {
  [Name in FactName]-?: NonNullable<PartialSubscriptionFacts[Name]> extends boolean ? Name : never;
}[FactName];

/**
 * A yes/no question of the no-JavaScript flow for a boolean fact, under the fact's own name.
 * @param slug its URL segment (`auto-renew` for `autoRenew`)
 */
export function yesNoQuestion(fact: BooleanFact, slug: string): StaticQuestionDefinition {
  return {
    question: fact,
    slug,
    options: [
      { slug: 'yes', facts: { [fact]: true } },
      { slug: 'no', facts: { [fact]: false } },
    ],
  };
}

/** A question whose answers are the values of a choice fact, under the fact's own name. */
export function choiceQuestion<Name extends FactName>(
  fact: Name,
  slug: string,
  values: readonly NonNullable<PartialSubscriptionFacts[Name]>[],
  /** The key of the checker's dictionary that labels the values. */
  labels: string,
): StaticQuestionDefinition {
  return {
    question: fact,
    slug,
    options: values.map((value) => ({ slug: String(value), facts: { [fact]: value } })),
    optionLabels: { dictionary: 'checker', key: labels },
  };
}

/** The fixed date the no-JavaScript flow evaluates against: the dates its answers stand for are relative to it. */
export const staticToday = '2000-01-01';
