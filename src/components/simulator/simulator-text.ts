import { formatParameter } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locales.ts';
import { simulatorStrings } from '../../i18n/ui/simulator/index.ts';
import { verdictStrings } from '../../i18n/ui/verdicts/index.ts';
import {
  parameters,
  procedureWithSimulator,
  reachableReasons,
  reasonDefinition,
  terms,
  type TermId,
} from '../../rules/index.ts';
import { nextStepText } from '../checker/next-step-text.ts';
import { reasonStringsFor } from '../checker/strings-for-action.ts';
import type { SimulatorFlow, SimulatorText } from './text.ts';

/**
 * Everything a flow's island writes, in one locale: what `AccountSimulator.astro` passes as the
 * island's prop, and what the component tests render it with, so both see the same words.
 */
export function simulatorTextFor<Flow extends SimulatorFlow>(
  flow: Flow,
  locale: Locale,
  /** An article's title in `locale`, for next steps that link to another procedure (the slug if not given). */
  title: (slug: string) => string = (slug) => slug,
): SimulatorText<Flow> {
  const { partner, seats, ...sharedStrings } = simulatorStrings[locale];
  const flowStrings = { partner, seats }[flow];
  const flowProcedure = procedureWithSimulator(flow)!;
  // Only the reasons this flow's decision can give: the words travel as props, in the HTML.
  const { ruleLink } = verdictStrings[locale];
  const { reasons } = reasonStringsFor(flowProcedure.id, verdictStrings[locale]);
  const context = { locale, article: flowProcedure.article, title };
  const nextSteps = Object.fromEntries(
    [...reachableReasons(flowProcedure.id)].map((reason) => [
      reason,
      nextStepText(reasonDefinition(reason).nextStep, context),
    ]),
  );
  return {
    locale,
    strings: { ...sharedStrings, [flow]: flowStrings } as SimulatorText<Flow>['strings'],
    terms: Object.fromEntries(Object.entries(terms).map(([id, labels]) => [id, labels[locale]])) as Record<
      TermId,
      string
    >,
    verdicts: { reasons, nextSteps, ruleLink },
    values: {
      window: formatParameter(parameters['expiration-window'], locale),
      delay: formatParameter(parameters['partner-update-delay'], locale),
      minimum: formatParameter(parameters['minimum-seats'], locale),
    },
  };
}
