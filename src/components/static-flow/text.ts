import { formatParameter } from '../../i18n/format.ts';
import { localePrefix, type Locale } from '../../i18n/locales.ts';
import { checkerStrings } from '../../i18n/ui/checker/index.ts';
import { staticFlowStrings } from '../../i18n/ui/static-flow/index.ts';
import { fillTemplate } from '../../i18n/ui/template.ts';
import {
  factsOfAnswers,
  parameters,
  procedureById,
  changedAnswerPath,
  staticChangePagePath,
  staticPagePath,
  staticQuestionNamed,
  type Action,
  type StaticAnswer,
  type StaticPageKind,
  type PartialSubscriptionFacts,
  type StaticQuestion,
  type StaticQuestionDefinition,
} from '../../rules/index.ts';

/** The URL of a page of the flow in a locale: `/it/check/partner/auto-renew=no/`. */
export function staticFlowUrl(
  locale: Locale,
  action: Action,
  kind: Exclude<StaticPageKind, 'change'>,
  answers: readonly StaticAnswer[],
): string {
  return `${localePrefix(locale)}check/${staticPagePath(action, kind, answers)}`;
}

/** The URL of the page that asks `question` again while changing a complete list of answers (after `kept`), in a locale. */
export function staticChangeUrl(
  locale: Locale,
  action: Action,
  answers: readonly StaticAnswer[],
  kept: readonly StaticAnswer[],
  question: StaticQuestion,
): string {
  return `${localePrefix(locale)}check/${staticChangePagePath(action, answers, kept, question)}`;
}

/** Where choosing `option` on a change page leads, in a locale (see `continueChange`). */
export function changedAnswerUrl(
  locale: Locale,
  action: Action,
  page: Parameters<typeof changedAnswerPath>[1],
  option: string,
): string {
  return `${localePrefix(locale)}check/${changedAnswerPath(action, page, option)}`;
}

/** The URL of the article that explains `action`, in a locale: the flow starts from it and returns to it. */
export function procedureArticleUrl(locale: Locale, action: Action): string {
  return `${localePrefix(locale)}${procedureById(action).article}/`;
}

/** A dictionary as a record of its keys, for the keys a procedure module names. */
const byKey = (dictionary: object) => dictionary as Readonly<Record<string, unknown>>;

/**
 * The text of a question of the static flow in a locale. A question that asks a fact as it is
 * reads like the checker's; one that asks something else has its own sentence in the flow's
 * dictionary (the key its procedure names), with the rule values it names filled in for the
 * answers given before it.
 */
export function staticQuestionText(
  locale: Locale,
  action: Action,
  question: StaticQuestion,
  answersBefore: readonly StaticAnswer[],
): string {
  const { fact, definition } = staticQuestionNamed(action, question);
  if (definition.text === undefined) return checkerStrings[locale].questions[fact];
  const sentence = byKey(staticFlowStrings[locale])[definition.text];
  if (typeof sentence !== 'string') throw new RangeError(`No static-flow sentence "${definition.text}" in ${locale}.`);
  return fillTemplate(sentence, ruleValues(locale, definition, factsOfAnswers(action, answersBefore)));
}

/** The rule values a question's words name (`{window}`, `{limit}`), as prose prints them, for the answers given before it. */
function ruleValues(
  locale: Locale,
  definition: StaticQuestionDefinition,
  facts: PartialSubscriptionFacts,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(definition.values?.(facts) ?? {}).map(([name, id]) => [
      name,
      formatParameter(parameters[id], locale),
    ]),
  );
}

/** The text of an answer (an option's slug) in a locale: yes, no, or the label its procedure points to. */
export function staticOptionText(locale: Locale, action: Action, question: StaticQuestion, option: string): string {
  const checker = checkerStrings[locale];
  const { definition } = staticQuestionNamed(action, question);
  if (definition.optionLabels === undefined) return option === 'yes' ? checker.yes : checker.no;
  const { dictionary, key } = definition.optionLabels;
  const labels = byKey(dictionary === 'checker' ? checker : staticFlowStrings[locale])[key] as
    Readonly<Record<string, string>> | undefined;
  const label = labels?.[option];
  if (label === undefined) throw new RangeError(`No label for the answer "${option}" of ${question} in ${locale}.`);
  return fillTemplate(label, ruleValues(locale, definition, {}));
}
