import { createContext, useContext, type JSX } from 'solid-js';
import type { SimulatorText } from './text.ts';

const TextContext = createContext<SimulatorText>();

/** Gives every screen the locale's words without threading them through each component. */
export function TextProvider(props: { text: SimulatorText; children: JSX.Element }): JSX.Element {
  return <TextContext.Provider value={props.text}>{props.children}</TextContext.Provider>;
}

/** The locale's words. Throws outside `TextProvider`, so a screen cannot silently render without strings. */
export function useText(): SimulatorText {
  const text = useContext(TextContext);
  if (!text) throw new Error('useText() must be used inside <TextProvider>.');
  return text;
}
