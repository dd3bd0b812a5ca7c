/** A `<script>` element of a built page, found by position. */
export interface ScriptElement {
  /** Offsets of the element in the page (`<script` to the end of `</script>`). */
  readonly start: number;
  readonly end: number;
  readonly attributes: string;
  /** The text between the tags: what the browser runs, and hashes for the Content-Security-Policy. */
  readonly text: string;
}

/**
 * Every `<script>` element of a page as Astro writes it. A script's text cannot contain
 * `</script>` (the HTML parser would end it there), so the first closing tag ends each one.
 */
export function scriptElements(html: string): ScriptElement[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    attributes: match[1] ?? '',
    text: match[2] ?? '',
  }));
}

/** The page's inline scripts: the elements without a `src`. */
export function inlineScripts(html: string): ScriptElement[] {
  return scriptElements(html).filter(({ attributes }) => !/\ssrc=/.test(attributes));
}

/**
 * `html` with each of `elements` (found in it, in page order) replaced by what `replacement`
 * returns for it: nothing unless told otherwise.
 */
export function replaceElements(
  html: string,
  elements: readonly ScriptElement[],
  replacement: (element: ScriptElement, index: number) => string = () => '',
): string {
  let result = '';
  let from = 0;
  for (const [index, element] of elements.entries()) {
    result += html.slice(from, element.start) + replacement(element, index);
    from = element.end;
  }
  return result + html.slice(from);
}

/** The `src` of an external module script (`<script type="module" src="...">`), or undefined. */
export function moduleScriptSource({ attributes }: ScriptElement): string | undefined {
  if (!/\stype="module"/.test(attributes)) return undefined;
  return /\ssrc="([^"]+)"/.exec(attributes)?.[1];
}
