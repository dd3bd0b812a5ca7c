import { createSignal, Match, onCleanup, onMount, Switch, type JSX } from 'solid-js';
import { fillTemplate } from '../../../i18n/ui/template.ts';
import { localCalendarDate } from '../../../rules/dates.ts';
import * as seatFlow from '../../../rules/flows/seats.machine.ts';
import { seatSamples } from '../../../rules/samples/seat-samples.ts';
import type { SeatEvent } from '../../../rules/index.ts';
import { highlightArticleSteps, listenForArticleSteps, type ArticleStep } from '../articleSteps.ts';
import { useText } from '../context.tsx';
import { useScreenFocus } from '../focus.ts';
import { AccountFrame } from '../shared/AccountFrame.tsx';
import { NavigationScreen } from '../shared/NavigationScreen.tsx';
import { StatusMessage } from '../shared/StatusMessage.tsx';
import { SubscriptionList } from '../shared/SubscriptionList.tsx';
import { ChangeSeatsScreen } from './ChangeSeatsScreen.tsx';
import { PaymentScreen } from './PaymentScreen.tsx';
import { ReviewOrderScreen } from './ReviewOrderScreen.tsx';
import { SeatDetailsScreen } from './SeatDetailsScreen.tsx';
import { SeatsDoneScreen } from './SeatsDoneScreen.tsx';

/**
 * The seats simulator: holds the machine's state and draws its screen. The article's two lists
 * share their first three steps, so until the reader picks Add Seats or Reduce Seats both lists
 * are marked and the caption gives no total.
 */
export function SeatsSimulator(props: { initialToday: string; root: () => HTMLElement | undefined }): JSX.Element {
  const text = useText<'seats'>();
  const [state, setState] = createSignal(seatFlow.initialSeatState(props.initialToday));
  const send = (event: SeatEvent) => setState((current) => seatFlow.transition(current, event));
  const step = () => seatFlow.seatStepOf[state().screen];
  const sample = () => seatFlow.selectedSeatSubscription(state());
  const caption = () => {
    const path = state().path;
    if (!path) return fillTemplate(text.strings.stepOnly, { step: step() });
    return `${text.strings.seatPaths[path]} · ${fillTemplate(text.strings.stepOf, {
      step: step(),
      total: seatFlow.seatStepCount[path],
    })}`;
  };
  const articleSteps = (): ArticleStep[] => {
    const path = state().path;
    return path ? [{ list: path, step: step() }] : (['add', 'remove'] as const).map((list) => ({ list, step: step() }));
  };

  // Bumped when the reader opens a step from the article, so focus moves even to the screen already shown.
  const [opened, setOpened] = createSignal(0);
  useScreenFocus(
    () => `${state().screen}:${state().path}:${opened()}`,
    props.root,
    () => highlightArticleSteps(articleSteps()),
  );

  onMount(() => {
    // The server rendered the build day; sample dates follow the reader's own calendar date.
    send({ type: 'set-today', today: localCalendarDate(new Date()) });
    const stop = listenForArticleSteps((target) => {
      if (target.list === 'partner') return;
      send({ type: 'go-to-step', path: target.list, step: target.step });
      setOpened((count) => count + 1);
    });
    onCleanup(stop);
  });

  return (
    <AccountFrame
      caption={caption()}
      breadcrumb={
        step() >= 2 ? `${text.terms['billing-and-orders']} > ${text.terms['subscriptions-and-contracts']}` : undefined
      }
      canGoBack={state().screen !== 'navigation'}
      onBack={() => send({ type: 'back' })}
      onRestart={() => send({ type: 'restart' })}
    >
      <Switch>
        <Match when={state().screen === 'navigation'}>
          <NavigationScreen onOpenSubscriptions={() => send({ type: 'open-subscriptions' })} />
        </Match>
        <Match when={state().screen === 'subscriptions'}>
          <SubscriptionList
            samples={seatSamples}
            today={state().today}
            onSelect={(id) => send({ type: 'select-subscription', id })}
          />
        </Match>
        <Match when={state().screen === 'details' && sample()}>
          {(current) => (
            <SeatDetailsScreen
              sample={current()}
              today={state().today}
              onAdd={() => send({ type: 'add-seats' })}
              onRemove={() => send({ type: 'remove-seats' })}
            />
          )}
        </Match>
        <Match when={state().screen === 'change-seats' && sample()}>
          {(current) => (
            <ChangeSeatsScreen
              state={state()}
              sample={current()}
              onType={(value) => send({ type: 'type-seats', value })}
              onSave={() => send({ type: 'save-changes' })}
            />
          )}
        </Match>
        <Match when={state().screen === 'payment'}>
          <PaymentScreen
            state={state()}
            onAddMethod={() => send({ type: 'add-payment-method' })}
            onChoose={(method) => send({ type: 'choose-payment-method', method })}
            onSave={() => send({ type: 'save' })}
          />
        </Match>
        <Match when={state().screen === 'review' && sample()}>
          {(current) => (
            <ReviewOrderScreen state={state()} sample={current()} onSubmit={() => send({ type: 'submit-order' })} />
          )}
        </Match>
        <Match when={(state().screen === 'ordered' || state().screen === 'reduced') && sample()}>
          {(current) => <SeatsDoneScreen state={state()} sample={current()} />}
        </Match>
      </Switch>
      <StatusMessage rejected={state().rejected === 'blocked-by-rules' || state().rejected === 'at-minimum'} />
    </AccountFrame>
  );
}
