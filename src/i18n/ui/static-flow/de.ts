import type { StaticFlowStrings } from '../static-flow-strings.ts';

export const de = {
  startLink: 'Schritt für Schritt prüfen, eine Frage pro Seite',
  back: 'Zurück',
  expiresWithinWindow: 'Ist Ihr Vertrag abgelaufen oder läuft er innerhalb der nächsten {window} ab?',
  partnerCountOptions: { one: 'Einen', several: 'Mehr als einen' },
  gracePeriodOver: 'Liegt der Ablauf Ihres Abonnements mehr als {window} zurück?',
  subscriptionCountOptions: { 'up-to-limit': 'Bis zu {limit}', 'over-limit': 'Mehr als {limit}' },
  checkAnswersTitle: 'Überprüfen Sie Ihre Antworten',
  change: 'Ändern',
  changeHidden: '– Antwort auf die Frage: {question}',
  changeIntro: 'Ihre anderen Antworten bleiben erhalten, soweit sie weiterhin zutreffen.',
  currentAnswer: 'Ihre aktuelle Antwort',
  seeResult: 'Ergebnis anzeigen',
  changeAnswers: 'Antworten ändern',
  startAgain: 'Neu beginnen',
  windowReason: 'Ihr Vertrag ist abgelaufen oder läuft innerhalb der nächsten {window} ab.',
} as const satisfies StaticFlowStrings;
