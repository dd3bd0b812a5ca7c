import { moduleScriptSource, scriptElements } from './html-scripts.ts';

/**
 * `html` without the module scripts that would run nothing: those whose file has the same text as
 * one the page already loads, and those whose file is empty.
 *
 * Astro writes one `<script type="module" src>` per component script. With Starlight's scripts
 * grouped into one file (`client-chunks.ts`), each of those files is the same one line,
 * `import"./starlight.[hash].js"`: an article loaded seven of them, about 110 bytes of gzip and a
 * request each, to run one module. A module runs once however often it is imported, so the first
 * of identical files does everything the others did. An empty file is what is left of a script
 * the site has emptied on purpose (`sidebar-without-persister.ts`).
 */
export function dropRedundantModuleScripts(html: string, textOf: (src: string) => string): string {
  const loaded = new Set<string>();
  let result = '';
  let from = 0;
  for (const script of scriptElements(html)) {
    const src = moduleScriptSource(script);
    if (src === undefined) continue;
    const text = textOf(src);
    if (text.trim() !== '' && !loaded.has(text)) {
      loaded.add(text);
      continue;
    }
    result += html.slice(from, script.start);
    from = script.end;
  }
  return result + html.slice(from);
}
