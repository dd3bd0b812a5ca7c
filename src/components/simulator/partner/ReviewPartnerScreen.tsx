import { Show, type JSX } from 'solid-js';
import { fillTemplate } from '../../../i18n/ui/template.ts';
import type { SamplePartner, SampleSubscription } from '../../../rules/index.ts';
import { useText } from '../context.tsx';
import { formatNumber } from '../format.ts';
import { Button } from '../shared/Button.tsx';
import { ScreenHeading } from '../shared/ScreenHeading.tsx';

/**
 * Step 7: the change to verify before Submit. With several partners the reader is warned,
 * before submitting, that the update replaces all of them.
 */
export function ReviewPartnerScreen(props: {
  sample: SampleSubscription;
  partner: SamplePartner;
  replacesSeveral: boolean;
  onSubmit: () => void;
}): JSX.Element {
  const text = useText<'partner'>();
  return (
    <>
      <ScreenHeading>{text.strings.partner.reviewHeading}</ScreenHeading>
      <dl class="sim-details">
        <dt>{text.terms['contract-number']}</dt>
        <dd>{props.sample.number}</dd>
        <dt>{text.terms.reseller}</dt>
        <dd>
          {fillTemplate(text.strings.partner.reviewChange, {
            current: props.sample.partners.join(', '),
            new: props.partner.name,
          })}
        </dd>
      </dl>
      <Show when={props.replacesSeveral}>
        <p class="sim-warning" data-replaces-all>
          {fillTemplate(text.strings.partner.replacesAllWarning, {
            count: formatNumber(props.sample.partners.length, text),
            partner: props.partner.name,
          })}
        </p>
      </Show>
      <Button primary onClick={() => props.onSubmit()}>
        {text.terms.submit}
      </Button>
    </>
  );
}
