import type { StaticFlowStrings } from '../static-flow-strings.ts';

export const fr = {
  startLink: 'Vérifier étape par étape, une question par page',
  back: 'Retour',
  expiresWithinWindow: 'Votre contrat a-t-il expiré, ou expire-t-il dans les {window} ?',
  partnerCountOptions: { one: 'Un seul', several: 'Plusieurs' },
  gracePeriodOver: 'Votre abonnement a-t-il expiré il y a plus de {window} ?',
  subscriptionCountOptions: { 'up-to-limit': 'Jusqu’à {limit}', 'over-limit': 'Plus de {limit}' },
  checkAnswersTitle: 'Vérifiez vos réponses',
  change: 'Modifier',
  changeHidden: 'votre réponse à : {question}',
  changeIntro: 'Vos autres réponses sont conservées si elles s’appliquent toujours.',
  currentAnswer: 'Votre réponse actuelle',
  seeResult: 'Voir le résultat',
  changeAnswers: 'Modifier vos réponses',
  startAgain: 'Recommencer',
  windowReason: 'Votre contrat a expiré ou expire dans les {window}.',
} as const satisfies StaticFlowStrings;
