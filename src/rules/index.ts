/**
 * The rules module's public API: the import path for pages, scripts and tests.
 * Pure TypeScript + zod/mini; nothing here imports Astro or Solid.
 *
 * Islands import the module they need (`rules/query.ts`, `rules/flows/partner.machine.ts`...)
 * instead: the bundler puts every module this file reaches into a chunk that all islands share,
 * so through it the partner article would download the seats simulator's machine and samples.
 * Types may still come from here (they vanish from the bundle).
 */
export {
  subscriptionFacts,
  partialSubscriptionFacts,
  calendarDate,
  identifier,
  identifierValues,
  termValues,
  term as termFact,
  factNames,
} from './facts.ts';
export type { SubscriptionFacts, PartialSubscriptionFacts, FactName } from './facts.ts';
export { reasonCode, reasonCodes, outcome } from './reasons.ts';
export type { ReasonCode, Outcome, Verdict } from './reasons.ts';
export { checkPartnerUpdate, evaluatePartnerUpdate } from './partner.ts';
export { checkSeatChange, evaluateSeatChange } from './seats.ts';
export { checkAutoRenewChange, evaluateAutoRenewChange } from './automatic-renewal.ts';
export { evaluate, nextQuestion, questionsToAsk } from './questions.ts';
export type { Action } from './questions.ts';
export type { Evaluation } from './evaluation.ts';
export { parameters, parameterValue } from './parameters.ts';
export type { Parameter, ParameterId } from './parameters.ts';
export { parameterReferences } from './parameter-references.ts';
export type { ParameterReference, ParameterDocumentation } from './parameter-references.ts';
export { rules, ruleAnchor, articleSlugs } from './rules.ts';
export {
  procedures,
  procedureIds,
  procedureById,
  procedureWithSimulator,
  isProcedureId,
  reasonDefinition,
  ruleForReason,
} from './procedures/index.ts';
export type {
  ProcedureId,
  RegisteredProcedure,
  Procedure,
  NextStep,
  ExampleCase,
  ReasonDefinition,
  HeadlineSection,
  StaticQuestionDefinition,
} from './procedures/index.ts';
export type { RuleId, ArticleSlug } from './rules.ts';
export { terms, termPaths, term, termPath, ownTranslations, isOwnTranslation } from './terms.ts';
export type { TermId, TermPathId } from './terms.ts';
export {
  addDays,
  daysUntil,
  isCalendarDate,
  localCalendarDate,
  parseCalendarDate,
  toEpochDay,
  fromEpochDay,
} from './dates.ts';
export type { CalendarDate } from './dates.ts';
export { partnerCases, seatCases, renewalCases, eligibleContract, seatCaseFacts } from './cases/index.ts';
export type { PartnerCase, SeatCase, RenewalCase } from './cases/index.ts';
export * as partnerFlow from './flows/partner.machine.ts';
export type { PartnerState, PartnerEvent, PartnerScreen, CsnError } from './flows/partner.machine.ts';
export * as seatFlow from './flows/seats.machine.ts';
export type { SeatState, SeatEvent, SeatScreen, SeatPath, SeatError } from './flows/seats.machine.ts';
export {
  partnerSamples,
  seatSamples,
  sampleFacts,
  sampleExpirationDate,
  newPartner,
  partnerDirectory,
  findPartner,
  paymentMethods,
} from './samples/index.ts';
export type { SampleSubscription, SamplePartner, PaymentMethodId } from './samples/index.ts';
export { reachableFacts, reachableReasons, reachableNextSteps } from './reachable.ts';
export { nextStepKey, nextStepsOf } from './procedures/next-steps.ts';
export { parseFactsQuery, toFactsQuery, parseFactValue, formatFactValue, isFactName } from './query.ts';
export type { ParsedFactsQuery } from './query.ts';
export {
  staticToday,
  staticOptions,
  staticQuestionOf,
  staticQuestionNamed,
  staticQuestionFor,
  factOfStaticQuestion,
  staticStep,
  staticFlowPaths,
  staticPagePath,
  nextStaticPagePath,
  continueChange,
  changedAnswerPath,
  staticChangePagePath,
  isStaticChangePagePath,
  answersPath,
  factsOfAnswers,
  mergeDateReasons,
  ruleReasonOf,
  ruleVerdictOf,
} from './static-flow.ts';
export type {
  StaticQuestion,
  StaticOption,
  StaticAnswer,
  StaticReason,
  StaticVerdict,
  StaticStep,
  StaticPage,
  StaticPageKind,
  StaticChangeStep,
} from './static-flow.ts';
