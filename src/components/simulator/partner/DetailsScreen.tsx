import { createUniqueId, Show, type JSX } from 'solid-js';
import * as partnerFlow from '../../../rules/flows/partner.machine.ts';
import type { PartnerState, SampleSubscription } from '../../../rules/index.ts';
import { useText } from '../context.tsx';
import { reasonLines } from '../format.ts';
import { Button } from '../shared/Button.tsx';
import { ScreenHeading } from '../shared/ScreenHeading.tsx';
import { SubscriptionSummary } from '../shared/SubscriptionSummary.tsx';
import { UnavailableAction } from '../shared/UnavailableAction.tsx';

/**
 * Step 4: the subscription's details and its Actions drop-down. Update Reseller Information is
 * enabled only when `checkPartnerUpdate` says self-service; otherwise it shows the verdict's reasons.
 */
export function DetailsScreen(props: {
  state: PartnerState;
  sample: SampleSubscription;
  onToggleActions: () => void;
  onUpdateReseller: () => void;
}): JSX.Element {
  const text = useText<'partner'>();
  const menuId = createUniqueId();
  const verdict = () => partnerFlow.partnerVerdict(props.sample, props.state.today);
  const allowed = () => verdict().outcome === 'self-service';
  return (
    <>
      <ScreenHeading>{props.sample.product}</ScreenHeading>
      <SubscriptionSummary sample={props.sample} today={props.state.today} />
      <p>{text.strings.details.instruction.partner}</p>
      <div class="sim-menu">
        <Button onClick={() => props.onToggleActions()} aria-expanded={props.state.actionsOpen} aria-controls={menuId}>
          {text.terms.actions} <span aria-hidden="true">▾</span>
        </Button>
        <div id={menuId} class="sim-menu-items">
          <Show when={props.state.actionsOpen}>
            <Show
              when={allowed()}
              fallback={
                <UnavailableAction
                  class="sim-menu-item"
                  label={text.terms['update-reseller-information']}
                  reasons={reasonLines(verdict(), props.sample, props.state.today, text)}
                  onAttempt={() => props.onUpdateReseller()}
                />
              }
            >
              <button type="button" class="sim-button sim-menu-item" onClick={() => props.onUpdateReseller()}>
                {text.terms['update-reseller-information']}
              </button>
            </Show>
          </Show>
        </div>
      </div>
    </>
  );
}
