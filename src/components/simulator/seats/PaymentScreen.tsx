import { For, Show, type JSX } from 'solid-js';
import { fillTemplate } from '../../../i18n/ui/template.ts';
import { paymentMethods } from '../../../rules/samples/payment.ts';
import type { PaymentMethodId, SeatState } from '../../../rules/index.ts';
import { useText } from '../context.tsx';
import { Button } from '../shared/Button.tsx';
import { ScreenHeading } from '../shared/ScreenHeading.tsx';

/**
 * Step 5: the payment method. The card of the purchase is chosen and charged; another card can
 * be chosen only after Add payment method, and Save keeps the choice for the order. Add payment
 * method disappears once used: focus moves to the card it added, never to the page.
 */
export function PaymentScreen(props: {
  state: SeatState;
  onAddMethod: () => void;
  onChoose: (method: PaymentMethodId) => void;
  onSave: () => void;
}): JSX.Element {
  const text = useText<'seats'>();
  const methods = (): PaymentMethodId[] =>
    props.state.newCardAdded ? ['original-card', 'new-card'] : ['original-card'];
  const label = (method: PaymentMethodId) =>
    fillTemplate(method === 'original-card' ? text.strings.seats.originalCard : text.strings.seats.newCard, {
      card: paymentMethods[method].label,
    });
  let fieldset: HTMLFieldSetElement | undefined;
  const addMethod = () => {
    props.onAddMethod();
    queueMicrotask(() => fieldset?.querySelector<HTMLInputElement>('input[value="new-card"]')?.focus());
  };
  return (
    <>
      <ScreenHeading>{text.terms['payment-method']}</ScreenHeading>
      <p class="sim-note">{text.strings.seats.paymentNote}</p>
      <fieldset class="sim-fieldset" ref={fieldset}>
        <legend>{text.terms['payment-method']}</legend>
        <For each={methods()}>
          {(method) => (
            <label class="sim-radio">
              <input
                type="radio"
                name="sim-payment-method"
                value={method}
                checked={props.state.paymentMethod === method}
                onChange={() => props.onChoose(method)}
              />
              {label(method)}
            </label>
          )}
        </For>
      </fieldset>
      <div class="sim-actions">
        <Show when={!props.state.newCardAdded}>
          <Button onClick={addMethod}>{text.terms['add-payment-method']}</Button>
        </Show>
        <Button primary onClick={() => props.onSave()}>
          {text.terms.save}
        </Button>
      </div>
    </>
  );
}
