import { For } from 'solid-js';

/** One line of the summary: the message and the id of the field it concerns. */
export interface SummaryItem {
  readonly fieldId: string;
  readonly message: string;
}

/** Props of the error summary. */
export interface ErrorSummaryProps {
  readonly title: string;
  readonly items: readonly SummaryItem[];
  readonly ref: (element: HTMLDivElement) => void;
}

/**
 * The GOV.UK error summary: a heading and a link to each field in error. It takes focus after a
 * failed submit (tabindex=-1), and `role="alert"` announces it where focus is not followed.
 */
export function ErrorSummary(props: ErrorSummaryProps) {
  // Following the link's fragment would scroll without focusing the control, and would add the
  // fragment to the shareable URL: focus the control instead and bring its question into view.
  const focusField = (event: MouseEvent, fieldId: string) => {
    const field = document.getElementById(fieldId);
    if (!field) return;
    event.preventDefault();
    field.closest('.checker-question')?.scrollIntoView({ block: 'start' });
    field.focus({ preventScroll: true });
  };
  return (
    <div class="checker-error-summary" role="alert" tabindex="-1" ref={props.ref}>
      <h3 class="checker-error-summary-title">{props.title}</h3>
      <ul>
        <For each={props.items}>
          {(item) => (
            <li>
              <a href={`#${item.fieldId}`} onClick={(event) => focusField(event, item.fieldId)}>
                {item.message}
              </a>
            </li>
          )}
        </For>
      </ul>
    </div>
  );
}
