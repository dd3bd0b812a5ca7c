import { supportContactUrl } from '../../config/support.ts';
import { localePrefix, type Locale } from '../../i18n/locales.ts';
import { ruleSentence } from '../../i18n/rule-sentence.ts';
import { verdictStrings } from '../../i18n/ui/verdicts/index.ts';
import {
  nextStepKey,
  procedureById,
  reachableNextSteps,
  ruleAnchor,
  rules,
  type Action,
  type NextStep,
} from '../../rules/index.ts';

/*
 * A next step as a reader sees it. The words come from a source or from the site's own links,
 * never from a sentence of ours that states what to do: a rule's sentence is the article's own
 * (src/rules/sources.ts), a procedure is a link to its article, and where no source offers a way
 * out the text says so and links to support. Built on the server; islands get them as props.
 */

/** A next step in words: a lead, and a link that follows it. */
export interface NextStepText {
  readonly lead: string;
  readonly link?: { readonly href: string; readonly text: string };
}

/** Where the next step is shown, which decides how its links are written. */
export interface NextStepContext {
  readonly locale: Locale;
  /** The article the page is, if it is one: links into it stay on the page (keeping the checker's answers). */
  readonly article?: string;
  /** An article's title in the page's language. */
  readonly title: (slug: string) => string;
}

/** One next step in the page's language. */
export function nextStepText(step: NextStep, context: NextStepContext): NextStepText {
  const strings = verdictStrings[context.locale];
  const prefix = localePrefix(context.locale);
  if (step.kind === 'rule') {
    const { article } = rules[step.rule];
    const anchor = `#${ruleAnchor(step.rule)}`;
    return {
      lead: ruleSentence(step.rule, context.locale),
      link: { href: article === context.article ? anchor : `${prefix}${article}/${anchor}`, text: strings.ruleLink },
    };
  }
  if (step.kind === 'procedure') {
    const { article } = procedureById(step.procedure as Action);
    if (article === context.article) return { lead: strings.nextStep.followSteps };
    return { lead: strings.nextStep.procedure, link: { href: `${prefix}${article}/`, text: context.title(article) } };
  }
  return { lead: strings.nextStep.support, link: { href: supportContactUrl, text: strings.nextStep.contactSupport } };
}

/** Every next step `action`'s verdicts can give, in words, by `nextStepKey`: what an island is sent. */
export function nextStepTextsFor(action: Action, context: NextStepContext): Record<string, NextStepText> {
  return Object.fromEntries(reachableNextSteps(action).map((step) => [nextStepKey(step), nextStepText(step, context)]));
}
