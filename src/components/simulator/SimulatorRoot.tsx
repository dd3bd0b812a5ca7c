import { Show, type JSX } from 'solid-js';
import { TextProvider } from './context.tsx';
import { PartnerSimulator } from './partner/PartnerSimulator.tsx';
import { SeatsSimulator } from './seats/SeatsSimulator.tsx';
import type { SimulatorFlow, SimulatorText } from './text.ts';

/**
 * The island: provides the locale's words and shows the article's simulator. Marked
 * `data-pagefind-ignore` so sample data never turns up in search results.
 */
export default function SimulatorRoot(props: {
  flow: SimulatorFlow;
  text: SimulatorText;
  /** The build day, for the server render; the reader's own date replaces it on mount. */
  today: string;
}): JSX.Element {
  let root: HTMLElement | undefined;
  return (
    <TextProvider text={props.text}>
      <section
        ref={root}
        class="sim not-content"
        aria-label={props.text.strings.regionLabel}
        data-simulator={props.flow}
        data-pagefind-ignore
      >
        <p class="sim-intro">{props.text.strings.intro}</p>
        <Show
          when={props.flow === 'partner'}
          fallback={<SeatsSimulator initialToday={props.today} root={() => root} />}
        >
          <PartnerSimulator initialToday={props.today} root={() => root} />
        </Show>
      </section>
    </TextProvider>
  );
}
