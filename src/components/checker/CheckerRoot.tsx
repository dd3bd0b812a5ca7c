import { createEffect, createMemo, createSignal, For, onCleanup, onMount, Show } from 'solid-js';
import { localCalendarDate } from '../../rules/dates.ts';
import { parseFactsQuery, toFactsQuery } from '../../rules/query.ts';
import type { Action, FactName } from '../../rules/index.ts';
import type { CheckerStrings } from '../../i18n/ui/checker-strings.ts';
import type { VerdictStrings } from '../../i18n/ui/verdict-strings.ts';
import { fillTemplate } from '../../i18n/ui/template.ts';
import {
  choiceLabel,
  choiceValues,
  currentAnswers,
  errorMessage,
  factInputs,
  formValuesFrom,
  questionsFor,
  validate,
  verdictFor,
  unreadableInput,
  type FieldError,
  type FormValues,
} from './checker-state.ts';
import { ErrorSummary } from './ErrorSummary.tsx';
import { ignoredNote, type IgnoredNote } from './ignored-details.ts';
import type { NextStepText } from './next-step-text.ts';
import { QuestionField, type ChoiceOption } from './QuestionField.tsx';
import { VerdictResult } from './VerdictResult.tsx';

/** Props of the checker, all serialisable: the Astro wrapper gathers the strings of the page's locale. */
export interface CheckerRootProps {
  readonly action: Action;
  readonly locale: string;
  readonly strings: CheckerStrings;
  readonly verdictStrings: VerdictStrings;
  /** The next steps the procedure can give, in words, by `nextStepKey` (built on the server). */
  readonly nextSteps: Readonly<Record<string, NextStepText>>;
  /** The expiration window as prose in the page's language ("90 days"). */
  readonly window: string;
}

/**
 * The eligibility checker: asks the questions the rules need, one after the other, and shows the
 * verdict. State lives in the URL's query string so that a verdict can be shared as a link.
 */
