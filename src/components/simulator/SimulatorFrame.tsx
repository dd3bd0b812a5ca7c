import type { JSX } from 'solid-js';
import { TextProvider } from './context.tsx';
import type { SimulatorFlow, SimulatorText } from './text.ts';

/**
 * What both simulators share: the locale's words for every screen and the labelled region. Marked
 * `data-pagefind-ignore` so sample data never turns up in search results.
 */
export function SimulatorFrame(props: {
  flow: SimulatorFlow;
  text: SimulatorText;
  /** The flow's screens; `root` is the region, for moving focus within it. */
  children: (root: () => HTMLElement | undefined) => JSX.Element;
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
        {props.children(() => root)}
      </section>
    </TextProvider>
  );
}
