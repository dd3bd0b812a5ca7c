/**
 * The parts of the rules module the island runs, imported from their own files.
 *
 * Why not `src/rules/index.ts`, the usual import path: the index also loads `facts.ts` and
 * `reasons.ts`, which build zod/mini schemas at load time. The bundler cannot prove those calls
 * free of side effects (the project's package.json does not declare `sideEffects`), so importing
 * the index would ship zod/mini to the browser: about 7 KB gzip, most of the island's budget.
 * These modules hold the same functions, free of zod. Types still come from the index.
 */
export { localCalendarDate, daysUntil } from '../../rules/dates.ts';
export { evaluate, questionsToAsk } from '../../rules/questions.ts';
export {
  formatFactValue,
  identifierValues,
  parseFactsQuery,
  parseFactValue,
  queryFactNames,
  toFactsQuery,
} from '../../rules/query.ts';
export { ruleAnchor, ruleForReason } from '../../rules/rules.ts';
