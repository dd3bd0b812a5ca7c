import { createEffect, createMemo, on } from 'solid-js';

/**
 * After each change of `screen` (not on the first render: the page must not jump to the
 * simulator on load), moves focus to the new screen's heading and runs `after` (which marks the
 * article step). Focus moves in a microtask so the new screen is in the DOM. `screen` should
 * also change when the reader opens a step from the article, even the one already shown.
 */
export function useScreenFocus(screen: () => unknown, root: () => HTMLElement | undefined, after: () => void): void {
  // A memo, so the effect runs when the key's value changes, not on every change of the state it reads.
  const key = createMemo(screen);
  createEffect(
    on(
      key,
      () => {
        after();
        queueMicrotask(() => root()?.querySelector<HTMLElement>('[data-screen-heading]')?.focus());
      },
      { defer: true },
    ),
  );
}
