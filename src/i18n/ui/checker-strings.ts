import type { FactName, SubscriptionFacts } from '../../rules/index.ts';

/**
 * What the eligibility checker says around the verdict, in one language: the questions, their
 * answers, the validation messages and the controls. Keyed by the rules module's fact names, so a
 * new fact without a question in every language fails the type check.
 *
 * Placeholders in braces are filled by `fillTemplate`: `{window}` the expiration window as prose,
 * `{names}` a list of parameter names,
 * `{path}` and `{account}` account-UI labels (filled from the rules module's terms).
 */
export interface CheckerStrings {
  /** One sentence above the questions. */
  readonly intro: string;
  /** The question asked for each fact: a legend (radios) or a label (date, number). */
  readonly questions: Readonly<Record<FactName, string>>;
  /** Optional hint under a question, where the reader may not know where to look. */
  readonly hints: Readonly<Partial<Record<FactName, string>>>;
  /** Answers to yes/no questions. */
  readonly yes: string;
  readonly no: string;
  /** Answers to "how was the subscription bought". */
  readonly identifierOptions: Readonly<Record<SubscriptionFacts['identifier'], string>>;
  /** The message when a shown question has no answer, per fact (GOV.UK: say what to do). */
  readonly missing: Readonly<Record<FactName, string>>;
  /** The message when the expiration date is not a real date. */
  readonly invalidDate: string;
  /** The message when the number of partners is not a whole number of at least 1. */
  readonly invalidPartnerCount: string;
  /** Answers to "what is the subscription's term". */
  readonly termOptions: Readonly<Record<SubscriptionFacts['term'], string>>;
  /** The message when the number of subscriptions is not a whole number of at least 1. */
  readonly invalidSubscriptionCount: string;
  /** Heading of the error summary. */
  readonly errorSummaryTitle: string;
  /** The submit button. */
  readonly check: string;
  /** Clears every answer. */
  readonly startAgain: string;
  /** An answer of a shared link that could not be read; `{question}` is the question it answers. */
  readonly ignoredAnswer: string;
  /** A date answer naming a day that does not exist; `{question}`, and `{date}` written out ("30 February 2026"). */
  readonly ignoredImpossibleDate: string;
  /** `{count}` other parts of the link the checker does not use, which it ignored (never named: anyone can write a link). */
  readonly ignoredOthers: string;
  /** Heading of the reasons list. */
  readonly whyHeading: string;
  /** Heading of the next steps list. */
  readonly nextStepsHeading: string;
  /** Date reasons where "{days} days" would read badly: expiring today, tomorrow, or expired yesterday. */
  readonly dateReasons: {
    readonly expiresToday: string;
    readonly expiresTomorrow: string;
    readonly expiredYesterday: string;
  };
  /** Accessible name of the checker's region. */
  readonly regionLabel: string;
}
