import type { JSX } from 'solid-js';
import { PartnerSimulator } from './partner/PartnerSimulator.tsx';
import { SimulatorFrame } from './SimulatorFrame.tsx';
import type { SimulatorText } from './text.ts';

/**
 * The island of the partner article. Each article hydrates only its own flow, so the partner page
 * never downloads the seats screens and their state machine (and the other way round).
 */
export default function PartnerSimulatorIsland(props: {
  text: SimulatorText<'partner'>;
  /** The build day, for the server render; the reader's own date replaces it on mount. */
  today: string;
}): JSX.Element {
  return (
    <SimulatorFrame flow="partner" text={props.text}>
      {(root) => <PartnerSimulator initialToday={props.today} root={root} />}
    </SimulatorFrame>
  );
}
