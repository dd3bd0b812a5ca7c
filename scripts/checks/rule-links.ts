import type { Problem } from './problem.ts';
import type { Project } from './project.ts';

/**
 * Links to a rule's sentence (`#rule-<id>`, the anchor `<Rule>` gives it) lead to a page of the same
 * locale that marks that rule: Markdown links and definitions, and `href` attributes of components
 * (`<LinkCard href>`), as the syntax tree gives them. starlight-links-validator checks every other link during the build
 * but cannot see anchors made by components, so `astro.config.mjs` leaves these to this check.
 */
export function checkRuleLinks(project: Project): Problem[] {
  const problems: Problem[] = [];
  const localePattern = new RegExp(`^/(${project.locales.join('|')})/`);
  for (const locale of project.locales) {
    for (const page of project.pages.get(locale)!.values()) {
      for (const { url: target, line } of page.parsed.links) {
        const ruleId = /#rule-([\w-]+)$/.exec(target)?.[1];
        if (ruleId === undefined) continue;
        const path = target.slice(0, target.indexOf('#'));
        let targetLocale = locale;
        let slug = page.slug;
        if (path) {
          const localeMatch = localePattern.exec(path);
          targetLocale = localeMatch ? localeMatch[1]! : project.defaultLocale;
          slug = path.replace(localePattern, '/').replace(/^\/|\/$/g, '') || 'index';
        }
        const targetPage = project.pages.get(targetLocale)?.get(slug);
        const expected = `${locale === project.defaultLocale ? '/' : `/${locale}/`}${project.rules[ruleId]?.article ?? slug}/#rule-${ruleId}`;
        if (targetLocale !== locale) {
          problems.push({
            file: page.file,
            line,
            message: `links to ${target}, a page in "${targetLocale}", from a page in "${locale}".`,
            fix: `link to ${expected} instead.`,
          });
        } else if (!targetPage || !targetPage.parsed.rules.some((rule) => rule.id === ruleId)) {
          problems.push({
            file: page.file,
            line,
            message: `links to ${target}, but ${targetPage ? targetPage.file : `no page "${slug}"`} marks no <Rule id="${ruleId}">.`,
            fix: project.rules[ruleId]
              ? `link to ${expected}.`
              : 'link to the id of a rule in src/rules/rules.ts (the anchor is #rule-<id>).',
          });
        }
      }
    }
  }
  return problems;
}
