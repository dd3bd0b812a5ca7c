import type { Evaluation } from './evaluation.ts';
import type { FactName, PartialSubscriptionFacts } from './facts.ts';
import { procedureById, type ProcedureId } from './procedures/index.ts';

/** What the admin wants to do: the name of a registered procedure (`src/rules/procedures/`). */
export type Action = ProcedureId;

/** Where the decision for `action` stands on the facts stated so far. */
export function evaluate(action: Action, facts: PartialSubscriptionFacts, today: string): Evaluation {
  return procedureById(action).evaluate(facts, today);
}

/** The next fact to ask for, or `undefined` once the verdict is reached. */
export function nextQuestion(action: Action, facts: PartialSubscriptionFacts, today: string): FactName | undefined {
  const evaluation = evaluate(action, facts, today);
  return evaluation.status === 'needs' ? evaluation.fact : undefined;
}

/**
 * The questions to show, in order: each fact the decision read on its way to where it stands
 * now, followed by the one it needs next. Changing an earlier answer can shorten the list.
 */
export function questionsToAsk(action: Action, facts: PartialSubscriptionFacts, today: string): FactName[] {
  const asked: FactName[] = [];
  let known: PartialSubscriptionFacts = {};
  for (;;) {
    const evaluation = evaluate(action, known, today);
    if (evaluation.status === 'decided') return asked;
    asked.push(evaluation.fact);
    if (facts[evaluation.fact] === undefined) return asked;
    known = { ...known, [evaluation.fact]: facts[evaluation.fact] };
  }
}
