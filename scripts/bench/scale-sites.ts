import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { docsFolder } from '../../src/i18n/docs-files.ts';
import { starlightLocales } from '../../src/i18n/locales.ts';
import type { GeneratedArticle } from './scale-corpus.ts';

/** The project's root folder. */
export const projectDir = new URL('../../', import.meta.url).pathname;

const projectPackage = JSON.parse(readFileSync(join(projectDir, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
};

/** Folders of the project that a build neither reads nor needs copied. */
const notCopied = new Set(['node_modules', 'dist', '.git', '.astro', 'bench', 'test-results', 'playwright-report']);

/** Hard-links the project's installed packages into `siteDir`: instant, and no second install. */
function linkPackages(siteDir: string): void {
  execFileSync('cp', ['-al', join(projectDir, 'node_modules'), join(siteDir, 'node_modules')]);
}

function writeArticles(siteDir: string, articles: readonly GeneratedArticle[]): void {
  for (const article of articles) {
    const file = join(siteDir, docsFolder, article.file);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, article.mdx);
  }
}

/** A copy of this project in `siteDir` (its own articles kept) with the generated `articles` added. */
export function writeProjectCopy(siteDir: string, articles: readonly GeneratedArticle[]): void {
  cpSync(projectDir, siteDir, {
    recursive: true,
    filter: (source) => !notCopied.has(relative(projectDir, source).split('/')[0]!),
  });
  linkPackages(siteDir);
  writeArticles(siteDir, articles);
}

/**
 * A bare Starlight site in `siteDir`: the same four locales, Starlight's defaults (its own Pagefind
 * search, no plugins, no islands, no policy) but a sidebar without the generated `articles`, like
 * the project's, and the same articles, written for it.
 */
export function writeBareStarlight(siteDir: string, articles: readonly GeneratedArticle[]): void {
  mkdirSync(join(siteDir, docsFolder), { recursive: true });
  writeFileSync(
    join(siteDir, 'package.json'),
    JSON.stringify(
      {
        name: 'bare-starlight',
        type: 'module',
        private: true,
        scripts: { build: 'astro build' },
        // Astro bundles (rather than imports at run time) the packages a site's package.json lists
        // that build on Astro, Starlight among them; it needs the list to find them.
        dependencies: Object.fromEntries(['@astrojs/starlight', 'astro', 'node'].map((name) => [name, projectPackage.dependencies[name]])),
      },
      null,
      2,
    ),
  );
  writeFileSync(
    join(siteDir, 'astro.config.mjs'),
    [
      "import starlight from '@astrojs/starlight';",
      "import { defineConfig } from 'astro/config';",
      'export default defineConfig({',
      "  site: 'https://help.example.com',",
      '  integrations: [',
      // A sidebar that lists none of the generated articles, as the project's does: Starlight's
      // default sidebar lists every page on every page, which grows each page with the corpus.
      `    starlight({ title: 'Bare Starlight', defaultLocale: 'root', locales: ${JSON.stringify(starlightLocales)}, sidebar: [] }),`,
      '  ],',
      '});',
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(siteDir, 'src/content.config.ts'),
    [
      "import { docsLoader } from '@astrojs/starlight/loaders';",
      "import { docsSchema } from '@astrojs/starlight/schema';",
      "import { defineCollection } from 'astro:content';",
      'export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };',
      '',
    ].join('\n'),
  );
  linkPackages(siteDir);
  writeArticles(siteDir, articles);
}
