import { dropDuplicateModuleScripts } from './duplicate-module-scripts.ts';
import { applyEdits } from './html-edits.ts';
import { parsePage } from './html-page.ts';
import {
  bootstrapFile,
  bootstrapScriptsOf,
  externalizeIslandBootstrap,
  type BootstrapFile,
} from './island-bootstrap.ts';
import { keepOnlyPageScriptHashes, policyMetaFirst } from './page-script-hashes.ts';

/** What a page's finishing needs from the rest of the build. */
export interface FinishContext {
  /** The text of a script file the page names (`/_astro/x.js`). */
  readonly textOf: (src: string) => string;
  /** The URL a page loads a bootstrap file from (`/_astro/island-bootstrap.abc.js`). */
  readonly bootstrapUrl: (fileName: string) => string;
}

/** A finished page, and what the build must publish for it. */
export interface FinishedPage {
  readonly html: string;
  /** The page's policy as its `<meta>` now states it, or undefined for a page without one. */
  readonly policy: string | undefined;
  /** The bootstrap file the page loads, to be written beside the scripts. */
  readonly bootstrap: BootstrapFile | undefined;
}

/**
 * A built page as this site serves it, from one parse of its HTML:
 *
 * 1. `island-bootstrap.ts`: the islands' bootstrap scripts from a shared file, not inlined;
 * 2. `duplicate-module-scripts.ts`: one tag per module file, not seven tags for seven copies of one;
 * 3. `page-script-hashes.ts`: the policy hashes only the inline scripts that are left, and its
 *    `<meta>` comes first in `<head>`, before anything it governs.
 *
 * Each step describes its changes against the same parse; they touch different elements.
 */
export function finishPage(html: string, { textOf, bootstrapUrl }: FinishContext): FinishedPage {
  const page = parsePage(html);
  const bootstrapScripts = bootstrapScriptsOf(page);
  const bootstrap = bootstrapFile(bootstrapScripts.map(({ text }) => text));
  const edits = bootstrap ? externalizeIslandBootstrap(bootstrapScripts, bootstrapUrl(bootstrap.fileName)) : [];
  edits.push(...dropDuplicateModuleScripts(page, textOf));

  const inlineLeft = page.inlineScripts.filter((script) => !bootstrapScripts.includes(script));
  const policy = page.policyMeta && keepOnlyPageScriptHashes(page.policyMeta.policy, inlineLeft);
  if (policy !== undefined) edits.push(...policyMetaFirst(page, html, policy));

  return { html: applyEdits(html, edits), policy, bootstrap };
}