export default function CheckerRoot(props: CheckerRootProps) {
  const action = props.action;
  const idPrefix = `checker-${action}`;
  const fieldId = (fact: FactName) => `${idPrefix}-${fact}`;

  // Empty until mounted: "today" is the user's own date, never the build's.
  const [today, setToday] = createSignal('');
  const [values, setValues] = createSignal<FormValues>({});
  const [errors, setErrors] = createSignal<FieldError[]>([]);
  const [ignored, setIgnored] = createSignal<IgnoredNote>({ answers: [], others: 0 });
  const [ready, setReady] = createSignal(false);

  const questions = createMemo(() => questionsFor(action, values(), today()));
  const answers = createMemo(() => currentAnswers(action, values(), today()));
  const verdict = createMemo(() => (ready() ? verdictFor(action, values(), today()) : undefined));
  const shownErrors = createMemo(() => errors().filter((error) => questions().includes(error.fact)));

  let summary: HTMLDivElement | undefined;
  let resultHeading: HTMLHeadingElement | undefined;

  /** Takes the answers from the URL: on load, and when the history moves between this page's entries. */
  const readUrl = () => {
    const parsed = parseFactsQuery(window.location.search);
    setValues(formValuesFrom(parsed.facts));
    // The questions this checker asks: its strings carry only theirs.
    const asked = (Object.keys(props.strings.questions) as FactName[]).filter((fact) => props.strings.questions[fact]);
    setIgnored(
      ignoredNote(window.location.search, parsed.ignored, parsed.ignoredCount, asked, props.strings, props.locale),
    );
  };

  onMount(() => {
    setToday(localCalendarDate(new Date()));
    readUrl();
    setReady(true);
    markAsked();
    // A shared link with answers opens at its verdict (the page scrolled the checker into view to
    // hydrate it): the headline takes focus, which also brings it into view on a phone.
    if (window.location.search.length > 1 && !window.location.hash) queueMicrotask(() => resultHeading?.focus());
    // A reason link adds a history entry (its #rule- fragment); going back must show that entry's answers.
    window.addEventListener('popstate', readUrl);
    onCleanup(() => window.removeEventListener('popstate', readUrl));
  });

  // The URL carries only the answers that count, so a shared link reproduces this very verdict.
  createEffect(() => {
    if (!ready()) return;
    const query = toFactsQuery(answers());
    const { pathname, search, hash } = window.location;
    const wanted = query ? `?${query}` : '';
    if (search !== wanted) window.history.replaceState(window.history.state, '', `${pathname}${wanted}${hash}`);
  });

  const options = (fact: FactName): ChoiceOption[] =>
    choiceValues(fact).map((value) => ({ value, label: choiceLabel(fact, value, props.strings) }));

  /*
   * Questions the reader has been shown: those on screen when the checker started, and when they
   * answered or pressed Check. A question that appears because of an answer is new: pressing Check
   * then asks it (focus moves to it) instead of reporting it missing. Ask, don't scold.
   */
  const asked = new Set<FactName>();
  const markAsked = () => {
    for (const fact of questions()) asked.add(fact);
  };

  const answer = (fact: FactName, text: string) => {
    markAsked();
    const next = { ...values(), [fact]: text };
    setValues(next);
    // Errors are found on submit; an answer can only clear them, never add new ones.
    if (errors().length > 0) {
      const stillWrong = validate(action, next, today());
      setErrors(errors().filter((error) => stillWrong.some((wrong) => wrong.fact === error.fact)));
    }
  };

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    // Chromium fires no input event while a date is half typed (its value stays ''), so the
    // browser's own flag is read here: a half-typed date is "not a real date", not "missing".
    let current = values();
    for (const input of (event.currentTarget as HTMLFormElement).querySelectorAll<HTMLInputElement>('.checker-input')) {
      if (input.validity.badInput) current = { ...current, [input.name]: unreadableInput };
    }
    setValues(current);
    const found = validate(action, current, today());
    const unasked = found.filter((error) => !asked.has(error.fact));
    markAsked();
    if (found.length > 0 && unasked.length === found.length) {
      setErrors([]);
      document.getElementById(fieldId(unasked[0]!.fact))?.focus();
      return;
    }
    setErrors(found);
    // Solid has updated the DOM synchronously: the summary or the result exists now.
    if (found.length > 0) summary?.focus();
    else resultHeading?.focus();
  };

  const startAgain = () => {
    setValues({});
    setErrors([]);
    document.getElementById(fieldId(questions()[0]!))?.focus();
  };

  return (
    <div class="checker" data-checker={action} data-pagefind-ignore data-ready={ready() ? '' : undefined}>
      {/* `method="get"` with the facts' names: before hydration, Check still puts the answers in the URL. */}
      <form method="get" novalidate aria-label={props.strings.regionLabel} onSubmit={submit}>
        <Show when={shownErrors().length > 0}>
          <ErrorSummary
            title={props.strings.errorSummaryTitle}
            items={shownErrors().map((error) => ({
              fieldId: fieldId(error.fact),
              message: errorMessage(error, props.strings),
            }))}
            ref={(element) => (summary = element)}
          />
        </Show>
        <Show when={ignored().answers.length > 0 || ignored().others > 0}>
          <div class="checker-note" data-checker-ignored>
            <For each={ignored().answers}>{(sentence) => <p>{sentence}</p>}</For>
            <Show when={ignored().others > 0}>
              <p>{fillTemplate(props.strings.ignoredOthers, { count: ignored().others })}</p>
            </Show>
          </div>
        </Show>
        <p class="checker-intro">{props.strings.intro}</p>
        <For each={questions()}>
          {(fact) => {
            const error = () => shownErrors().find((candidate) => candidate.fact === fact);
            return (
              <QuestionField
                fact={fact}
                input={factInputs[fact]}
                fieldId={fieldId(fact)}
                label={props.strings.questions[fact]}
                hint={props.strings.hints[fact]}
                options={factInputs[fact] === 'choice' ? options(fact) : []}
                value={values()[fact]}
                error={error() ? errorMessage(error()!, props.strings) : undefined}
                onChange={(text) => answer(fact, text)}
              />
            );
          }}
        </For>
        <div class="checker-actions">
          <button type="submit" class="checker-button">
            {props.strings.check}
          </button>
          <button type="button" class="checker-button checker-button--secondary" onClick={startAgain}>
            {props.strings.startAgain}
          </button>
        </div>
      </form>
      {/* The live region exists from the first render so that screen readers announce the verdict. */}
      <div class="checker-live" aria-live="polite">
        <Show when={verdict()}>
          {(reached) => (
            <VerdictResult
              action={action}
              verdict={reached()}
              answers={answers()}
              today={today()}
              locale={props.locale}
              window={props.window}
              strings={props.strings}
              verdictStrings={props.verdictStrings}
              nextSteps={props.nextSteps}
              headingRef={(element) => (resultHeading = element)}
            />
          )}
        </Show>
      </div>
    </div>
  );
}
