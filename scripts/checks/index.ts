import { checkAdvice } from './advice.ts';
import { checkArticles } from './articles.ts';
import { checkHandTyped } from './hand-typed.ts';
import { checkParameterReferences } from './parameter-references.ts';
import type { Problem } from './problem.ts';
import { loadProject, type ProjectOptions } from './project.ts';
import { checkRuleLinks } from './rule-links.ts';
import { checkRuleSources } from './rule-sources.ts';
import { checkStructure } from './structure.ts';
import { checkSyntax } from './syntax.ts';
import { checkUiStrings } from './ui-strings.ts';

/**
 * Runs every writers' check on the project under `root`, in a stable order: MDX syntax, articles per locale,
 * structure per translation, rule sources, parameter references, links to rule anchors, hand-typed values
 * and labels, UI strings, advice bound to a source.
 */
export async function runChecks(root: string, options: ProjectOptions = {}): Promise<Problem[]> {
  const project = await loadProject(root, options);
  return [
    ...checkSyntax(project),
    ...checkArticles(project),
    ...checkStructure(project),
    ...(await checkRuleSources(project)),
    ...(await checkParameterReferences(project)),
    ...checkRuleLinks(project),
    ...checkHandTyped(project),
    ...(await checkUiStrings(project)),
    ...(await checkAdvice(project)),
  ];
}

export type { Problem } from './problem.ts';
export type { ProjectOptions } from './project.ts';
export { formatProblem } from './problem.ts';
