/**
 * The link between the article's step lists and the simulator, in the DOM.
 *
 * Each article step ends with a plain link `#simulator-<list>-step-<n>` (see `TryStep.astro`):
 * without JavaScript it scrolls to an anchor of that id at the top of the simulator; with it,
 * the island opens that step. The island marks the matching `<li>` with `aria-current="step"`.
 */

/** Which list of the article: the partner steps, or the seats article's add and reduce lists. */
export type StepList = 'partner' | 'add' | 'remove';

/** A step of one of the article's lists. */
export interface ArticleStep {
  readonly list: StepList;
  readonly step: number;
}

const hashPattern = /^#simulator-(partner|add|remove)-step-(\d+)$/;

/** The anchor id of an article step inside the simulator. */
export function stepAnchorId(list: StepList, step: number): string {
  return `simulator-${list}-step-${step}`;
}

/** The step a URL hash asks for, if it is one of ours. */
export function parseStepHash(hash: string): ArticleStep | undefined {
  const match = hashPattern.exec(hash);
  if (!match) return undefined;
  return { list: match[1] as StepList, step: Number(match[2]) };
}

const currentAttribute = 'aria-current';

/**
 * Marks the article steps the simulator is on (several when the seats lists share a step) and
 * unmarks the others. Finds each `<li>` through its "Try this step" link, so the article needs
 * no ids on its lists.
 */
export function highlightArticleSteps(steps: readonly ArticleStep[]): void {
  for (const item of document.querySelectorAll('li[data-simulator-current]')) {
    item.removeAttribute(currentAttribute);
    item.removeAttribute('data-simulator-current');
  }
  for (const { list, step } of steps) {
    const link = document.querySelector(`a[data-simulator-step="${list}-${step}"]`);
    const item = link?.closest('li');
    if (!item) continue;
    item.setAttribute(currentAttribute, 'step');
    item.setAttribute('data-simulator-current', '');
  }
}

/**
 * Calls `open` with the step of the page's hash now and whenever a "Try this step" link is used.
 * Listens to clicks as well as `hashchange`, because following the same link twice does not
 * change the hash. Returns the function that stops listening.
 */
export function listenForArticleSteps(open: (step: ArticleStep) => void): () => void {
  const fromHash = () => {
    const step = parseStepHash(window.location.hash);
    if (step) open(step);
  };
  const onClick = (event: MouseEvent) => {
    const link = (event.target as Element | null)?.closest?.('a[data-simulator-step]');
    const step = link ? parseStepHash(link.getAttribute('href') ?? '') : undefined;
    if (step) open(step);
  };
  fromHash();
  window.addEventListener('hashchange', fromHash);
  document.addEventListener('click', onClick);
  return () => {
    window.removeEventListener('hashchange', fromHash);
    document.removeEventListener('click', onClick);
  };
}
