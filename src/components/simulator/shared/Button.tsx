import type { JSX } from 'solid-js';

/** A button of the simulated account. `primary` is the screen's main action (the one the article names). */
export function Button(props: {
  children: JSX.Element;
  onClick?: () => void;
  primary?: boolean;
  type?: 'button' | 'submit';
  'aria-expanded'?: boolean;
  'aria-controls'?: string;
}): JSX.Element {
  return (
    <button
      type={props.type ?? 'button'}
      class={props.primary ? 'sim-button sim-button-primary' : 'sim-button'}
      onClick={() => props.onClick?.()}
      aria-expanded={props['aria-expanded']}
      aria-controls={props['aria-controls']}
    >
      {props.children}
    </button>
  );
}
