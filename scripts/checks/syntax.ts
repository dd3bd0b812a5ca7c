import type { Problem } from './problem.ts';
import type { Project } from './project.ts';

/**
 * Every page is valid MDX. A page that is not is reported once, at the line the MDX parser gives,
 * and the other checks skip it rather than report its missing structure.
 */
export function checkSyntax(project: Project): Problem[] {
  const problems: Problem[] = [];
  for (const locale of project.locales) {
    for (const page of project.pages.get(locale)!.values()) {
      const error = page.parsed.syntaxError;
      if (!error) continue;
      problems.push({
        file: page.file,
        line: error.line,
        message: `is not valid MDX: ${error.message.replace(/\.?$/, '.')}`,
        fix: 'correct the MDX at this line (`npm run build` fails on it too): close every tag, and write a literal `<` or `{` as `\\<` or `\\{`.',
      });
    }
  }
  return problems;
}
