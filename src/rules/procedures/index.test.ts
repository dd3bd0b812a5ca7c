import { describe, expect, test } from 'vitest';
import { factNames } from '../facts.ts';
import { reachableNextSteps } from '../reachable.ts';
import { reasonCodes } from '../reasons.ts';
import { rules } from '../rules.ts';
import { isProcedureId, procedureById, procedureIds, procedures, reasonDefinition } from './index.ts';
import type { NextStep, ReasonDefinition } from './procedure.ts';

describe('the procedure registry', () => {
  test('names each procedure once, and each article once', () => {
    expect(new Set(procedureIds).size).toBe(procedures.length);
    expect(new Set(procedures.map((procedure) => procedure.article)).size).toBe(procedures.length);
    for (const id of procedureIds) expect(procedureById(id).id).toBe(id);
    expect(isProcedureId('toString')).toBe(false);
  });

  test('every reason code is given by exactly one procedure, bound to a rule that produces it', () => {
    for (const reason of reasonCodes) {
      const givers = procedures.filter((procedure) => reason in procedure.reasons);
      expect(givers, reason).toHaveLength(1);
      const { rule } = reasonDefinition(reason);
      expect(rules[rule].reasons as readonly string[]).toContain(reason);
    }
  });

  test.each(procedureIds)('%s asks facts of the schema, each with a question of the no-JavaScript flow', (id) => {
    const procedure = procedureById(id);
    for (const fact of procedure.facts) expect(factNames).toContain(fact);
    expect(Object.keys(procedure.staticQuestions).sort()).toEqual([...procedure.facts].sort());
    const slugs = Object.values(procedure.staticQuestions).map((question) => question!.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  test.each(procedureIds)('every next step of %s names a rule of its own article or a registered procedure', (id) => {
    const procedure = procedureById(id);
    const steps: NextStep[] = [
      ...Object.values(procedure.reasons as Record<string, ReasonDefinition>).map((definition) => definition.nextStep),
      ...reachableNextSteps(id),
    ];
    expect(steps.length).toBeGreaterThan(0);
    for (const step of steps) {
      if (step.kind === 'rule') expect(rules[step.rule].article).toBe(procedure.article);
      if (step.kind === 'procedure') expect(isProcedureId(step.procedure), step.procedure).toBe(true);
    }
  });

  test('the partner verdict whose reason is auto-renew, and the seats verdict whose reason is its absence, lead to automatic renewal', () => {
    const automaticRenewal = { kind: 'procedure', procedure: 'automatic-renewal' };
    expect(reasonDefinition('auto-renew').nextStep).toEqual(automaticRenewal);
    expect(reasonDefinition('not-auto-renew').nextStep).toEqual(automaticRenewal);
  });
});
