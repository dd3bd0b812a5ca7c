import { addDays } from './dates.ts';
import type { FactName, PartialSubscriptionFacts } from './facts.ts';
import { parameterValue } from './parameters.ts';
import { evaluate, type Action } from './questions.ts';
import type { Outcome, ReasonCode } from './reasons.ts';

/*
 * The checker without JavaScript: one question per page, each answer a link to the next page.
 * A static page cannot read a form, so every reachable set of answers is a page of its own,
 * enumerated here by walking the decisions. Nothing here decides anything: the next question and
 * the verdict come from `evaluate`, fed with the facts the answers stand for.
 *
 * Two facts cannot be links as they are: the expiration date becomes the yes/no question "has your
 * contract expired, or does it expire within the window?", and the number of partners becomes
 * "one or several".
 */

/** The fixed date the static flow evaluates against: dates of the answers are relative to it. */
export const staticToday = '2000-01-01';

/** A question of the static flow: a fact, except the date, which becomes a yes/no question. */
export type StaticQuestion = Exclude<FactName, 'expirationDate'> | 'expiresWithinWindow';

/** One answer a question offers: its URL slug and the facts it stands for. */
export interface StaticOption {
  readonly slug: string;
  readonly facts: PartialSubscriptionFacts;
}

const yesNo = (fact: Exclude<StaticQuestion, 'identifier' | 'partnerCount' | 'expiresWithinWindow'>) =>
  [
    { slug: 'yes', facts: { [fact]: true } as PartialSubscriptionFacts },
    { slug: 'no', facts: { [fact]: false } as PartialSubscriptionFacts },
  ] as const;

/**
 * The answers of each question, in the order the page lists them. "Within the window" is today
 * (0 days left, the rules' `expires-soon`); "not within" is the day after the window ends.
 */
export const staticOptions: { readonly [Question in StaticQuestion]: readonly StaticOption[] } = {
  identifier: [
    { slug: 'contract-number', facts: { identifier: 'contract-number' } },
    { slug: 'subscription-id', facts: { identifier: 'subscription-id' } },
  ],
  autoRenew: yesNo('autoRenew'),
  tokenFlex: yesNo('tokenFlex'),
  expiresWithinWindow: [
    { slug: 'yes', facts: { expirationDate: staticToday } },
    { slug: 'no', facts: { expirationDate: addDays(staticToday, parameterValue('expiration-window') + 1) } },
  ],
  partnerCount: [
    { slug: 'one', facts: { partnerCount: 1 } },
    { slug: 'several', facts: { partnerCount: 2 } },
  ],
  changeOnlyOnePartner: yesNo('changeOnlyOnePartner'),
  contractManager: yesNo('contractManager'),
  boughtOnline: yesNo('boughtOnline'),
};

/** Each question's URL slug: `auto-renew=no` is the segment of the answer "no" to `autoRenew`. */
export const staticQuestionSlugs: { readonly [Question in StaticQuestion]: string } = {
  identifier: 'identifier',
  autoRenew: 'auto-renew',
  tokenFlex: 'token-flex',
  expiresWithinWindow: 'expires-within-window',
  partnerCount: 'partners',
  changeOnlyOnePartner: 'change-only-one-partner',
  contractManager: 'contract-manager',
  boughtOnline: 'bought-online',
};

/** The static question that asks for `fact`. */
export function staticQuestionFor(fact: FactName): StaticQuestion {
  return fact === 'expirationDate' ? 'expiresWithinWindow' : fact;
}

/** The fact a static question asks for: the inverse of `staticQuestionFor`. */
export function factOfStaticQuestion(question: StaticQuestion): FactName {
  return question === 'expiresWithinWindow' ? 'expirationDate' : question;
}

/** One answer given: the question and the slug of the option chosen. */
export interface StaticAnswer {
  readonly question: StaticQuestion;
  readonly option: string;
}

/**
 * A reason as the static flow states it. With a yes/no date question, "expired" and "expires soon"
 * are one answer, so they are one reason: `expired-or-expires-soon`.
 */
export type StaticReason = Exclude<ReasonCode, 'expired' | 'expires-soon'> | 'expired-or-expires-soon';

/** Every rules' reason a static reason stands for: the merged date reason stands for both date reasons. */
export function ruleReasonsOf(reason: StaticReason): ReasonCode[] {
  return reason === 'expired-or-expires-soon' ? ['expired', 'expires-soon'] : [reason];
}

