import { createUniqueId, Show, type JSX } from 'solid-js';
import { fillTemplate } from '../../../i18n/ui/template.ts';
import { newPartner } from '../../../rules/samples/partners.ts';
import type { PartnerState } from '../../../rules/index.ts';
import { useText } from '../context.tsx';
import { ScreenHeading } from '../shared/ScreenHeading.tsx';

/**
 * Step 5: type the account number and Find. A failed search keeps the field as typed, says why
 * in an alert tied to the field, and puts focus back in the field (which the message describes),
 * so the reader can fix it without starting over or looking for it.
 */
export function FindPartnerScreen(props: {
  state: PartnerState;
  onType: (value: string) => void;
  onFind: () => void;
}): JSX.Element {
  const text = useText<'partner'>();
  const inputId = createUniqueId();
  const hintId = createUniqueId();
  const errorId = createUniqueId();
  const error = () => props.state.csnError;
  let input: HTMLInputElement | undefined;
  return (
    <>
      <ScreenHeading>{text.strings.partner.findHeading}</ScreenHeading>
      <form
        novalidate
        class="sim-form"
        onSubmit={(event) => {
          event.preventDefault();
          props.onFind();
          if (error()) input?.focus();
        }}
      >
        <label for={inputId}>{text.terms['partner-account-number']} (CSN)</label>
        <input
          id={inputId}
          class="sim-input"
          type="text"
          inputmode="numeric"
          autocomplete="off"
          value={props.state.csnInput}
          aria-invalid={error() ? 'true' : undefined}
          aria-describedby={error() ? `${errorId} ${hintId}` : hintId}
          onInput={(event) => props.onType(event.currentTarget.value)}
          data-csn-input
          ref={input}
        />
        <p id={hintId} class="sim-hint">
          {fillTemplate(text.strings.partner.findHint, { csn: newPartner.csn })}
        </p>
        <p id={errorId} class="sim-error" role="alert" data-csn-error>
          <Show when={error()}>{(code) => text.strings.partner.csnErrors[code()]}</Show>
        </p>
        <button type="submit" class="sim-button sim-button-primary">
          {text.terms.find}
        </button>
      </form>
    </>
  );
}
