import { For, Show, untrack } from 'solid-js';
import type { FactName } from '../../rules/index.ts';
import { unreadableInput, type FactInput } from './checker-state.ts';

/** One answer of a choice question. */
export interface ChoiceOption {
  readonly value: string;
  readonly label: string;
}

/** Props of one question. */
export interface QuestionFieldProps {
  readonly fact: FactName;
  readonly input: FactInput;
  /** Id of the field's first control: the error summary links to it. */
  readonly fieldId: string;
  readonly label: string;
  readonly hint?: string | undefined;
  readonly options: readonly ChoiceOption[];
  /** Current text of the answer (`undefined` when unanswered). */
  readonly value: string | undefined;
  /** Error message beside the field, when the last submit found one. */
  readonly error?: string | undefined;
  readonly onChange: (text: string) => void;
}

/** The text of a date or number input; `unreadableInput` when the browser holds a half-typed value. */
function readInput(element: HTMLInputElement): string {
  return element.validity.badInput ? unreadableInput : element.value;
}

/**
 * One question: radios in a fieldset with a legend, or a labelled date or number input. The hint
 * and the error message are tied to the control with `aria-describedby` (GOV.UK pattern).
 */
export function QuestionField(props: QuestionFieldProps) {
  const hintId = () => `${props.fieldId}-hint`;
  const errorId = () => `${props.fieldId}-error`;
  const describedBy = () =>
    [props.hint ? hintId() : undefined, props.error ? errorId() : undefined].filter(Boolean).join(' ') || undefined;

  const hint = () => (
    <Show when={props.hint}>
      <p id={hintId()} class="checker-hint">
        {props.hint}
      </p>
    </Show>
  );
  const error = () => (
    <Show when={props.error}>
      <p id={errorId()} class="checker-error-message">
        {props.error}
      </p>
    </Show>
  );

  return (
    <div class="checker-question" classList={{ 'checker-question--error': Boolean(props.error) }}>
      <Show
        when={props.input === 'choice'}
        fallback={
          <>
            <label class="checker-label" for={props.fieldId}>
              {props.label}
            </label>
            {hint()}
            {error()}
            {/* The value is set once: rewriting it on every input would wipe a half-typed date. */}
            <input
              id={props.fieldId}
              name={props.fact}
              class="checker-input"
              type={props.input === 'date' ? 'date' : 'number'}
              min={props.input === 'count' ? '1' : undefined}
              step={props.input === 'count' ? '1' : undefined}
              inputmode={props.input === 'count' ? 'numeric' : undefined}
              value={untrack(() => props.value ?? '')}
              aria-describedby={describedBy()}
              aria-invalid={props.error ? 'true' : undefined}
              onInput={(event) => props.onChange(readInput(event.currentTarget))}
            />
          </>
        }
      >
        <fieldset class="checker-fieldset" aria-describedby={describedBy()}>
          <legend class="checker-label">{props.label}</legend>
          {hint()}
          {error()}
          <div class="checker-options">
            <For each={props.options}>
              {(option, index) => {
                const id = () => (index() === 0 ? props.fieldId : `${props.fieldId}-${option.value}`);
                return (
                  <div class="checker-option">
                    <input
                      id={id()}
                      type="radio"
                      name={props.fact}
                      value={option.value}
                      checked={props.value === option.value}
                      onChange={() => props.onChange(option.value)}
                    />
                    <label for={id()}>{option.label}</label>
                  </div>
                );
              }}
            </For>
          </div>
        </fieldset>
      </Show>
    </div>
  );
}
