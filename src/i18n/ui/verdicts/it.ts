import type { VerdictStrings } from '../verdict-strings.ts';

export const it = {
  partnerOutcomes: {
    'self-service': 'È possibile aggiornare il partner in autonomia',
    'financial-transaction-only': 'È possibile cambiare partner solo durante una transazione finanziaria',
    'contact-support': 'Per cambiare partner, contattare il supporto',
    unavailable: 'Al momento non è possibile aggiornare le informazioni relative al partner',
  },
  seatOutcomes: {
    'self-service': 'È possibile aggiungere o ridurre postazioni in autonomia',
    'financial-transaction-only': 'È possibile modificare le postazioni solo durante una transazione finanziaria',
    'contact-support': 'Per modificare le postazioni, contattare il supporto',
    unavailable: 'Non è possibile aggiungere o ridurre postazioni in autonomia',
  },
  renewalOutcomes: {
    'self-service': 'È possibile attivare o disattivare il rinnovo automatico in autonomia',
    unavailable: 'Non è più possibile modificare in autonomia l’impostazione del rinnovo automatico',
  },
  reasons: {
    'subscription-id': 'L’abbonamento dispone di un ID abbonamento creato dal nuovo modello di acquisto.',
    'auto-renew': 'Per il contratto è impostato il rinnovo automatico.',
    'token-flex': 'Si dispone di un accordo commerciale aziendale che prevede l’utilizzo di Token Flex.',
    expired: 'Il contratto è scaduto da {days} giorni.',
    'expires-soon': 'Il contratto scade tra {days} giorni, quindi entro i prossimi {window}.',
    'change-only-one-partner': 'Sono presenti più partner e si desidera modificarne solo uno.',
    'not-contract-manager': 'Solo il Contract Manager può aggiungere o ridurre le postazioni.',
    'not-auto-renew': 'Le postazioni possono essere modificate solo per gli abbonamenti con rinnovo automatico.',
    'not-bought-online':
      'Le postazioni possono essere modificate solo per gli abbonamenti acquistati online da Autodesk.',
    'monthly-grace-period-over':
      'L’abbonamento mensile è scaduto ed è terminato il periodo dopo la scadenza in cui è ancora possibile modificarne il rinnovo automatico.',
    'annual-grace-period-over':
      'L’abbonamento annuale o pluriennale è scaduto ed è terminato il periodo dopo la scadenza in cui è ancora possibile modificarne il rinnovo automatico.',
  },
  nextStep: {
    followSteps: 'Seguire la procedura descritta in questo articolo.',
    procedure: 'Seguire la procedura descritta nell’articolo',
    support: 'Nessun articolo di questo sito descrive un modo per farlo in autonomia.',
    contactSupport: 'Contattare il supporto',
  },
  ruleLink: 'Leggi la regola',
  asOf: 'Aggiornato al {date}.',
  copyLink: 'Copia il link a questo risultato',
  linkCopied: 'Link copiato.',
  copyFailed: 'Impossibile copiare il link: copiare l’indirizzo dalla barra degli indirizzi.',
} as const satisfies VerdictStrings;
