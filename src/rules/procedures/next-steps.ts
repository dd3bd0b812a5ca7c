import type { PartialSubscriptionFacts } from '../facts.ts';
import type { ReasonCode, Verdict } from '../reasons.ts';
import { procedureById, type ProcedureId } from './index.ts';
import type { NextStep, ReasonDefinition } from './procedure.ts';

/** A next step as a string, the same for the same step: `rule:<id>`, `procedure:<id>`, `support`. */
export function nextStepKey(step: NextStep): string {
  if (step.kind === 'rule') return `rule:${step.rule}`;
  if (step.kind === 'procedure') return `procedure:${step.procedure}`;
  return 'support';
}

/**
 * What a verdict of `action` tells the reader to do, in order and without repeats: each reason's
 * next step, as the procedure defines it, or its self-service steps for the answers given.
 */
export function nextStepsOf(action: ProcedureId, verdict: Verdict, facts: PartialSubscriptionFacts): NextStep[] {
  const procedure = procedureById(action);
  const reasons = procedure.reasons as Readonly<Partial<Record<ReasonCode, ReasonDefinition>>>;
  const steps =
    verdict.reasons.length === 0
      ? procedure.selfServiceNextSteps(facts)
      : verdict.reasons.flatMap((reason) => (reasons[reason] ? [reasons[reason].nextStep] : []));
  const seen = new Set<string>();
  return steps.filter((step) => {
    const key = nextStepKey(step);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
