import { Show, type JSX } from 'solid-js';
import { useText } from '../context.tsx';

/**
 * The bordered "account window" every screen sits in: the account's name and site, the step
 * caption, the screen, then Back and Restart. Back is left out on the first screen, where
 * there is nowhere to go back to.
 */
export function AccountFrame(props: {
  caption: string;
  /** The breadcrumb once the reader is inside Billing and Orders. */
  breadcrumb?: string | undefined;
  canGoBack: boolean;
  onBack: () => void;
  onRestart: () => void;
  children: JSX.Element;
}): JSX.Element {
  const text = useText();
  return (
    <div class="sim-frame">
      <div class="sim-topbar">
        <span class="sim-brand">{text.terms['autodesk-account']}</span>
        <span class="sim-site">{text.terms['account-site']}</span>
        <span class="sim-badge">{text.strings.sample}</span>
      </div>
      <p class="sim-caption" data-step-caption>
        {props.caption}
        <Show when={props.breadcrumb}>
          <span class="sim-breadcrumb"> · {props.breadcrumb}</span>
        </Show>
      </p>
      <div class="sim-screen">{props.children}</div>
      <div class="sim-toolbar">
        <Show when={props.canGoBack}>
          <button type="button" class="sim-button" onClick={() => props.onBack()}>
            {text.strings.back}
          </button>
        </Show>
        <button type="button" class="sim-button" onClick={() => props.onRestart()}>
          {text.strings.restart}
        </button>
      </div>
    </div>
  );
}
