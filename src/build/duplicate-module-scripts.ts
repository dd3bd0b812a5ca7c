import { removal, type HtmlEdit } from './html-edits.ts';
import { moduleScriptSource, type HtmlPage } from './html-page.ts';

/**
 * The edits that remove the module scripts whose file has the same text as one the page already loads.
 *
 * Astro writes one `<script type="module" src>` per component script. With Starlight's scripts
 * grouped into one file (`client-chunks.ts`), each of those files is the same one line,
 * `import"./starlight.[hash].js"`: an article loaded seven of them, about 110 bytes of gzip and a
 * request each, to run one module. A module runs once however often it is imported, so the first
 * of identical files does everything the others did.
 */
export function dropDuplicateModuleScripts(page: HtmlPage, textOf: (src: string) => string): HtmlEdit[] {
  const loaded = new Set<string>();
  const redundant = page.scripts.filter((script) => {
    const src = moduleScriptSource(script);
    if (src === undefined) return false;
    const text = textOf(src);
    if (loaded.has(text)) return true;
    loaded.add(text);
    return false;
  });
  return redundant.map(removal);
}
