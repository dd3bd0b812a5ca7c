import { createContext, useContext, type JSX } from 'solid-js';
import type { SimulatorFlow, SimulatorText } from './text.ts';

const TextContext = createContext<SimulatorText>();

/** Gives every screen the locale's words without threading them through each component. */
export function TextProvider(props: { text: SimulatorText; children: JSX.Element }): JSX.Element {
  return <TextContext.Provider value={props.text}>{props.children}</TextContext.Provider>;
}

/**
 * The locale's words. Throws outside `TextProvider`, so a screen cannot silently render without
 * strings. A flow's screens ask for their flow's words (`useText<'partner'>()`): only that flow's
 * island renders them, and it provides them.
 */
export function useText<Flow extends SimulatorFlow = never>(): SimulatorText<Flow> {
  const text = useContext(TextContext);
  if (!text) throw new Error('useText() must be used inside <TextProvider>.');
  return text as SimulatorText<Flow>;
}
