import type { FactName } from './facts.ts';
import type { Outcome, ReasonCode, Verdict } from './reasons.ts';

/**
 * Where a decision stands on the facts stated so far: it either needs one more fact (the next
 * question to ask) or has reached its verdict. Decisions return this so that the question order
 * is derived from the decisions themselves and cannot disagree with them.
 */
export type Evaluation =
  { readonly status: 'needs'; readonly fact: FactName } | { readonly status: 'decided'; readonly verdict: Verdict };

/** The decision needs `fact` before it can go on. */
export function needs(fact: FactName): Evaluation {
  return { status: 'needs', fact };
}

/** The decision is made. */
export function decided(outcome: Outcome, reasons: readonly ReasonCode[]): Evaluation {
  return { status: 'decided', verdict: { outcome, reasons } };
}

/** The verdict of an evaluation that had every fact it needed. */
export function verdictOf(evaluation: Evaluation): Verdict {
  if (evaluation.status === 'needs') {
    throw new TypeError(`The decision still needs the fact "${evaluation.fact}".`);
  }
  return evaluation.verdict;
}
