import { Show, type JSX } from 'solid-js';
import { fillTemplate } from '../../../i18n/ui/template.ts';
import { sampleExpirationDate } from '../../../rules/samples/subscriptions.ts';
import type { SampleSubscription, SeatState } from '../../../rules/index.ts';
import { useText } from '../context.tsx';
import { formatDate, formatNumber } from '../format.ts';
import { ScreenHeading } from '../shared/ScreenHeading.tsx';

/**
 * The end of either list: the order placed, or the reduction saved with the notice that the
 * new count and the lower price are recorded at renewal (the sample's expiration date).
 */
export function SeatsDoneScreen(props: { state: SeatState; sample: SampleSubscription }): JSX.Element {
  const text = useText<'seats'>();
  const newSeats = () => formatNumber(props.state.newSeats ?? props.sample.seats, text);
  return (
    <Show
      when={props.state.screen === 'reduced'}
      fallback={
        <>
          <ScreenHeading>{text.strings.seats.orderedHeading}</ScreenHeading>
          <p>{fillTemplate(text.strings.seats.orderedText, { count: newSeats() })}</p>
        </>
      }
    >
      <ScreenHeading>{text.strings.seats.reducedHeading}</ScreenHeading>
      <p class="sim-note" data-renewal-notice>
        {fillTemplate(text.strings.seats.reducedText, {
          from: formatNumber(props.sample.seats, text),
          to: newSeats(),
          date: formatDate(sampleExpirationDate(props.sample, props.state.today), text),
        })}
      </p>
    </Show>
  );
}
