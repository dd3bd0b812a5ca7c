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

/**
 * The kinds of page of a flow: a question, "check your answers", the result, and a question asked
 * again from "check your answers" (`change`), which marks the current answer and returns there.
 */
export type StaticPageKind = 'question' | 'change' | 'check-answers' | 'result';

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
      /**
       * A question asked while changing the complete list `answers`: after `kept` (the answers
       * before it now), `question`, with the answer already given to it as `current` while that
       * answer still applies.
       */
      readonly kind: 'change';
      readonly action: Action;
      readonly answers: readonly StaticAnswer[];
      readonly kept: readonly StaticAnswer[];
      readonly question: StaticQuestion;
      readonly current: string | undefined;
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
export function staticPagePath(
  action: Action,
  kind: Exclude<StaticPageKind, 'change'>,
  answers: readonly StaticAnswer[],
): string {
  const prefix = kind === 'question' ? '' : `${kind}/`;
  return `${action}/${prefix}${answersPath(action, answers)}`;
}

/** The path segment after the action that names a change page (`partner/change/…`). */
const changeSegment = 'change';

/**
 * The path of a change page: the question and the complete list it changes
 * (`partner/change/auto-renew/identifier=…/…/`), then, once a change has made the reader answer a
 * question anew, the answers now before it (`…/with/term=annual/`).
 */
export function staticChangePagePath(
  action: Action,
  answers: readonly StaticAnswer[],
  kept: readonly StaticAnswer[],
  question: StaticQuestion,
): string {
  const changing = `${action}/${changeSegment}/${staticQuestionNamed(action, question).definition.slug}/${answersPath(action, answers)}`;
  return isPrefixOf(kept, answers) ? changing : `${changing}with/${answersPath(action, kept)}`;
}

const isPrefixOf = (prefix: readonly StaticAnswer[], answers: readonly StaticAnswer[]) =>
  prefix.every(
    (answer, index) => answers[index]?.question === answer.question && answers[index]?.option === answer.option,
  );

/** Whether a path relative to the flows' root (`partner/change/auto-renew/…/`) is a change page's. */
export function isStaticChangePagePath(path: string): boolean {
  return path.split('/')[1] === changeSegment;
}

/**
 * What a question means after the answers before it: the rule values its words name. The grace
 * period question asks about 30 days after "monthly" and 45 after "annual": the same question,
 * not the same meaning, so an answer to one is no answer to the other.
 */
function meaningOf(action: Action, question: StaticQuestion, answersBefore: readonly StaticAnswer[]): string {
  const { definition } = staticQuestionNamed(action, question);
  return JSON.stringify(definition.values?.(factsOfAnswers(action, answersBefore)) ?? {});
}

/** The answer `answers` gave to `question` if it still applies after `kept`: the same question, meaning the same. */
function answerStillApplying(
  action: Action,
  answers: readonly StaticAnswer[],
  kept: readonly StaticAnswer[],
  question: StaticQuestion,
): StaticAnswer | undefined {
  const position = answers.findIndex((answer) => answer.question === question);
  if (position < 0) return undefined;
  const same = meaningOf(action, question, kept) === meaningOf(action, question, answers.slice(0, position));
  return same ? answers[position] : undefined;
}

/**
 * Where a change goes next: a complete list again, or a question the reader must answer anew,
 * `remembering` whether answers given after it may still apply (else the flow's own question
 * page asks it: nothing is left to keep).
 */
export type StaticChangeStep =
  | { readonly kind: 'complete'; readonly answers: readonly StaticAnswer[] }
  | {
      readonly kind: 'question';
      readonly kept: readonly StaticAnswer[];
      readonly question: StaticQuestion;
      readonly remembering: boolean;
    };

/**
 * Goes on with a change to the complete list `answers`, GOV.UK's way: from `kept` (the answers
 * up to the one just changed), each question the rules ask next keeps its earlier answer while
 * that answer still applies. Stops at the verdict, or at the first question with no answer that
 * applies, for the reader to answer; the answers after it are still remembered.
 */
export function continueChange(
  action: Action,
  answers: readonly StaticAnswer[],
  kept: readonly StaticAnswer[],
): StaticChangeStep {
  let list = kept;
  for (;;) {
    const step = staticStep(action, list);
    if (step.kind === 'verdict') return { kind: 'complete', answers: list };
    const earlier = answerStillApplying(action, answers, list, step.question);
    if (!earlier) {
      const answered = new Set([...list.map((answer) => answer.question), step.question]);
      const remembering = answers.some((answer) => !answered.has(answer.question));
      return { kind: 'question', kept: list, question: step.question, remembering };
    }
    list = [...list, earlier];
  }
}

/** Where an answer on a change page leads: "check your answers" of a complete list, the flow's own question page, or another change page. */
type ChangeDestination =
  | { readonly kind: 'check-answers' | 'question'; readonly answers: readonly StaticAnswer[] }
  | { readonly kind: 'change'; readonly kept: readonly StaticAnswer[]; readonly question: StaticQuestion };

function changeDestination(
  action: Action,
  page: Pick<Extract<StaticPage, { kind: 'change' }>, 'answers' | 'kept' | 'question'>,
  option: string,
): ChangeDestination {
  const next = continueChange(action, page.answers, [...page.kept, { question: page.question, option }]);
  if (next.kind === 'complete') return { kind: 'check-answers', answers: next.answers };
  return next.remembering
    ? { kind: 'change', kept: next.kept, question: next.question }
    : { kind: 'question', answers: next.kept };
}

/** The page an answer on a change page leads to: "check your answers" of the changed list, or the next question to answer anew. */
export function changedAnswerPath(
  action: Action,
  page: Pick<Extract<StaticPage, { kind: 'change' }>, 'answers' | 'kept' | 'question'>,
  option: string,
): string {
  const destination = changeDestination(action, page, option);
  return destination.kind === 'change'
    ? staticChangePagePath(action, page.answers, destination.kept, destination.question)
    : staticPagePath(action, destination.kind, destination.answers);
}

/** A change page of the complete list `answers`: `question`, asked after `kept`. */
function changePage(
  action: Action,
  answers: readonly StaticAnswer[],
  kept: readonly StaticAnswer[],
  question: StaticQuestion,
): Extract<StaticPage, { kind: 'change' }> {
  return {
    kind: 'change',
    action,
    answers,
    kept,
    question,
    current: answerStillApplying(action, answers, kept, question)?.option,
    path: staticChangePagePath(action, answers, kept, question),
  };
}

/** The change pages of a complete list: one per answer, and each question a change makes the reader answer anew. */
function changePages(action: Action, answers: readonly StaticAnswer[]): StaticPage[] {
  const pages = new Map<string, StaticPage>();
  const add = (page: Extract<StaticPage, { kind: 'change' }>) => {
    if (pages.has(page.path)) return;
    pages.set(page.path, page);
    for (const { slug } of staticOptions(action, page.question)) {
      const destination = changeDestination(action, page, slug);
      if (destination.kind === 'change') add(changePage(action, answers, destination.kept, destination.question));
    }
  };
  answers.forEach(({ question }, index) => add(changePage(action, answers, answers.slice(0, index), question)));
  return [...pages.values()];
}

/** Every action's pages, walked once: the walk is pure, and pages and checks ask for it often. */
const flowPaths = new Map<Action, readonly StaticPage[]>();

/**
 * Every page of an action's flow, in depth-first order: each reachable question, and per complete
 * path its check-answers and result pages and its change pages.
 */
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
      pages.push(...changePages(action, answers));
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
