import type { FactName } from './facts.ts';
import type { Action } from './questions.ts';
import type { ReasonCode } from './reasons.ts';
import { nextStepKey, nextStepsOf } from './procedures/next-steps.ts';
import type { NextStep } from './procedures/procedure.ts';
import { factOfStaticQuestion, factsOfAnswers, ruleReasonsOf, ruleVerdictOf, staticFlowPaths } from './static-flow.ts';

/**
 * What an action can ever ask and answer: the facts its questions read and the reasons its verdicts
 * give, found by walking every path of its question flow (the same walk that builds the checker's
 * no-JavaScript pages, proven to agree with the decisions for every combination of answers).
 * Pages use it to send an island only the words it can show.
 */
export function reachableFacts(action: Action): ReadonlySet<FactName> {
  const facts = new Set<FactName>();
  for (const page of staticFlowPaths(action)) {
    if (page.kind === 'question') facts.add(factOfStaticQuestion(action, page.question));
  }
  return facts;
}

/** Every reason a verdict of `action` can give (see `reachableFacts`). */
export function reachableReasons(action: Action): ReadonlySet<ReasonCode> {
  const reasons = new Set<ReasonCode>();
  for (const page of staticFlowPaths(action)) {
    if (page.kind !== 'result') continue;
    for (const reason of page.verdict.reasons) for (const code of ruleReasonsOf(reason)) reasons.add(code);
  }
  return reasons;
}

/**
 * Every next step a verdict of `action` can give: each reason's, and the self-service steps of
 * every complete path of the flow (they can depend on the answers, e.g. on several partners).
 */
export function reachableNextSteps(action: Action): NextStep[] {
  const steps = new Map<string, NextStep>();
  for (const page of staticFlowPaths(action)) {
    if (page.kind !== 'result') continue;
    for (const step of nextStepsOf(action, ruleVerdictOf(page.verdict), factsOfAnswers(action, page.answers))) {
      steps.set(nextStepKey(step), step);
    }
  }
  return [...steps.values()];
}
