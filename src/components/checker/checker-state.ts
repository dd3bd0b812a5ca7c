/**
 * The checker's form state as plain functions, tested without a DOM (checker-state.test.ts).
 *
 * The form keeps what the user typed as text (`FormValues`); everything else is derived: the
 * answers the rules can read, the questions to show, the verdict and the validation errors. No
 * condition of the rules lives here: the order of questions and the verdict come from the rules
 * module, so the island cannot disagree with the articles.
 */
import { daysUntil } from '../../rules/dates.ts';
import { identifierValues, factNames, termValues } from '../../rules/facts.ts';
import { formatFactValue, parseFactValue } from '../../rules/query.ts';
import { procedureById } from '../../rules/procedures/index.ts';
import { nextStepKey, nextStepsOf } from '../../rules/procedures/next-steps.ts';
import { evaluate, questionsToAsk } from '../../rules/questions.ts';
import type { Action, FactName, Outcome, PartialSubscriptionFacts, ReasonCode, Verdict } from '../../rules/index.ts';
import type { CheckerStrings } from '../../i18n/ui/checker-strings.ts';
import type { VerdictStrings } from '../../i18n/ui/verdict-strings.ts';
import { fillTemplate } from '../../i18n/ui/template.ts';
import type { NextStepText } from './next-step-text.ts';

/** What the user typed or chose, per fact, as text: `"true"`, `"2027-03-01"`, `"3"`. */
export type FormValues = Readonly<Partial<Record<FactName, string>>>;

/**
 * Stored instead of the text when the browser holds input it cannot turn into a value (a
 * half-typed date, letters in a number field: `validity.badInput`). It is neither empty nor a
 * value, so validation says "not a real date" rather than "enter a date".
 */
export const unreadableInput = 'unreadable';

/** How a fact is asked: radios, a date input or a number input. Presentation only, no rule. */
export type FactInput = 'choice' | 'date' | 'count';

/** The input of each fact. */
export const factInputs: Readonly<Record<FactName, FactInput>> = {
  identifier: 'choice',
  autoRenew: 'choice',
  tokenFlex: 'choice',
  expirationDate: 'date',
  partnerCount: 'count',
  changeOnlyOnePartner: 'choice',
  contractManager: 'choice',
  boughtOnline: 'choice',
  term: 'choice',
  subscriptionCount: 'count',
};

/** The values of the facts that are choices other than yes or no, in display order (the facts schema's). */
const choiceFacts: Readonly<Partial<Record<FactName, readonly string[]>>> = {
  identifier: identifierValues,
  term: termValues,
};

/** The values a choice question offers, in display order (the rules module's identifiers). */
export function choiceValues(fact: FactName): readonly string[] {
  return choiceFacts[fact] ?? ['true', 'false'];
}

/** The label of a choice's value in the checker's words: yes, no, or the fact's own options. */
export function choiceLabel(fact: FactName, value: string, strings: CheckerStrings): string {
  const labels: Readonly<Partial<Record<FactName, Readonly<Record<string, string>>>>> = {
    identifier: strings.identifierOptions,
    term: strings.termOptions,
  };
  return labels[fact]?.[value] ?? (value === 'true' ? strings.yes : strings.no);
}

/** Every value the user gave that is a valid value of its fact, whether or not it is still asked. */
export function answersFrom(values: FormValues): PartialSubscriptionFacts {
  const answers: Partial<Record<FactName, unknown>> = {};
  for (const fact of factNames) {
    const text = values[fact];
    const value = text === undefined ? undefined : parseFactValue(fact, text);
    if (value !== undefined) answers[fact] = value;
  }
  return answers as PartialSubscriptionFacts;
}

/**
 * The questions to show, in order, for the values given so far.
 * @param today the user's own calendar date, `YYYY-MM-DD`
 */
export function questionsFor(action: Action, values: FormValues, today: string): FactName[] {
  return questionsToAsk(action, answersFrom(values), today);
}

/**
 * The answers that count: those of the questions still shown. An answer to a question that an
 * earlier answer made irrelevant is kept in the form (so switching back restores it) but dropped
 * from the verdict and the URL.
 */
export function currentAnswers(action: Action, values: FormValues, today: string): PartialSubscriptionFacts {
  const answers = answersFrom(values);
  const shown = questionsToAsk(action, answers, today);
  return Object.fromEntries(
    shown.filter((fact) => answers[fact] !== undefined).map((fact) => [fact, answers[fact]]),
  ) as PartialSubscriptionFacts;
}

