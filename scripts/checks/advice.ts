import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Problem } from './problem.ts';
import { lineOf, type Project } from './project.ts';

/*
 * No advice without a source. What a verdict tells the reader to do is data of the procedure
 * registry (`src/rules/procedures/<id>.ts`): the sentence of a source bound to a rule, a link to a
 * procedure on this site, or support where no source offers a way out. This check fails on
 * advice bound to nothing: a reason without a next step, a next step naming a rule without a
 * source or a procedure that is not registered (or lacks an article in a locale), and a sentence
 * of advice typed into a verdict dictionary instead.
 */

/** What the check reads of the registry, as the modules under `root` export it. */
interface NextStep {
  readonly kind: 'rule' | 'procedure' | 'support';
  readonly rule?: string;
  readonly procedure?: string;
}
interface ProcedureData {
  readonly id: string;
  readonly article: string;
  readonly reasons: Readonly<Record<string, { readonly rule: string; readonly nextStep: NextStep }>>;
}

const proceduresDirectory = 'src/rules/procedures';
const verdictsDirectory = 'src/i18n/ui/verdicts';

/** The words a verdict dictionary may hold around a next step: leads to links, no advice of their own. */
const nextStepLeads = ['followSteps', 'procedure', 'support', 'contactSupport'];

/** Runs the advice check on the project under `root`. */
export async function checkAdvice(project: Project): Promise<Problem[]> {
  const importFrom = (path: string) => import(pathToFileURL(join(project.root, path)).href);
  const { procedures } = (await importFrom(`${proceduresDirectory}/index.ts`)) as {
    procedures: readonly ProcedureData[];
  };
  const { reachableNextSteps } = (await importFrom('src/rules/reachable.ts')) as {
    reachableNextSteps: (id: string) => NextStep[];
  };
  const { reasonCodes } = (await importFrom('src/rules/reasons.ts')) as { reasonCodes: readonly string[] };
  const problems: Problem[] = [];
  const registered = new Map(procedures.map((procedure) => [procedure.id, procedure]));
  const fileOf = (procedure: ProcedureData) => `${proceduresDirectory}/${procedure.id}.ts`;

  for (const reason of reasonCodes) {
    if (procedures.some((procedure) => reason in procedure.reasons)) continue;
    problems.push({
      file: 'src/rules/reasons.ts',
      line: await lineOf(project.root, 'src/rules/reasons.ts', `'${reason}'`),
      message: `the reason "${reason}" has no next step: no procedure of ${proceduresDirectory}/index.ts gives it.`,
      fix: `add it to the \`reasons\` of the procedure that gives it, with its rule and a next step (a rule, a procedure or support).`,
    });
  }

  for (const procedure of procedures) {
    const file = fileOf(procedure);
    for (const [reason, definition] of Object.entries(procedure.reasons)) {
      const rule = project.rules[definition.rule] as { reasons?: readonly string[] } | undefined;
      if (!rule?.reasons?.includes(reason)) {
        problems.push({
          file,
          line: await lineOf(project.root, file, `'${reason}'`),
          message: `binds the reason "${reason}" to the rule "${definition.rule}", which does not produce it.`,
          fix: `name a rule of src/rules/rules.ts whose \`reasons\` list "${reason}".`,
        });
      }
    }
    // Each reason's next step, then those only the self-service verdicts give (found by walking the flow).
    const key = (step: NextStep) => `${step.kind}:${step.rule ?? step.procedure ?? ''}`;
    const reasonSteps = Object.entries(procedure.reasons).map(([reason, definition]) => ({
      step: definition.nextStep,
      needle: `'${reason}'`,
    }));
    const given = new Set(reasonSteps.map(({ step }) => key(step)));
    const steps = [
      ...reasonSteps,
      ...reachableNextSteps(procedure.id)
        .filter((step) => !given.has(key(step)))
        .map((step) => ({ step, needle: 'selfServiceNextSteps' })),
    ];
    for (const { step, needle } of steps) {
      const line = await lineOf(project.root, file, needle);
      if (step.kind === 'rule') {
        // Its sentence in every locale is the rule-sources check's: a rule without one fails there.
        if (step.rule! in project.rules) continue;
        problems.push({
          file,
          line,
          message: `gives as a next step the rule "${step.rule}", which is not a rule of src/rules/rules.ts.`,
          fix: 'name a rule whose sentence says what to do, a procedure, or support.',
        });
      } else if (step.kind === 'procedure') {
        const target = registered.get(step.procedure ?? '');
        if (!target) {
          problems.push({
            file,
            line,
            message: `gives as a next step the procedure "${step.procedure}", which ${proceduresDirectory}/index.ts does not register.`,
            fix: `register it in ${proceduresDirectory}/index.ts, or name a registered procedure, a rule or support.`,
          });
          continue;
        }
        for (const locale of project.locales) {
          if (project.pages.get(locale)?.has(target.article)) continue;
          problems.push({
            file,
            line,
            message: `gives as a next step the procedure "${target.id}", whose article "${target.article}" has no "${locale}" page.`,
            fix: `write ${project.docsFile(locale, target.article)}.`,
          });
        }
      }
    }
  }

  // Each locale's file on its own, not through index.ts: the index validates the dictionaries and
  // refuses to load one with an unknown key, which is exactly what this check must find.
  const verdictStrings: Record<string, Readonly<Record<string, unknown>>> = {};
  for (const locale of project.locales) {
    try {
      const module: Record<string, unknown> = await importFrom(`${verdictsDirectory}/${locale}.ts`);
      verdictStrings[locale] = (module[locale] ?? Object.values(module)[0] ?? {}) as Record<string, unknown>;
    } catch {
      // a dictionary that does not load is the UI-strings check's to report
    }
  }
  for (const locale of project.locales) {
    const dictionary = verdictStrings[locale] ?? {};
    const file = `${verdictsDirectory}/${locale}.ts`;
    for (const key of Object.keys(dictionary)) {
      if (!/next ?steps?|advice|selfService/i.test(key) || key === 'nextStep') continue;
      problems.push({
        file,
        line: await lineOf(project.root, file, `${key}:`),
        message: `holds "${key}", sentences of advice bound to no source.`,
        fix: `remove it: a verdict's next steps are the registry's (${proceduresDirectory}/<id>.ts): a rule's sentence, a procedure's article, or support.`,
      });
    }
    const leads = Object.keys((dictionary['nextStep'] as Record<string, unknown> | undefined) ?? {});
    for (const key of leads.filter((lead) => !nextStepLeads.includes(lead))) {
      problems.push({
        file,
        line: await lineOf(project.root, file, `${key}:`),
        message: `holds nextStep.${key}, a sentence of advice bound to no source.`,
        fix: `remove it; nextStep holds only the words that lead to a link (${nextStepLeads.join(', ')}).`,
      });
    }
  }
  return problems;
}
