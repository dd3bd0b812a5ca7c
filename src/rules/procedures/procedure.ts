import type { Evaluation } from '../evaluation.ts';
import type { FactName, PartialSubscriptionFacts } from '../facts.ts';
import type { ParameterId } from '../parameters.ts';
import type { Outcome, ReasonCode, Verdict } from '../reasons.ts';
import type { ArticleSlug, RuleId } from '../rules.ts';

/*
 * What one procedure of the help centre is, in one place (GOV.UK Smart Answers' `<name>_flow.rb`):
 * its article, the facts it asks, its decision, its outcomes, each reason's rule and next step, the
 * rule values it reads, the answers of its no-JavaScript flow and its simulator, if it has one.
 * Everything that shows a procedure (the checker, the no-JavaScript pages, the writers' pages,
 * bench, chunking) iterates the list in `index.ts` instead of naming procedures.
 */

/**
 * What a verdict tells the reader to do: never a sentence of our own. Either the sentence of a
 * source bound to a rule (`rule`), a link to the article of a procedure on this site
 * (`procedure`), or, where no source offers a way out, that no article does, with a link to
 * support (`support`).
 */
export type NextStep =
  | { readonly kind: 'rule'; readonly rule: RuleId }
  | { readonly kind: 'procedure'; readonly procedure: string }
  | { readonly kind: 'support' };

/** A reason a procedure's verdict can give: the rule that states it and what to do about it. */
export interface ReasonDefinition {
  readonly rule: RuleId;
  readonly nextStep: NextStep;
}

/** One answer a question of the no-JavaScript flow offers: its URL slug and the facts it stands for. */
export interface StaticOption {
  readonly slug: string;
  readonly facts: PartialSubscriptionFacts;
}

/**
 * How the no-JavaScript flow asks a fact. A static page cannot read a form, so a fact that is not
 * a choice (a date, a count) becomes a question whose answers stand for values on either side of
 * the rule's threshold.
 */
export interface StaticQuestionDefinition {
  /** The question's name: the fact's own name, or another when the page asks something else (`expiresWithinWindow`). */
  readonly question: string;
  /** Its URL segment: `auto-renew` in `auto-renew=no/`. */
  readonly slug: string;
  readonly options: readonly StaticOption[];
  /**
   * Where its sentence is, when the page asks something other than the fact: a key of the
   * no-JavaScript flow's dictionary (`src/i18n/ui/static-flow/`). Without it, the checker's question.
   */
  readonly text?: string;
  /**
   * Where its answers' labels are, other than yes and no: a key of the checker's dictionary
   * (`identifierOptions`) or of the flow's (`partnerCountOptions`), keyed by the options' slugs.
   */
  readonly optionLabels?: { readonly dictionary: 'checker' | 'static-flow'; readonly key: string };
  /**
   * The rule values the question's text names, by placeholder (`{window}`), for the answers given
   * before it: the grace period of a monthly subscription is not an annual one's.
   */
  readonly values?: (facts: PartialSubscriptionFacts) => Readonly<Record<string, ParameterId>>;
}

/** The keys of the verdict dictionaries (`src/i18n/ui/verdicts/`) that hold a procedure's headlines. */
export type HeadlineSection = 'partnerOutcomes' | 'seatOutcomes' | 'renewalOutcomes';

/** A list of numbered steps in the article, and how many steps it has: the simulator's anchors. */
export type SimulatorStepList = readonly [list: string, count: number];

/**
 * A named example case of a procedure's decision (OpenFisca-style), as the unit tests run it. The
 * cases live in `src/rules/cases/<name>-cases.ts`, which exports them as `cases` with the
 * `procedure` they belong to: the writers' page finds them there, and the checker island, which
 * imports this registry, never downloads them.
 */
export interface ExampleCase {
  readonly name: string;
  /** For a case with a date: the expiration, in days from the case's `today`. */
  readonly daysToExpiration?: number;
  readonly verdict: Verdict;
}

/** A procedure of the help centre. */
export interface Procedure<Id extends string = string> {
  /** Its name in URLs (`/check/<id>/`), in `data-checker` and in `<EligibilityChecker action>`. */
  readonly id: Id;
  /** The slug of the article that explains it, the same in every locale. */
  readonly article: ArticleSlug;
  /** The facts its questions can ask: a subset of the facts schema. */
  readonly facts: readonly FactName[];
  /** The decision on the facts stated so far: the next fact to ask, or the verdict. */
  readonly evaluate: (facts: PartialSubscriptionFacts, today: string) => Evaluation;
  /** Every outcome its verdicts can have. */
  readonly outcomes: readonly Outcome[];
  /** Where the dictionaries keep its headline per outcome. */
  readonly headlines: HeadlineSection;
  /** Every reason its verdicts can give, with the rule that states it and what to do about it. */
  readonly reasons: Readonly<Partial<Record<ReasonCode, ReasonDefinition>>>;
  /** What to do when nothing stands in the way, for the answers given. */
  readonly selfServiceNextSteps: (facts: PartialSubscriptionFacts) => readonly NextStep[];
  /** The rule values its decision and its pages read. */
  readonly parameters: readonly ParameterId[];
  /** How the no-JavaScript flow asks each of its facts. */
  readonly staticQuestions: Readonly<Partial<Record<FactName, StaticQuestionDefinition>>>;
  /** Its account simulator, if it has one: the flow's name and the article's step lists. */
  readonly simulator?: { readonly flow: string; readonly stepLists: readonly SimulatorStepList[] };
}
