import { Show, type JSX } from 'solid-js';
import { fillTemplate } from '../../../i18n/ui/template.ts';
import * as seatFlow from '../../../rules/flows/seats.machine.ts';
import { ruleAnchor } from '../../../rules/rules.ts';
import type { SampleSubscription } from '../../../rules/index.ts';
import { useText } from '../context.tsx';
import { reasonLines } from '../format.ts';
import { Button } from '../shared/Button.tsx';
import { ScreenHeading } from '../shared/ScreenHeading.tsx';
import { SubscriptionSummary } from '../shared/SubscriptionSummary.tsx';
import { UnavailableAction } from '../shared/UnavailableAction.tsx';

/**
 * Step 3: the subscription's details with Add Seats and Reduce Seats under the seat count.
 * Each is enabled only when the machine's guards allow it (`checkSeatChange`, `minimum-seats`).
 */
export function SeatDetailsScreen(props: {
  sample: SampleSubscription;
  today: string;
  onAdd: () => void;
  onRemove: () => void;
}): JSX.Element {
  const text = useText<'seats'>();
  const verdict = () => seatFlow.seatVerdict(props.sample, props.today);
  const reasons = () => reasonLines(verdict(), props.sample, props.today, text);
  const atMinimumNote = () =>
    seatFlow.canAddSeats(props.sample, props.today) && !seatFlow.canRemoveSeats(props.sample, props.today)
      ? fillTemplate(text.strings.seats.atMinimum, { minimum: text.values.minimum })
      : undefined;
  const buttons = (
    <div class="sim-seat-actions">
      <Show
        when={seatFlow.canAddSeats(props.sample, props.today)}
        fallback={<UnavailableAction label={text.terms['add-seats']} reasons={reasons()} onAttempt={props.onAdd} />}
      >
        <Button onClick={() => props.onAdd()}>{text.terms['add-seats']}</Button>
      </Show>
      <Show
        when={seatFlow.canRemoveSeats(props.sample, props.today)}
        fallback={
          <UnavailableAction
            label={text.terms['reduce-seats']}
            reasons={reasons()}
            note={atMinimumNote()}
            noteHref={`#${ruleAnchor('minimum-seats')}`}
            onAttempt={props.onRemove}
          />
        }
      >
        <Button onClick={() => props.onRemove()}>{text.terms['reduce-seats']}</Button>
      </Show>
    </div>
  );
  return (
    <>
      <ScreenHeading>{props.sample.product}</ScreenHeading>
      <p>{text.strings.details.instruction.seats}</p>
      <SubscriptionSummary sample={props.sample} today={props.today} underSeats={buttons} />
    </>
  );
}
