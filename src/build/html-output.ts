import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { dropDuplicateModuleScripts } from './duplicate-module-scripts.ts';
import { bootstrapFile, externalizeIslandBootstrap } from './island-bootstrap.ts';
import { keepOnlyPageScriptHashes } from './page-script-hashes.ts';

/**
 * Astro integration: after `astro build`, each page loads its scripts the way this site wants.
 * Each step is a pure function of the page's HTML, unit-tested in its own file:
 *
 * 1. `island-bootstrap.ts`: the islands' bootstrap scripts from one shared file, not inlined;
 * 2. `duplicate-module-scripts.ts`: one tag per module file, not seven tags for seven copies of one;
 * 3. `page-script-hashes.ts`: the policy hashes only the inline scripts that are left.
 *
 * Only the production build is changed; `astro dev` serves pages as Astro renders them.
 */
export function htmlOutput(): AstroIntegration {
  let base = '/';
  let assets = '_astro';
  return {
    name: 'html-output',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        assets = config.build.assets;
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const files = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((file) =>
          file.endsWith('.html'),
        );
        const pages = new Map(files.map((file) => [file, readFileSync(join(outDir, file), 'utf8')]));

        const bootstrap = bootstrapFile([...pages.values()]);
        if (bootstrap) writeFileSync(join(outDir, assets, bootstrap.fileName), bootstrap.code);
        // Every page names the same few script files: each is read once.
        const scriptTexts = new Map<string, string>();
        const textOf = (src: string) => {
          let text = scriptTexts.get(src);
          if (text === undefined) {
            text = readFileSync(join(outDir, src.slice(base.length)), 'utf8');
            scriptTexts.set(src, text);
          }
          return text;
        };

        for (const [file, html] of pages) {
          let result = bootstrap ? externalizeIslandBootstrap(html, `${base}${assets}/${bootstrap.fileName}`) : html;
          result = dropDuplicateModuleScripts(result, textOf);
          result = keepOnlyPageScriptHashes(result);
          if (result !== html) writeFileSync(join(outDir, file), result);
        }
        logger.info(`${pages.size} pages: island bootstrap ${bootstrap ? `in ${bootstrap.fileName}` : 'unused'}`);
      },
    },
  };
}
