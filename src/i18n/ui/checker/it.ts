import type { CheckerStrings } from '../checker-strings.ts';

export const it = {
  intro: 'Rispondere ad alcune domande per sapere se è possibile eseguire l’operazione in autonomia.',
  questions: {
    identifier: 'L’abbonamento dispone di un numero di contratto o di un ID abbonamento?',
    autoRenew: 'Per il contratto è impostato il rinnovo automatico?',
    tokenFlex: 'Si dispone di un accordo commerciale aziendale che prevede l’utilizzo di Token Flex?',
    expirationDate: 'Qual è la data di scadenza del contratto?',
    partnerCount: 'Quanti partner autorizzati sono associati all’abbonamento?',
    changeOnlyOnePartner: 'Si desidera modificare solo uno dei partner?',
    contractManager: 'Si è il gestore del contratto di questo abbonamento?',
    boughtOnline: 'L’abbonamento è stato acquistato online da Autodesk?',
  },
  hints: {
    identifier: 'L’informazione è disponibile in {path} nel proprio {account}.',
    expirationDate: 'Se la data è già passata, inserirla comunque.',
  },
  yes: 'Sì',
  no: 'No',
  identifierOptions: {
    'contract-number': 'Un numero di contratto',
    'subscription-id': 'Un ID abbonamento',
  },
  missing: {
    identifier: 'Indicare se l’abbonamento dispone di un numero di contratto o di un ID abbonamento',
    autoRenew: 'Indicare se per il contratto è impostato il rinnovo automatico',
    tokenFlex: 'Indicare se si dispone di un accordo commerciale aziendale con Token Flex',
    expirationDate: 'Inserire la data di scadenza del contratto',
    partnerCount: 'Inserire il numero di partner autorizzati associati all’abbonamento',
    changeOnlyOnePartner: 'Indicare se si desidera modificare solo uno dei partner',
    contractManager: 'Indicare se si è il gestore del contratto',
    boughtOnline: 'Indicare se l’abbonamento è stato acquistato online da Autodesk',
  },
  invalidDate: 'La data di scadenza deve essere una data esistente',
  invalidPartnerCount: 'Il numero di partner deve essere un numero intero pari o superiore a 1',
  errorSummaryTitle: 'Si è verificato un problema',
  check: 'Verifica',
  startAgain: 'Cancella le risposte',
  ignoredParameters: 'Alcuni dati del link non sono stati riconosciuti e sono stati ignorati: {names}.',
  whyHeading: 'Motivo',
  nextStepsHeading: 'Cosa è possibile fare',
  dateReasons: {
    expiresToday: 'Il contratto scade oggi, quindi entro i prossimi {window}.',
    expiresTomorrow: 'Il contratto scade domani, quindi entro i prossimi {window}.',
    expiredYesterday: 'Il contratto è scaduto ieri.',
  },
  regionLabel: 'Verifica dell’idoneità',
} as const satisfies CheckerStrings;
