import type { JSX } from 'solid-js';

/**
 * The heading of a screen. `tabindex="-1"` lets the root move focus here when the screen
 * changes, so keyboard and screen-reader users start reading the new screen at its top.
 */
export function ScreenHeading(props: { children: JSX.Element }): JSX.Element {
  return (
    <h3 class="sim-heading" tabindex="-1" data-screen-heading>
      {props.children}
    </h3>
  );
}
