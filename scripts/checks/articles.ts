import type { Problem } from './problem.ts';
import type { Project } from './project.ts';

/**
 * Every article exists in every locale under the same slug (withastro/docs' rule): a page without
 * an English source, or an English page without a translation, is reported. A `slug:` frontmatter
 * override must match the English page's.
 */
export function checkArticles(project: Project): Problem[] {
  const problems: Problem[] = [];
  const english = project.pages.get(project.defaultLocale)!;
  for (const locale of project.locales) {
    if (locale === project.defaultLocale) continue;
    const translated = project.pages.get(locale)!;
    for (const [slug, page] of english) {
      const translation = translated.get(slug);
      if (!translation) {
        problems.push({
          file: page.file,
          line: 1,
          message: `has no "${locale}" translation: ${project.docsFile(locale, slug)} does not exist.`,
          fix: `translate ${page.file} into ${project.docsFile(locale, slug)} (same file name as the English page).`,
        });
        continue;
      }
      if (page.parsed.syntaxError || translation.parsed.syntaxError) continue;
      const englishSlug = page.parsed.frontmatter['slug'];
      const translationSlug = translation.parsed.frontmatter['slug'];
      if (englishSlug !== translationSlug) {
        problems.push({
          file: translation.file,
          line: frontmatterLine(translation.parsed.source, 'slug'),
          message: `sets slug ${translationSlug ?? '(none)'} where the English page sets ${englishSlug ?? '(none)'}.`,
          fix: englishSlug ? `set \`slug: ${englishSlug}\` in the frontmatter.` : 'remove the `slug:` line.',
        });
      }
    }
    for (const [slug, page] of translated) {
      if (english.has(slug)) continue;
      problems.push({
        file: page.file,
        line: 1,
        message: `has no English source: ${project.docsFile(project.defaultLocale, slug)} does not exist (slugs are the same in every locale).`,
        fix: `rename it after the English page's file name, or write the English page ${project.docsFile(project.defaultLocale, slug)} first.`,
      });
    }
  }
  return problems;
}

/** Line of a frontmatter key, or 1. */
function frontmatterLine(source: string, key: string): number {
  const index = source.split('\n').findIndex((line) => line.startsWith(`${key}:`));
  return index >= 0 ? index + 1 : 1;
}
