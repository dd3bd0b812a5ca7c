import { createSignal, createUniqueId, Show, type JSX } from 'solid-js';
import { fillTemplate } from '../../../i18n/ui/template.ts';
import { useText } from '../context.tsx';
import { Button } from './Button.tsx';
import { ScreenHeading } from './ScreenHeading.tsx';

/**
 * Signed in, the account's menu: Billing and Orders opens to Subscriptions and Contracts.
 * Whether the menu is open is screen-local UI state, not a step of the flow.
 */
export function NavigationScreen(props: { onOpenSubscriptions: () => void }): JSX.Element {
  const text = useText();
  const [open, setOpen] = createSignal(false);
  const menuId = createUniqueId();
  return (
    <>
      <ScreenHeading>{text.strings.navigation.heading}</ScreenHeading>
      <p>
        {fillTemplate(text.strings.navigation.signedIn, {
          account: text.terms['autodesk-account'],
          site: text.terms['account-site'],
        })}
      </p>
      <p>{text.strings.navigation.instruction}</p>
      <nav class="sim-nav" aria-label={text.terms['autodesk-account']}>
        <Button onClick={() => setOpen(!open())} aria-expanded={open()} aria-controls={menuId}>
          {text.terms['billing-and-orders']}
        </Button>
        <div id={menuId} class="sim-submenu">
          <Show when={open()}>
            <Button primary onClick={() => props.onOpenSubscriptions()}>
              {text.terms['subscriptions-and-contracts']}
            </Button>
          </Show>
        </div>
      </nav>
    </>
  );
}
