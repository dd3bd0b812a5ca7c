import { createUniqueId, Show, type JSX } from 'solid-js';
import { fillTemplate } from '../../../i18n/ui/template.ts';
import * as seatFlow from '../../../rules/flows/seats.machine.ts';
import type { SampleSubscription, SeatState } from '../../../rules/index.ts';
import { useText } from '../context.tsx';
import { formatNumber } from '../format.ts';
import { ScreenHeading } from '../shared/ScreenHeading.tsx';

/**
 * Step 4: the new number of seats, then Save Changes. The field's `min`/`max` keep the arrows
 * within what the path allows (never below `minimum-seats` when removing); whatever is typed is
 * checked by the machine, which keeps the text and says what is wrong; focus goes back to the field.
 */
export function ChangeSeatsScreen(props: {
  state: SeatState;
  sample: SampleSubscription;
  onType: (value: string) => void;
  onSave: () => void;
}): JSX.Element {
  const text = useText<'seats'>();
  const inputId = createUniqueId();
  const currentId = createUniqueId();
  const errorId = createUniqueId();
  const adding = () => props.state.path === 'add';
  const error = () => props.state.seatError;
  let input: HTMLInputElement | undefined;
  return (
    <>
      <ScreenHeading>{adding() ? text.terms['add-seats'] : text.terms['reduce-seats']}</ScreenHeading>
      <form
        novalidate
        class="sim-form"
        onSubmit={(event) => {
          event.preventDefault();
          props.onSave();
          if (error()) input?.focus();
        }}
      >
        <label for={inputId}>{text.strings.seats.newCountLabel}</label>
        <input
          id={inputId}
          class="sim-input sim-input-number"
          type="number"
          inputmode="numeric"
          min={adding() ? props.sample.seats + 1 : seatFlow.minimumSeats()}
          max={adding() ? seatFlow.maximumSeats : props.sample.seats - 1}
          step="1"
          value={props.state.seatInput}
          aria-invalid={error() ? 'true' : undefined}
          aria-describedby={error() ? `${errorId} ${currentId}` : currentId}
          onInput={(event) => props.onType(event.currentTarget.value)}
          data-seat-input
          ref={input}
        />
        <p id={currentId} class="sim-hint">
          {fillTemplate(text.strings.seats.currentCount, { count: formatNumber(props.sample.seats, text) })}
        </p>
        <p id={errorId} class="sim-error" role="alert" data-seat-error>
          <Show when={error()}>
            {(code) =>
              fillTemplate(text.strings.seats.errors[code()], {
                minimum: text.values.minimum,
                maximum: formatNumber(seatFlow.maximumSeats, text),
              })
            }
          </Show>
        </p>
        <button type="submit" class="sim-button sim-button-primary">
          {text.terms['save-changes']}
        </button>
      </form>
    </>
  );
}
