import { createSignal, Match, onCleanup, onMount, Switch, type JSX } from 'solid-js';
import { fillTemplate } from '../../../i18n/ui/template.ts';
import { localCalendarDate } from '../../../rules/dates.ts';
import * as partnerFlow from '../../../rules/flows/partner.machine.ts';
import { partnerSamples } from '../../../rules/samples/partner-samples.ts';
import type { PartnerEvent } from '../../../rules/index.ts';
import { highlightArticleSteps, listenForArticleSteps } from '../articleSteps.ts';
import { useText } from '../context.tsx';
import { useScreenFocus } from '../focus.ts';
import { AccountFrame } from '../shared/AccountFrame.tsx';
import { NavigationScreen } from '../shared/NavigationScreen.tsx';
import { StatusMessage } from '../shared/StatusMessage.tsx';
import { SubscriptionList } from '../shared/SubscriptionList.tsx';
import { AccountNumberScreen } from './AccountNumberScreen.tsx';
import { ConfirmationScreen } from './ConfirmationScreen.tsx';
import { ConfirmPartnerScreen } from './ConfirmPartnerScreen.tsx';
import { DetailsScreen } from './DetailsScreen.tsx';
import { FindPartnerScreen } from './FindPartnerScreen.tsx';
import { ReviewPartnerScreen } from './ReviewPartnerScreen.tsx';

/**
 * The partner simulator: holds the machine's state and draws the screen it is on. Every button
 * only sends an event; `partnerFlow.transition` decides what happens.
 */
export function PartnerSimulator(props: { initialToday: string; root: () => HTMLElement | undefined }): JSX.Element {
  const text = useText<'partner'>();
  const [state, setState] = createSignal(partnerFlow.initialPartnerState(props.initialToday));
  const send = (event: PartnerEvent) => setState((current) => partnerFlow.transition(current, event));
  const step = () => partnerFlow.partnerStepOf[state().screen];
  const sample = () => partnerFlow.selectedSubscription(state());
  const partner = () => partnerFlow.foundPartner(state());

  // Bumped when the reader opens a step from the article, so focus moves even to the screen already shown.
  const [opened, setOpened] = createSignal(0);
  useScreenFocus(
    () => `${state().screen}:${opened()}`,
    props.root,
    () => highlightArticleSteps([{ list: 'partner', step: step() }]),
  );

  onMount(() => {
    // The server rendered the build day; the rules need the reader's own calendar date.
    send({ type: 'set-today', today: localCalendarDate(new Date()) });
    const stop = listenForArticleSteps((target) => {
      if (target.list !== 'partner') return;
      send({ type: 'go-to-step', step: target.step });
      setOpened((count) => count + 1);
    });
    onCleanup(stop);
  });

  return (
    <AccountFrame
      caption={fillTemplate(text.strings.stepOf, { step: step(), total: partnerFlow.partnerStepCount })}
      breadcrumb={
        step() >= 3 ? `${text.terms['billing-and-orders']} > ${text.terms['subscriptions-and-contracts']}` : undefined
      }
      canGoBack={state().screen !== 'account-number'}
      onBack={() => send({ type: 'back' })}
      onRestart={() => send({ type: 'restart' })}
    >
      <Switch>
        <Match when={state().screen === 'account-number'}>
          <AccountNumberScreen onContinue={() => send({ type: 'continue' })} />
        </Match>
        <Match when={state().screen === 'navigation'}>
          <NavigationScreen onOpenSubscriptions={() => send({ type: 'open-subscriptions' })} />
        </Match>
        <Match when={state().screen === 'subscriptions'}>
          <SubscriptionList
            samples={partnerSamples}
            today={state().today}
            onSelect={(id) => send({ type: 'select-subscription', id })}
          />
        </Match>
        <Match when={state().screen === 'details' && sample()}>
          {(current) => (
            <DetailsScreen
              state={state()}
              sample={current()}
              onToggleActions={() => send({ type: 'toggle-actions' })}
              onUpdateReseller={() => send({ type: 'update-reseller-information' })}
            />
          )}
        </Match>
        <Match when={state().screen === 'find-partner'}>
          <FindPartnerScreen
            state={state()}
            onType={(value) => send({ type: 'type-csn', value })}
            onFind={() => send({ type: 'find' })}
          />
        </Match>
        <Match when={state().screen === 'confirm-partner' && partner()}>
          {(found) => <ConfirmPartnerScreen partner={found()} onNext={() => send({ type: 'next' })} />}
        </Match>
        <Match when={state().screen === 'review' && sample()}>
          {(current) => (
            <ReviewPartnerScreen
              sample={current()}
              partner={partner()!}
              replacesSeveral={partnerFlow.replacesSeveralPartners(state())}
              onSubmit={() => send({ type: 'submit' })}
            />
          )}
        </Match>
        <Match when={state().screen === 'confirmation' || state().screen === 'closed'}>
          <ConfirmationScreen
            partner={partner()}
            closed={state().screen === 'closed'}
            onDone={() => send({ type: 'done' })}
          />
        </Match>
      </Switch>
      <StatusMessage rejected={state().rejected === 'blocked-by-rules'} />
    </AccountFrame>
  );
}
