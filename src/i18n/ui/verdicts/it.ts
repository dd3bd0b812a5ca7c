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
  },
  nextSteps: {
    'subscription-id': 'Cambiare partner alla prossima transazione finanziaria, ad esempio un rinnovo o un acquisto.',
    'auto-renew': 'Contattare il supporto o il partner per cambiare il partner di un contratto con rinnovo automatico.',
    'token-flex': 'Contattare il supporto per l’accordo commerciale aziendale.',
    expired: 'Rinnovare il contratto e scegliere il partner al momento del rinnovo.',
    'expires-soon': 'Scegliere il nuovo partner al momento del rinnovo del contratto.',
    'change-only-one-partner':
      'Contattare il supporto: l’aggiornamento nell’account sostituisce le informazioni relative a tutti i partner.',
    'not-contract-manager': 'Chiedere al gestore del contratto di effettuare la modifica.',
    'not-auto-renew': 'Attivare il rinnovo automatico oppure contattare il partner o il supporto.',
    'not-bought-online': 'Contattare il partner da cui è stato acquistato l’abbonamento.',
  },
  selfServiceNextStep: {
    partner: 'Seguire la procedura descritta in “Come modificare il partner”.',
    seats: 'Seguire la procedura per aggiungere o ridurre postazioni.',
  },
  ruleLink: 'Leggi la regola',
} as const satisfies VerdictStrings;
