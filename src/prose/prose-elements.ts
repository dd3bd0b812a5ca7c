import { knownProseId } from '../components/prose-ids.ts';
import { formatParameter } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import {
  parameters,
  ruleAnchor,
  term,
  termPath,
  type ParameterId,
  type RuleId,
  type TermId,
  type TermPathId,
} from '../rules/index.ts';

/**
 * The element a prose component prints: always a `<span>`, with these attributes (in this order)
 * and, for a component that prints a value, its text. A component that wraps the writer's words
 * (`<Rule>`) has no text of its own.
 */
export interface ProseElement {
  readonly attributes: Readonly<Record<string, string>>;
  readonly text?: string;
}

/** Where a prose element is printed: the page's language, and its file for error messages. */
export interface ProsePage {
  readonly locale: Locale;
  /** The page's file as writers know it (`src/content/docs/it/x.mdx`). */
  readonly page: string;
}

/** An account-UI label (`id`) or a menu path (`path`, its steps joined by " > "), from the rules module's terms. */
export function uiTermElement(props: Record<string, unknown>, { locale, page }: ProsePage): ProseElement {
  const labels =
    props['path'] === undefined
      ? [term(knownProseId<TermId>('UiTerm', props['id'], page), locale)]
      : termPath(knownProseId<TermPathId>('UiTermPath', props['path'], page), locale);
  return {
    attributes: { class: 'ui-term', 'data-term': String(props['id'] ?? props['path']) },
    text: labels.join(' > '),
  };
}

/** A rule value, in words (`format="unit"`, the default) or as a bare number (`format="number"`), from the rules module's parameters. */
export function ruleValueElement(props: Record<string, unknown>, { locale, page }: ProsePage): ProseElement {
  const id = knownProseId<ParameterId>('RuleValue', props['id'], page);
  const format = props['format'] === 'number' ? 'number' : 'unit';
  return {
    attributes: { class: 'rule-value', 'data-rule-value': id },
    text: formatParameter(parameters[id], locale, format),
  };
}

/** The sentence that states a rule, with the anchor `#rule-<id>` the checker links each reason to. */
export function ruleElement(props: Record<string, unknown>, { page }: ProsePage): ProseElement {
  const id = knownProseId<RuleId>('Rule', props['id'], page);
  return { attributes: { id: ruleAnchor(id), class: 'rule-sentence', 'data-rule': id } };
}

/** The prose components whose element is known from their attributes and the page alone, by tag name. */
export const proseElements = {
  UiTerm: uiTermElement,
  RuleValue: ruleValueElement,
  Rule: ruleElement,
} as const satisfies Record<string, (props: Record<string, unknown>, page: ProsePage) => ProseElement>;
