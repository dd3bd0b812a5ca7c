import type { JSX } from 'solid-js';
import { fillTemplate } from '../../../i18n/ui/template.ts';
import { newPartner } from '../../../rules/samples/partners.ts';
import { useText } from '../context.tsx';
import { Button } from '../shared/Button.tsx';
import { ScreenHeading } from '../shared/ScreenHeading.tsx';

/** Step 1: the new partner's account number (CSN), which the reader will type at step 5. */
export function AccountNumberScreen(props: { onContinue: () => void }): JSX.Element {
  const text = useText<'partner'>();
  return (
    <>
      <ScreenHeading>{text.strings.partner.accountNumberHeading}</ScreenHeading>
      <p>{fillTemplate(text.strings.partner.accountNumberText, { partner: newPartner.name })}</p>
      <p class="sim-csn" data-new-partner-csn>
        {newPartner.csn}
      </p>
      <Button primary onClick={() => props.onContinue()}>
        {text.strings.partner.accountNumberContinue}
      </Button>
    </>
  );
}
