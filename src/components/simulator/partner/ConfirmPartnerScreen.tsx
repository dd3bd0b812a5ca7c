import type { JSX } from 'solid-js';
import type { SamplePartner } from '../../../rules/index.ts';
import { useText } from '../context.tsx';
import { Button } from '../shared/Button.tsx';
import { ScreenHeading } from '../shared/ScreenHeading.tsx';

/** Step 6: the partner the number belongs to, to confirm before Next. */
export function ConfirmPartnerScreen(props: { partner: SamplePartner; onNext: () => void }): JSX.Element {
  const text = useText<'partner'>();
  return (
    <>
      <ScreenHeading>{text.strings.partner.confirmHeading}</ScreenHeading>
      <p>{text.strings.partner.confirmInstruction}</p>
      <div class="sim-card" data-found-partner>
        <strong>{props.partner.name}</strong>
        <span>{props.partner.city}</span>
        <span>CSN {props.partner.csn}</span>
      </div>
      <Button primary onClick={() => props.onNext()}>
        {text.terms.next}
      </Button>
    </>
  );
}