/** The rules' reason that a static reason stands for (the merged date reason stands for `expires-soon`). */
export function ruleReasonOf(reason: StaticReason): ReasonCode {
  return reason === 'expired-or-expires-soon' ? 'expires-soon' : reason;
}

/** A verdict as the static flow states it. */
export interface StaticVerdict {
  readonly outcome: Outcome;
  readonly reasons: readonly StaticReason[];
}

/** Merges the two date reasons of a rules verdict into the static flow's one. */
export function mergeDateReasons(reasons: readonly ReasonCode[]): StaticReason[] {
  const merged: StaticReason[] = [];
  for (const reason of reasons) {
    const value: StaticReason = reason === 'expired' || reason === 'expires-soon' ? 'expired-or-expires-soon' : reason;
    if (!merged.includes(value)) merged.push(value);
  }
  return merged;
}

/** The facts a list of answers stands for. Throws on an option the question does not offer. */
export function factsOfAnswers(answers: readonly StaticAnswer[]): PartialSubscriptionFacts {
  let facts: PartialSubscriptionFacts = {};
  for (const { question, option } of answers) {
    const chosen = staticOptions[question].find((candidate) => candidate.slug === option);
    if (!chosen) throw new RangeError(`"${option}" is not an answer to ${question}.`);
    facts = { ...facts, ...chosen.facts };
  }
  return facts;
}

/** Where a list of answers leads: the next question, or the verdict. */
export type StaticStep =
  | { readonly kind: 'question'; readonly question: StaticQuestion }
  | { readonly kind: 'verdict'; readonly verdict: StaticVerdict };

/** The next step after `answers`, as the rules module's decision says. */
export function staticStep(action: Action, answers: readonly StaticAnswer[]): StaticStep {
  const evaluation = evaluate(action, factsOfAnswers(answers), staticToday);
  if (evaluation.status === 'needs') return { kind: 'question', question: staticQuestionFor(evaluation.fact) };
  return {
    kind: 'verdict',
    verdict: { outcome: evaluation.verdict.outcome, reasons: mergeDateReasons(evaluation.verdict.reasons) },
  };
}

/** The kinds of page of a flow: a question, "check your answers", the result. */
export type StaticPageKind = 'question' | 'check-answers' | 'result';

/** One page of a flow. `path` is relative to `/check/` (or `/it/check/`...), with a trailing slash. */
export type StaticPage =
  | {
      readonly kind: 'question';
      readonly action: Action;
      readonly answers: readonly StaticAnswer[];
      readonly question: StaticQuestion;
      readonly path: string;
    }
  | {
      readonly kind: 'check-answers' | 'result';
      readonly action: Action;
      readonly answers: readonly StaticAnswer[];
      readonly verdict: StaticVerdict;
      readonly path: string;
    };

/** The path segments of a list of answers: `auto-renew=no/token-flex=yes/`. */
export function answersPath(answers: readonly StaticAnswer[]): string {
  return answers.map(({ question, option }) => `${staticQuestionSlugs[question]}=${option}/`).join('');
}

/**
 * The path of a page, relative to the flows' root `/check/`: the question reached by `answers`
 * (`partner/identifier=contract-number/`), or "check your answers" and the result of a complete
 * list (`partner/check-answers/…/`, `partner/result/…/`).
 */
export function staticPagePath(action: Action, kind: StaticPageKind, answers: readonly StaticAnswer[]): string {
  const prefix = kind === 'question' ? '' : `${kind}/`;
  return `${action}/${prefix}${answersPath(answers)}`;
}

/** Every page of an action's flow, in depth-first order: each reachable question, and per complete path its check-answers and result pages. */
export function staticFlowPaths(action: Action): StaticPage[] {
  const pages: StaticPage[] = [];
  const walk = (answers: readonly StaticAnswer[]) => {
    const step = staticStep(action, answers);
    if (step.kind === 'verdict') {
      for (const kind of ['check-answers', 'result'] as const) {
        pages.push({ kind, action, answers, verdict: step.verdict, path: staticPagePath(action, kind, answers) });
      }
      return;
    }
    const { question } = step;
    pages.push({ kind: 'question', action, answers, question, path: staticPagePath(action, 'question', answers) });
    for (const { slug } of staticOptions[question]) walk([...answers, { question, option: slug }]);
  };
  walk([]);
  return pages;
}

/** The page an answer leads to: the next question, or "check your answers" once the verdict is reached. */
export function nextStaticPagePath(action: Action, answers: readonly StaticAnswer[]): string {
  const kind = staticStep(action, answers).kind === 'question' ? 'question' : 'check-answers';
  return staticPagePath(action, kind, answers);
}
