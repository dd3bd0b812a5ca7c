import type { JSX } from 'solid-js';
import { SeatsSimulator } from './seats/SeatsSimulator.tsx';
import { SimulatorFrame } from './SimulatorFrame.tsx';
import type { SimulatorText } from './text.ts';

/** The island of the seats article: adding and removing seats (see PartnerSimulatorIsland). */
export default function SeatsSimulatorIsland(props: {
  text: SimulatorText<'seats'>;
  /** The build day, for the server render; the reader's own date replaces it on mount. */
  today: string;
}): JSX.Element {
  return (
    <SimulatorFrame flow="seats" text={props.text}>
      {(root) => <SeatsSimulator initialToday={props.today} root={root} />}
    </SimulatorFrame>
  );
}
