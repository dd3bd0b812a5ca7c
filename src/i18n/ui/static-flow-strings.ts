/**
 * What the checker without JavaScript says, in one language, beyond the checker's and the verdicts'
 * own strings (questions, answers, outcomes, reasons and next steps are reused from those).
 *
 * Placeholders in braces are filled by `fillTemplate`: `{window}` the expiration window as prose
 * ("90 days"), `{question}` the text of a question.
 */
export interface StaticFlowStrings {
  /** The link from an article's checker to the flow, one question per page. */
  readonly startLink: string;
  /** The back link above each page's heading. */
  readonly back: string;
  /** The date as a yes/no question: "expired" and "expires within the window" are one answer. */
  readonly expiresWithinWindow: string;
  /** Answers to "how many authorized partners": the flow asks only whether there is more than one. */
  readonly partnerCountOptions: { readonly one: string; readonly several: string };
  /** The date as a yes/no question for automatic renewal: `{window}` the term's grace period. */
  readonly gracePeriodOver: string;
  /** Answers to "how many subscriptions": up to one bulk change's limit, or more; `{limit}`. */
  readonly subscriptionCountOptions: { readonly 'up-to-limit': string; readonly 'over-limit': string };
  /** Heading of the page that lists the answers before the result. */
  readonly checkAnswersTitle: string;
  /** Visible text of a change link on "check your answers". */
  readonly change: string;
  /** Hidden rest of a change link's name, so that it names its question: `{question}`. */
  readonly changeHidden: string;
  /** Under a question asked again from "check your answers": what happens to the other answers. */
  readonly changeIntro: string;
  /** The mark on the answer given before, on a question asked again. */
  readonly currentAnswer: string;
  /** From "check your answers" to the result. */
  readonly seeResult: string;
  /** From the result back to "check your answers". */
  readonly changeAnswers: string;
  /** Back to the first question with no answer. */
  readonly startAgain: string;
  /** The reason given for a yes to the date question, `{window}`. */
  readonly windowReason: string;
}
