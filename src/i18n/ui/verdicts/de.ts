import type { VerdictStrings } from '../verdict-strings.ts';

export const de = {
  partnerOutcomes: {
    'self-service': 'Sie können Ihren Partner selbst aktualisieren',
    'financial-transaction-only': 'Sie können Ihren Partner nur während einer Finanztransaktion ändern',
    'contact-support': 'Wenden Sie sich an den Support, um Ihren Partner zu ändern',
    unavailable: 'Sie können die Partnerinformationen derzeit nicht ändern',
  },
  seatOutcomes: {
    'self-service': 'Sie können selbst Lizenzplätze hinzufügen oder reduzieren',
    'financial-transaction-only': 'Sie können Lizenzplätze nur während einer Finanztransaktion ändern',
    'contact-support': 'Wenden Sie sich an den Support, um Lizenzplätze zu ändern',
    unavailable: 'Sie können nicht selbst Lizenzplätze hinzufügen oder reduzieren',
  },
  reasons: {
    'subscription-id': 'Ihr Abonnement hat eine Abonnement-ID, die im Rahmen des neuen Kaufprozesses erstellt wurde.',
    'auto-renew': 'Ihr Vertrag wird automatisch verlängert.',
    'token-flex': 'Sie haben ein Enterprise Business Agreement mit Token Flex.',
    expired: 'Ihr Vertrag ist seit {days} Tagen abgelaufen.',
    'expires-soon': 'Ihr Vertrag läuft in {days} Tagen ab, also innerhalb der nächsten {window}.',
    'change-only-one-partner': 'Sie haben mehrere Partner und möchten nur einen davon ändern.',
    'not-contract-manager': 'Nur der Vertragsmanager kann Lizenzplätze hinzufügen oder reduzieren.',
    'not-auto-renew': 'Lizenzplätze können nur bei Abonnements mit automatischer Verlängerung geändert werden.',
    'not-bought-online':
      'Lizenzplätze können nur bei Abonnements geändert werden, die online bei Autodesk gekauft wurden.',
  },
  nextSteps: {
    'subscription-id':
      'Ändern Sie Ihren Partner bei der nächsten Finanztransaktion, etwa einer Verlängerung oder einem Kauf.',
    'auto-renew':
      'Wenden Sie sich an den Support oder Ihren Partner, um den Partner eines automatisch verlängerten Vertrags zu ändern.',
    'token-flex': 'Wenden Sie sich wegen Ihres Enterprise Business Agreements an den Support.',
    expired: 'Verlängern Sie Ihren Vertrag und wählen Sie Ihren Partner bei der Verlängerung.',
    'expires-soon': 'Wählen Sie Ihren neuen Partner bei der Verlängerung des Vertrags.',
    'change-only-one-partner':
      'Wenden Sie sich an den Support: Eine Aktualisierung in Ihrem Konto ersetzt sämtliche Partnerinformationen.',
    'not-contract-manager': 'Bitten Sie Ihren Vertragsmanager, die Änderung vorzunehmen.',
    'not-auto-renew':
      'Aktivieren Sie die automatische Verlängerung oder wenden Sie sich an Ihren Partner oder den Support.',
    'not-bought-online': 'Wenden Sie sich an den Partner, bei dem Sie das Abonnement gekauft haben.',
  },
  selfServiceNextStep: {
    partner: 'Folgen Sie den Schritten unter „So ändern Sie Ihren Partner“.',
    seats: 'Folgen Sie den Schritten zum Hinzufügen oder Reduzieren von Lizenzplätzen.',
  },
  ruleLink: 'Regel lesen',
} as const satisfies VerdictStrings;
