import { Show, type JSX } from 'solid-js';
import { fillTemplate } from '../../../i18n/ui/template.ts';
import type { SamplePartner } from '../../../rules/index.ts';
import { useText } from '../context.tsx';
import { Button } from '../shared/Button.tsx';
import { ScreenHeading } from '../shared/ScreenHeading.tsx';

/**
 * Step 8: the confirmation window with the delay notice (the `partner-update-delay` rule value),
 * then, once Done closes it, the end of the walk-through.
 */
export function ConfirmationScreen(props: {
  partner: SamplePartner | undefined;
  closed: boolean;
  onDone: () => void;
}): JSX.Element {
  const text = useText<'partner'>();
  const delayNotice = () => fillTemplate(text.strings.partner.delayNotice, { delay: text.values.delay });
  return (
    <Show
      when={!props.closed}
      fallback={
        <>
          <ScreenHeading>{text.strings.partner.closedHeading}</ScreenHeading>
          <p>{text.strings.partner.closedText}</p>
          <p class="sim-note">{delayNotice()}</p>
        </>
      }
    >
      <ScreenHeading>{text.strings.partner.confirmationHeading}</ScreenHeading>
      <p>{fillTemplate(text.strings.partner.confirmationText, { partner: props.partner?.name ?? '' })}</p>
      <p class="sim-note" data-delay-notice>
        {delayNotice()}
      </p>
      <Button primary onClick={() => props.onDone()}>
        {text.terms.done}
      </Button>
    </Show>
  );
}