/** The verdict once every question that matters has a valid answer, otherwise `undefined`. */
export function verdictFor(action: Action, values: FormValues, today: string): Verdict | undefined {
  const evaluation = evaluate(action, currentAnswers(action, values, today), today);
  return evaluation.status === 'decided' ? evaluation.verdict : undefined;
}

/** The form values that show `facts` (e.g. read from a shared link). */
export function formValuesFrom(facts: PartialSubscriptionFacts): FormValues {
  const values: Partial<Record<FactName, string>> = {};
  for (const fact of factNames) {
    if (facts[fact] !== undefined) values[fact] = formatFactValue(facts[fact]);
  }
  return values;
}

/** Why a shown question cannot be read. */
export type FieldErrorCode = 'missing' | 'invalid-date' | 'invalid-partner-count' | 'invalid-subscription-count';

/** One validation error, tied to the question it concerns. */
export interface FieldError {
  readonly fact: FactName;
  readonly code: FieldErrorCode;
}

/** The error code of a value that is not empty but not valid either. */
const invalidCodes: Readonly<Partial<Record<FactName, FieldErrorCode>>> = {
  expirationDate: 'invalid-date',
  partnerCount: 'invalid-partner-count',
  subscriptionCount: 'invalid-subscription-count',
};

/**
 * Validation on submit: every shown question must have a valid answer. Because questions appear
 * one after the other, at most the last shown one fails; the list shape stays for the summary.
 */
export function validate(action: Action, values: FormValues, today: string): FieldError[] {
  const errors: FieldError[] = [];
  for (const fact of questionsFor(action, values, today)) {
    const text = values[fact]?.trim() ?? '';
    if (parseFactValue(fact, text) !== undefined) continue;
    errors.push({ fact, code: text === '' ? 'missing' : (invalidCodes[fact] ?? 'missing') });
  }
  return errors;
}

/** The message of an error, from the project's own strings (never a zod message). */
export function errorMessage(error: FieldError, strings: CheckerStrings): string {
  switch (error.code) {
    case 'invalid-date':
      return strings.invalidDate;
    case 'invalid-partner-count':
      return strings.invalidPartnerCount;
    case 'invalid-subscription-count':
      return strings.invalidSubscriptionCount;
    default:
      return strings.missing[error.fact];
  }
}

/** A reason in plain words; date reasons say how many days remain or have passed. */
export function reasonText(
  reason: ReasonCode,
  answers: PartialSubscriptionFacts,
  today: string,
  text: { verdict: VerdictStrings; checker: CheckerStrings; window: string; locale: string },
): string {
  const template = text.verdict.reasons[reason];
  if ((reason !== 'expired' && reason !== 'expires-soon') || answers.expirationDate === undefined) return template;
  const days = daysUntil(today, answers.expirationDate);
  const { dateReasons } = text.checker;
  // "in 1 days" and "0 days" read badly in every language: these three get their own sentence.
  const special = days === 0 ? dateReasons.expiresToday : days === 1 ? dateReasons.expiresTomorrow : undefined;
  const sentence = days === -1 ? dateReasons.expiredYesterday : (special ?? template);
  return fillTemplate(sentence, {
    days: new Intl.NumberFormat(text.locale).format(Math.abs(days)),
    window: text.window,
  });
}

/**
 * What to do next, in words: the procedure's next step per reason (in reason order, without
 * repeats), or its self-service steps for these answers; `texts` holds them by `nextStepKey`.
 */
export function nextSteps(
  action: Action,
  verdict: Verdict,
  answers: PartialSubscriptionFacts,
  texts: Readonly<Record<string, NextStepText>>,
): NextStepText[] {
  return nextStepsOf(action, verdict, answers).flatMap((step) => {
    const text = texts[nextStepKey(step)];
    return text ? [text] : [];
  });
}

/** The headline of a verdict for this action, from the dictionary section its procedure names. */
export function outcomeHeadline(action: Action, verdict: Verdict, strings: VerdictStrings): string {
  return headlinesOf(action, strings)[verdict.outcome] ?? '';
}

/** The headlines of `action`'s outcomes, as its procedure's dictionary section holds them. */
export function headlinesOf(action: Action, strings: VerdictStrings): Readonly<Partial<Record<Outcome, string>>> {
  return strings[procedureById(action).headlines];
}
