import { createUniqueId, For, Show, type JSX } from 'solid-js';
import { useText } from '../context.tsx';
import type { ReasonLine } from '../format.ts';

/**
 * An action the rules forbid: still a focusable button (`aria-disabled`, not `disabled`) so
 * keyboard users reach it and hear why, greyed out, with the reasons printed next to it and
 * tied to it by `aria-describedby`. Using it sends the event anyway: the machine rejects it.
 */
export function UnavailableAction(props: {
  label: string;
  reasons: readonly ReasonLine[];
  /** Extra explanation that is not a verdict reason (the seat minimum). */
  note?: string | undefined;
  /** Where the article states the note's rule, e.g. `#rule-minimum-seats`. */
  noteHref?: string | undefined;
  onAttempt: () => void;
  /** Extra class, e.g. `sim-menu-item` when the action sits in the Actions drop-down. */
  class?: string;
}): JSX.Element {
  const text = useText();
  const id = createUniqueId();
  return (
    <div class="sim-unavailable">
      <button
        type="button"
        class={`sim-button ${props.class ?? ''}`}
        aria-disabled="true"
        aria-describedby={id}
        data-unavailable
        onClick={() => props.onAttempt()}
      >
        {props.label}
      </button>
      <div id={id} class="sim-reasons">
        <p>
          <strong>{text.strings.unavailableBecause}</strong> {props.note}
          <Show when={props.note && props.noteHref}>
            {' '}
            <a href={props.noteHref}>{text.verdicts.ruleLink}</a>
          </Show>
        </p>
        <Show when={props.reasons.length > 0}>
          <ul>
            <For each={props.reasons}>
              {(line) => (
                <li data-reason={line.code}>
                  {line.reason} <a href={line.ruleHref}>{text.verdicts.ruleLink}</a>
                  <Show when={line.nextStep}>
                    {(step) => (
                      <>
                        {' '}
                        {step().lead}
                        <Show when={step().link}>
                          {(link) => (
                            <>
                              {' '}
                              <a href={link().href}>{link().text}</a>
                            </>
                          )}
                        </Show>
                      </>
                    )}
                  </Show>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </div>
    </div>
  );
}
