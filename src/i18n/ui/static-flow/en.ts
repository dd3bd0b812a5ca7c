import type { StaticFlowStrings } from '../static-flow-strings.ts';

export const en = {
  startLink: 'Check step by step, one question per page',
  back: 'Back',
  expiresWithinWindow: 'Has your contract expired, or does it expire within {window}?',
  partnerCountOptions: { one: 'One', several: 'More than one' },
  gracePeriodOver: 'Did your subscription expire more than {window} ago?',
  subscriptionCountOptions: { 'up-to-limit': 'Up to {limit}', 'over-limit': 'More than {limit}' },
  checkAnswersTitle: 'Check your answers',
  change: 'Change',
  changeHidden: 'your answer to: {question}',
  changeIntro: 'Your other answers are kept where they still apply.',
  currentAnswer: 'Your current answer',
  seeResult: 'See the result',
  changeAnswers: 'Change your answers',
  startAgain: 'Start again',
  windowReason: 'Your contract has expired or expires within {window}.',
} as const satisfies StaticFlowStrings;
