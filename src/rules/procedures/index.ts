import type { ReasonCode } from '../reasons.ts';
import type { RuleId } from '../rules.ts';
import { automaticRenewalProcedure } from './automatic-renewal.ts';
import { partnerProcedure } from './partner.ts';
import type { Procedure, ReasonDefinition } from './procedure.ts';
import { seatsProcedure } from './seats.ts';

/**
 * Every procedure of the help centre, in the order the site lists them: the one list that names
 * them. A new procedure is a module beside this one, its articles and its strings, registered here.
 */
export const procedures = [
  partnerProcedure,
  seatsProcedure,
  automaticRenewalProcedure,
] as const satisfies readonly Procedure[];

/** A registered procedure. */
export type RegisteredProcedure = (typeof procedures)[number];

/** The name of a registered procedure: `partner`, `seats`... */
export type ProcedureId = RegisteredProcedure['id'];

/** The simulators the registered procedures use (`simulator.flow`): one island of screens each. */
export type SimulatorFlowId = Extract<RegisteredProcedure, { readonly simulator: unknown }>['simulator']['flow'];

/** Every procedure's name, in registry order. */
export const procedureIds: readonly ProcedureId[] = procedures.map((procedure) => procedure.id);

/** Whether `name` names a registered procedure. */
export function isProcedureId(name: string): name is ProcedureId {
  return (procedureIds as readonly string[]).includes(name);
}

/** The procedure registered under `id`. */
export function procedureById(id: ProcedureId): Procedure<ProcedureId> {
  return procedures.find((procedure) => procedure.id === id)!;
}

/** The procedure whose account simulator is `flow` (`partner`, `seats`), if one has it. */
export function procedureWithSimulator(flow: string): Procedure<ProcedureId> | undefined {
  return (procedures as readonly Procedure<ProcedureId>[]).find((procedure) => procedure.simulator?.flow === flow);
}

/** The definition of `reason`: the one procedure that gives it decides its rule and next step. */
export function reasonDefinition(reason: ReasonCode): ReasonDefinition {
  for (const procedure of procedures) {
    const definition = (procedure.reasons as Partial<Record<ReasonCode, ReasonDefinition>>)[reason];
    if (definition) return definition;
  }
  throw new RangeError(`No registered procedure gives the reason "${reason}".`);
}

/** The rule whose sentence explains `reason`, as its procedure defines it. */
export function ruleForReason(reason: ReasonCode): RuleId {
  return reasonDefinition(reason).rule;
}

export type {
  ExampleCase,
  HeadlineSection,
  NextStep,
  Procedure,
  ReasonDefinition,
  SimulatorStepList,
  StaticOption,
  StaticQuestionDefinition,
} from './procedure.ts';
