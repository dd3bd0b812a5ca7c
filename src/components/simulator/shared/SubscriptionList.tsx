import { For, type JSX } from 'solid-js';
import { sampleExpirationDate } from '../../../rules/samples/subscriptions.ts';
import type { SampleSubscription } from '../../../rules/index.ts';
import { useText } from '../context.tsx';
import { formatDate } from '../format.ts';
import { ScreenHeading } from './ScreenHeading.tsx';

/** Subscriptions and Contracts: one button per sample subscription, with its number and expiration date. */
export function SubscriptionList(props: {
  samples: readonly SampleSubscription[];
  today: string;
  onSelect: (id: string) => void;
}): JSX.Element {
  const text = useText();
  return (
    <>
      <ScreenHeading>{text.terms['subscriptions-and-contracts']}</ScreenHeading>
      <p>{text.strings.subscriptions.instruction}</p>
      <ul class="sim-list">
        <For each={props.samples}>
          {(sample) => (
            <li>
              <button type="button" class="sim-row" data-sample={sample.id} onClick={() => props.onSelect(sample.id)}>
                <span class="sim-row-title">{sample.product}</span>
                <span class="sim-row-detail">
                  {sample.facts.identifier === 'contract-number'
                    ? text.terms['contract-number']
                    : text.terms['subscription-id']}{' '}
                  {sample.number} · {text.terms['expiration-date']}{' '}
                  {formatDate(sampleExpirationDate(sample, props.today), text)}
                </span>
              </button>
            </li>
          )}
        </For>
      </ul>
    </>
  );
}
