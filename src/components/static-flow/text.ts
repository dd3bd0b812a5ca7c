import { formatParameter } from '../../i18n/format.ts';
import { localePrefix, type Locale } from '../../i18n/locales.ts';
import { checkerStrings } from '../../i18n/ui/checker/index.ts';
import { staticFlowStrings } from '../../i18n/ui/static-flow/index.ts';
import { fillTemplate } from '../../i18n/ui/template.ts';
import {
  parameters,
  staticPagePath,
  type Action,
  type ArticleSlug,
  type StaticAnswer,
  type StaticPageKind,
  type StaticQuestion,
} from '../../rules/index.ts';

/** The article that explains each action: the flow starts from it and its first back link returns to it. */
export const actionArticles: Record<Action, ArticleSlug> = {
  partner: 'update-authorized-partner-information',
  seats: 'add-or-reduce-seats',
};

/** The URL of a page of the flow in a locale: `/it/check/partner/auto-renew=no/`. */
export function staticFlowUrl(
  locale: Locale,
  action: Action,
  kind: StaticPageKind,
  answers: readonly StaticAnswer[],
): string {
  return `${localePrefix(locale)}check/${staticPagePath(action, kind, answers)}`;
}

/** The text of a question of the static flow in a locale. */
export function staticQuestionText(locale: Locale, question: StaticQuestion): string {
  if (question === 'expiresWithinWindow') {
    return fillTemplate(staticFlowStrings[locale].expiresWithinWindow, {
      window: formatParameter(parameters['expiration-window'], locale),
    });
  }
  return checkerStrings[locale].questions[question];
}

/** The text of an answer (an option's slug) in a locale. */
export function staticOptionText(locale: Locale, question: StaticQuestion, option: string): string {
  const checker = checkerStrings[locale];
  if (question === 'identifier') return checker.identifierOptions[option as keyof typeof checker.identifierOptions];
  if (question === 'partnerCount') {
    return staticFlowStrings[locale].partnerCountOptions[option as 'one' | 'several'];
  }
  return option === 'yes' ? checker.yes : checker.no;
}
