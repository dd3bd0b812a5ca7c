import { fillTemplate } from '../../i18n/ui/template.ts';
import { daysUntil } from '../../rules/dates.ts';
import { ruleForReason } from '../../rules/procedures/index.ts';
import { ruleAnchor } from '../../rules/rules.ts';
import { sampleExpirationDate } from '../../rules/samples/subscriptions.ts';
import type { ReasonCode, SampleSubscription, Verdict } from '../../rules/index.ts';
import type { NextStepText } from '../checker/next-step-text.ts';
import type { SimulatorText } from './text.ts';

/** A calendar date `YYYY-MM-DD` in the reader's language, read as a date (no time zone shift). */
export function formatDate(date: string, text: SimulatorText): string {
  return new Intl.DateTimeFormat(text.locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

/** A count in the reader's language. */
export function formatNumber(value: number, text: SimulatorText): string {
  return new Intl.NumberFormat(text.locale).format(value);
}

/** One reason of a verdict, in words: why, what to do instead, and where the article states the rule. */
export interface ReasonLine {
  readonly code: ReasonCode;
  readonly reason: string;
  readonly nextStep: NextStepText | undefined;
  readonly ruleHref: string;
}

/**
 * The verdict's reasons as sentences. The rules decide; this only fills the verdict strings'
 * `{days}` (counted from the reader's today) and `{window}` placeholders.
 */
export function reasonLines(
  verdict: Verdict,
  sample: SampleSubscription,
  today: string,
  text: SimulatorText,
): ReasonLine[] {
  const days = Math.abs(daysUntil(today, sampleExpirationDate(sample, today)));
  return verdict.reasons.map((code) => ({
    code,
    reason: fillTemplate(text.verdicts.reasons[code], { days: formatNumber(days, text), window: text.values.window }),
    nextStep: text.verdicts.nextSteps[code],
    ruleHref: `#${ruleAnchor(ruleForReason(code))}`,
  }));
}
