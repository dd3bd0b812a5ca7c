import type { CheckerStrings } from '../../i18n/ui/checker-strings.ts';
import type { VerdictStrings } from '../../i18n/ui/verdict-strings.ts';
import {
  procedureById,
  procedures,
  reachableFacts,
  reachableReasons,
  type Action,
  type FactName,
  type HeadlineSection,
  type Outcome,
  type ReasonCode,
} from '../../rules/index.ts';

/*
 * The checker's strings travel to the island as props, that is as HTML every reader of the article
 * downloads. The partner article's checker never asks who the contract manager is, the seats
 * article's never asks for a date: the words of questions and reasons an action can never show
 * are sent empty. Which ones those are comes from the rules module (`reachableFacts`,
 * `reachableReasons`), never from a list kept here; strings-for-action.test.ts and the checker's
 * fuzz test check that nothing the form can show is ever empty.
 */

/** `record` with the values of keys outside `keep` emptied: same shape, fewer bytes. */
function keepOnly<Key extends string>(
  record: Readonly<Record<Key, string>>,
  keep: ReadonlySet<Key>,
): Record<Key, string> {
  return Object.fromEntries(
    Object.entries(record).map(([key, value]) => [key, keep.has(key as Key) ? value : '']),
  ) as Record<Key, string>;
}

/** The checker's own words that `action` can show. */
export function checkerStringsFor(action: Action, strings: CheckerStrings): CheckerStrings {
  const facts = reachableFacts(action);
  const asks = (fact: FactName) => facts.has(fact);
  const blankUnless = (fact: FactName, text: string) => (asks(fact) ? text : '');
  return {
    ...strings,
    questions: keepOnly(strings.questions, facts),
    missing: keepOnly(strings.missing, facts),
    hints: Object.fromEntries(Object.entries(strings.hints).filter(([fact]) => asks(fact as FactName))),
    identifierOptions: asks('identifier') ? strings.identifierOptions : keepOnly(strings.identifierOptions, new Set()),
    invalidDate: blankUnless('expirationDate', strings.invalidDate),
    invalidPartnerCount: blankUnless('partnerCount', strings.invalidPartnerCount),
    termOptions: asks('term') ? strings.termOptions : keepOnly(strings.termOptions, new Set()),
    invalidSubscriptionCount: blankUnless('subscriptionCount', strings.invalidSubscriptionCount),
    dateReasons: asks('expirationDate') ? strings.dateReasons : keepOnly(strings.dateReasons, new Set()),
  };
}

/** The reasons `action` can give: the simulator's verdict words. */
export function reasonStringsFor(
  action: Action,
  strings: Pick<VerdictStrings, 'reasons'>,
): Pick<VerdictStrings, 'reasons'> {
  const reasons: ReadonlySet<ReasonCode> = reachableReasons(action);
  return { reasons: keepOnly(strings.reasons, reasons) };
}

/** The verdict sentences that `action` can show: its own headlines and next step, its reasons. */
export function verdictStringsFor(action: Action, strings: VerdictStrings): VerdictStrings {
  const { headlines, outcomes } = procedureById(action);
  // Every procedure's headlines keep their shape; only this procedure's outcomes keep their words.
  const emptied = Object.fromEntries(
    procedures.map(({ headlines: section }) => {
      const record = strings[section] as Readonly<Record<Outcome, string>>;
      return [section, keepOnly(record, new Set<Outcome>(section === headlines ? outcomes : []))];
    }),
  ) as unknown as Pick<VerdictStrings, HeadlineSection>;
  return {
    ...strings,
    ...reasonStringsFor(action, strings),
    ...emptied,
  };
}
