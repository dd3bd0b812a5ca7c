import axe from 'axe-core';

/** WCAG 2.2 A and AA, as the browser suite scans. */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The WCAG violations axe finds in `container`, one line each. In a DOM without layout (jsdom)
 * axe can judge structure, names, roles and ARIA but not colour contrast or target sizes: the
 * browser suite scans those, on each screen, in two locales; this scan runs in every locale.
 */
export async function structuralViolations(container: Element): Promise<string[]> {
  const { violations } = await axe.run(container, {
    runOnly: { type: 'tag', values: wcagTags },
    rules: { 'color-contrast': { enabled: false }, 'target-size': { enabled: false } },
  });
  return violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`);
}
