import { createSignal, For, Show } from 'solid-js';
import { fillTemplate } from '../../i18n/ui/template.ts';
import { ruleForReason } from '../../rules/procedures/index.ts';
import { ruleAnchor } from '../../rules/rules.ts';
import type { Action, PartialSubscriptionFacts, Verdict } from '../../rules/index.ts';
import type { CheckerStrings } from '../../i18n/ui/checker-strings.ts';
import type { VerdictStrings } from '../../i18n/ui/verdict-strings.ts';
import { nextSteps, outcomeHeadline, reasonText } from './checker-state.ts';
import type { NextStepText } from './next-step-text.ts';

/** Props of the verdict. */
export interface VerdictResultProps {
  readonly action: Action;
  readonly verdict: Verdict;
  readonly answers: PartialSubscriptionFacts;
  readonly today: string;
  readonly locale: string;
  readonly window: string;
  readonly strings: CheckerStrings;
  readonly verdictStrings: VerdictStrings;
  /** The next steps the procedure can give, in words, by `nextStepKey`. */
  readonly nextSteps: Readonly<Record<string, NextStepText>>;
  /** Receives the headline, which takes focus after a successful submit. */
  readonly headingRef: (element: HTMLHeadingElement) => void;
}

/** A calendar date (`2026-12-01`) as the page's language writes it: "1 December 2026". */
function longDate(date: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

/**
 * The verdict: the outcome as a headline, every reason in plain words linked to the sentence of
 * the article that states its rule, and what to do instead. `data-outcome` and `data-reasons`
 * expose the codes to tests and analytics.
 */
export function VerdictResult(props: VerdictResultProps) {
  // What the copy button last did, announced in its live region.
  const [copyState, setCopyState] = createSignal<'idle' | 'copied' | 'failed'>('idle');
  const copyLink = () => {
    // The address bar holds exactly the answers that count (CheckerRoot keeps it so).
    (
      navigator.clipboard?.writeText(window.location.href.replace(/#.*$/, '')) ??
      Promise.reject(new Error('no clipboard'))
    )
      .then(() => setCopyState('copied'))
      .catch(() => setCopyState('failed'));
  };
  const text = () => ({
    verdict: props.verdictStrings,
    checker: props.strings,
    window: props.window,
    locale: props.locale,
  });
  return (
    <div
      class="checker-result"
      classList={{ 'checker-result--positive': props.verdict.outcome === 'self-service' }}
      data-outcome={props.verdict.outcome}
      data-reasons={props.verdict.reasons.join(' ')}
    >
      <h3 class="checker-result-title" tabindex="-1" ref={props.headingRef}>
        {outcomeHeadline(props.action, props.verdict, props.verdictStrings)}
      </h3>
      <p class="checker-as-of" data-as-of={props.today}>
        {fillTemplate(props.verdictStrings.asOf, { date: longDate(props.today, props.locale) })}
      </p>
      <Show when={props.verdict.reasons.length > 0}>
        <h4>{props.strings.whyHeading}</h4>
        <ul>
          <For each={props.verdict.reasons}>
            {(reason) => (
              <li data-reason={reason}>
                {reasonText(reason, props.answers, props.today, text())}{' '}
                <a href={`#${ruleAnchor(ruleForReason(reason))}`}>{props.verdictStrings.ruleLink}</a>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <h4>{props.strings.nextStepsHeading}</h4>
      <ul>
        <For each={nextSteps(props.action, props.verdict, props.answers, props.nextSteps)}>
          {(step) => (
            <li>
              {step.lead}
              <Show when={step.link}>
                {(link) => (
                  <>
                    {' '}
                    <a href={link().href}>{link().text}</a>
                  </>
                )}
              </Show>
            </li>
          )}
        </For>
      </ul>
      <div class="checker-share">
        <button type="button" class="checker-button checker-button--secondary" onClick={copyLink} data-copy-link>
          {props.verdictStrings.copyLink}
        </button>
        <span role="status" class="checker-share-status" data-copy-status>
          {copyState() === 'copied'
            ? props.verdictStrings.linkCopied
            : copyState() === 'failed'
              ? props.verdictStrings.copyFailed
              : ''}
        </span>
      </div>
    </div>
  );
}
