import type { JSX } from 'solid-js';
import { fillTemplate } from '../../../i18n/ui/template.ts';
import { paymentMethods } from '../../../rules/samples/payment.ts';
import type { SampleSubscription, SeatState } from '../../../rules/index.ts';
import { useText } from '../context.tsx';
import { formatNumber } from '../format.ts';
import { Button } from '../shared/Button.tsx';
import { ScreenHeading } from '../shared/ScreenHeading.tsx';

/** Step 6: the order to review (seats before and after, the card charged), then Submit Order; headed with the words of the article's step 6. */
export function ReviewOrderScreen(props: {
  state: SeatState;
  sample: SampleSubscription;
  onSubmit: () => void;
}): JSX.Element {
  const text = useText<'seats'>();
  return (
    <>
      <ScreenHeading>{text.strings.seats.reviewHeading}</ScreenHeading>
      <p data-order-summary>
        {fillTemplate(text.strings.seats.reviewSummary, {
          from: formatNumber(props.sample.seats, text),
          to: formatNumber(props.state.newSeats ?? props.sample.seats, text),
          method: paymentMethods[props.state.paymentMethod].label,
        })}
      </p>
      <Button primary onClick={() => props.onSubmit()}>
        {text.terms['submit-order']}
      </Button>
    </>
  );
}
