import type { StaticFlowStrings } from '../static-flow-strings.ts';

export const it = {
  startLink: 'Verifica passo passo, una domanda per pagina',
  back: 'Indietro',
  expiresWithinWindow: 'Il contratto è già scaduto o scade entro i prossimi {window}?',
  partnerCountOptions: { one: 'Uno', several: 'Più di uno' },
  gracePeriodOver: 'L’abbonamento è scaduto da più di {window}?',
  subscriptionCountOptions: { 'up-to-limit': 'Fino a {limit}', 'over-limit': 'Più di {limit}' },
  checkAnswersTitle: 'Controllare le risposte',
  change: 'Modifica',
  changeHidden: 'la risposta a: {question}',
  changeIntro: 'Le altre risposte vengono mantenute se sono ancora valide.',
  currentAnswer: 'Risposta attuale',
  seeResult: 'Visualizza il risultato',
  changeAnswers: 'Modifica le risposte',
  startAgain: 'Ricomincia',
  windowReason: 'Il contratto è già scaduto o scade entro i prossimi {window}.',
} as const satisfies StaticFlowStrings;
