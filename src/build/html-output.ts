import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { PolicyUnion } from '../security/policy-union.ts';
import { headersFile, securityHeaders } from '../security/security-headers.ts';
import { violationReportEndpoint } from '../security/violation-reports.ts';
import { finishPage } from './finish-page.ts';
import { removeUnusedPagefindFiles } from './pagefind-files.ts';

/**
 * Astro integration: after `astro build` (and Starlight's Pagefind index), the site is finished
 * as it is published.
 *
 * - Each page is read, finished (`finish-page.ts`) and written back before the next is read: one
 *   page in memory at a time, however many thousands the site has.
 * - The bootstrap files the pages load are written beside the scripts.
 * - `_headers` sends the security headers with every path, the Content-Security-Policy among them:
 *   the union of what the pages' `<meta>` policies allow (`src/security/`).
 * - Pagefind's files that no page loads are deleted (`pagefind-files.ts`).
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
        const reportEndpoint = violationReportEndpoint();
        const started = performance.now();
        const summary = finishSite(outDir, { base, assets, reportEndpoint });
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(
          `${summary.pages} pages finished in ${seconds} s; island bootstrap in ${summary.bootstrapFiles.join(', ') || 'no file'}; ` +
            `_headers written${reportEndpoint ? ` (violation reports to ${reportEndpoint})` : ''}; ` +
            `unused Pagefind files removed: ${summary.removedPagefindFiles.join(', ') || 'none'}`,
        );
      },
    },
  };
}

/** Where the site's files are served from, and where violations are reported. */
export interface SiteOptions {
  readonly base: string;
  readonly assets: string;
  readonly reportEndpoint?: string | undefined;
}

/** What `finishSite` did. */
export interface SiteSummary {
  readonly pages: number;
  readonly bootstrapFiles: string[];
  readonly removedPagefindFiles: string[];
}

/** Finishes the built site in `outDir`, page by page; see `htmlOutput`. */
export function finishSite(outDir: string, { base, assets, reportEndpoint }: SiteOptions): SiteSummary {
  const files = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));

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
  const bootstrapUrl = (fileName: string) => `${base}${assets}/${fileName}`;
  const bootstrapFiles = new Map<string, string>();
  const policy = new PolicyUnion();

  for (const file of files) {
    const path = join(outDir, file);
    const html = readFileSync(path, 'utf8');
    const finished = finishPage(html, { textOf, bootstrapUrl });
    if (finished.html !== html) writeFileSync(path, finished.html);
    if (finished.policy !== undefined) policy.add(finished.policy);
    if (finished.bootstrap) bootstrapFiles.set(finished.bootstrap.fileName, finished.bootstrap.code);
  }

  for (const [fileName, code] of bootstrapFiles) writeFileSync(join(outDir, assets, fileName), code);
  if (policy.empty)
    throw new Error('No built page has a Content-Security-Policy <meta>: check security.csp in astro.config.mjs.');
  writeFileSync(join(outDir, '_headers'), headersFile(securityHeaders({ policy: policy.toString(), reportEndpoint })));
  const removedPagefindFiles = removeUnusedPagefindFiles(join(outDir, 'pagefind'));

  return { pages: files.length, bootstrapFiles: [...bootstrapFiles.keys()], removedPagefindFiles };
}
