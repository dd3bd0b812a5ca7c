/**
 * One change to a page's text: `text` in place of what lies between `start` and `end` (an
 * insertion when they are equal). Offsets are those of the page as parsed (`html-page.ts`), so
 * several steps can describe their changes against one parse.
 */
export interface HtmlEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** An edit that removes an element (`html-page.ts` gives its range). */
export function removal({ start, end }: { start: number; end: number }): HtmlEdit {
  return { start, end, text: '' };
}

/**
 * `html` with `edits` applied. Edits may come in any order; insertions at one offset keep the
 * order they were given in. Two edits that replace overlapping text are a bug in a step: they throw.
 */
export function applyEdits(html: string, edits: readonly HtmlEdit[]): string {
  const ordered = edits
    .map((edit, index) => ({ edit, index }))
    .sort((a, b) => a.edit.start - b.edit.start || a.edit.end - b.edit.end || a.index - b.index)
    .map(({ edit }) => edit);
  let result = '';
  let from = 0;
  for (const edit of ordered) {
    if (edit.start < from) throw new Error(`Overlapping HTML edits at offset ${edit.start}`);
    result += html.slice(from, edit.start) + edit.text;
    from = edit.end;
  }
  return result + html.slice(from);
}
