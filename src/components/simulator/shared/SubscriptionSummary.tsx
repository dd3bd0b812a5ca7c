import { type JSX } from 'solid-js';
import { sampleExpirationDate } from '../../../rules/samples/subscriptions.ts';
import type { SampleSubscription } from '../../../rules/index.ts';
import { useText } from '../context.tsx';
import { formatDate, formatNumber } from '../format.ts';

/** A subscription's details as the account lists them: number, expiration, auto-renew, partners, seats. */
export function SubscriptionSummary(props: {
  sample: SampleSubscription;
  today: string;
  /** The seats flow puts its buttons right under the seat count, as the article says. */
  underSeats?: JSX.Element;
}): JSX.Element {
  const text = useText();
  return (
    <dl class="sim-details">
      <dt>
        {props.sample.facts.identifier === 'contract-number'
          ? text.terms['contract-number']
          : text.terms['subscription-id']}
      </dt>
      <dd>{props.sample.number}</dd>
      <dt>{text.terms['expiration-date']}</dt>
      <dd>{formatDate(sampleExpirationDate(props.sample, props.today), text)}</dd>
      <dt>{text.terms['auto-renew']}</dt>
      <dd>{props.sample.facts.autoRenew ? text.terms.on : text.terms.off}</dd>
      <dt>{text.strings.details.partners}</dt>
      <dd>{props.sample.partners.length > 0 ? props.sample.partners.join(', ') : text.strings.details.noPartner}</dd>
      <dt>{text.terms.seats}</dt>
      <dd>
        <span data-seat-count>{formatNumber(props.sample.seats, text)}</span>
        {props.underSeats}
      </dd>
    </dl>
  );
}
