import type { FactName, PartialSubscriptionFacts } from './facts.ts';
import { procedureById, type StaticOption, type StaticQuestionDefinition } from './procedures/index.ts';
import { staticToday } from './procedures/static-options.ts';
import { evaluate, type Action } from './questions.ts';
import type { Outcome, ReasonCode, Verdict } from './reasons.ts';

/*
 * The checker without JavaScript: one question per page, each answer a link to the next page.
 * A static page cannot read a form, so every reachable set of answers is a page of its own,
 * enumerated here by walking the decisions. Nothing here decides anything: the next question and
 * the verdict come from `evaluate`, fed with the facts the answers stand for.
 *
 * A fact that is not a choice cannot be a link as it is: each procedure says how its flow asks it
 * (`staticQuestions`): the partner flow asks "has your contract expired, or does it expire within
 * the window?" for the expiration date, and "one or several" for the number of partners.
 */

export { staticToday };
export type { StaticOption };

/** A question of the static flow, by name: a fact's own name, or another (`expiresWithinWindow`) where the page asks something else. */
export type StaticQuestion = string;

/** How `action`'s flow asks `fact` (the procedure's `staticQuestions`). Throws for a fact it never asks. */
export function staticQuestionOf(action: Action, fact: FactName): StaticQuestionDefinition {
  const definition = (procedureById(action).staticQuestions as Partial<Record<FactName, StaticQuestionDefinition>>)[
    fact
  ];
  if (!definition) throw new RangeError(`The ${action} flow has no static question for "${fact}".`);
  return definition;
}

/** The fact and definition of the static question named `question` in `action`'s flow. */
export function staticQuestionNamed(
  action: Action,
  question: StaticQuestion,
): { readonly fact: FactName; readonly definition: StaticQuestionDefinition } {
  for (const [fact, definition] of Object.entries(procedureById(action).staticQuestions)) {
    if (definition.question === question) return { fact: fact as FactName, definition };
  }
  throw new RangeError(`The ${action} flow has no static question "${question}".`);
}

/** The static question that asks for `fact`. */
export function staticQuestionFor(action: Action, fact: FactName): StaticQuestion {
  return staticQuestionOf(action, fact).question;
}

/** The fact a static question asks for: the inverse of `staticQuestionFor`. */
export function factOfStaticQuestion(action: Action, question: StaticQuestion): FactName {
  return staticQuestionNamed(action, question).fact;
}

/** The answers a static question offers, in the order its page lists them. */
export function staticOptions(action: Action, question: StaticQuestion): readonly StaticOption[] {
  return staticQuestionNamed(action, question).definition.options;
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

/** The verdict of the rules that a static verdict stands for (the merged date reason as both date reasons). */
export function ruleVerdictOf(verdict: StaticVerdict): Verdict {
  return { outcome: verdict.outcome, reasons: verdict.reasons.flatMap(ruleReasonsOf) };
}

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
export function factsOfAnswers(action: Action, answers: readonly StaticAnswer[]): PartialSubscriptionFacts {
  let facts: PartialSubscriptionFacts = {};
  for (const { question, option } of answers) {
    const chosen = staticOptions(action, question).find((candidate) => candidate.slug === option);
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
  const evaluation = evaluate(action, factsOfAnswers(action, answers), staticToday);
  if (evaluation.status === 'needs') return { kind: 'question', question: staticQuestionFor(action, evaluation.fact) };
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
export function answersPath(action: Action, answers: readonly StaticAnswer[]): string {
  return answers
    .map(({ question, option }) => `${staticQuestionNamed(action, question).definition.slug}=${option}/`)
    .join('');
}

/**
 * The path of a page, relative to the flows' root `/check/`: the question reached by `answers`
 * (`partner/identifier=contract-number/`), or "check your answers" and the result of a complete
 * list (`partner/check-answers/…/`, `partner/result/…/`).
 */
export function staticPagePath(action: Action, kind: StaticPageKind, answers: readonly StaticAnswer[]): string {
  const prefix = kind === 'question' ? '' : `${kind}/`;
  return `${action}/${prefix}${answersPath(action, answers)}`;
}

/** Every action's pages, walked once: the walk is pure, and pages and checks ask for it often. */
const flowPaths = new Map<Action, readonly StaticPage[]>();

/** Every page of an action's flow, in depth-first order: each reachable question, and per complete path its check-answers and result pages. */
export function staticFlowPaths(action: Action): readonly StaticPage[] {
  const walked = flowPaths.get(action);
  if (walked) return walked;
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
    for (const { slug } of staticOptions(action, question)) walk([...answers, { question, option: slug }]);
  };
  walk([]);
  flowPaths.set(action, pages);
  return pages;
}

/** The page an answer leads to: the next question, or "check your answers" once the verdict is reached. */
export function nextStaticPagePath(action: Action, answers: readonly StaticAnswer[]): string {
  const kind = staticStep(action, answers).kind === 'question' ? 'question' : 'check-answers';
  return staticPagePath(action, kind, answers);
}
