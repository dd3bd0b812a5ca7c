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
  renewalOutcomes: {
    'self-service': 'Sie können die automatische Verlängerung selbst ein- oder ausschalten',
    unavailable: 'Sie können die Einstellung für die automatische Verlängerung nicht mehr selbst ändern',
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
    'monthly-grace-period-over':
      'Ihr Monatsabonnement ist abgelaufen, und die Frist nach dem Ablauf, in der sich seine automatische Verlängerung noch ändern lässt, ist vorbei.',
    'annual-grace-period-over':
      'Ihr Jahres- oder Mehrjahresabonnement ist abgelaufen, und die Frist nach dem Ablauf, in der sich seine automatische Verlängerung noch ändern lässt, ist vorbei.',
  },
  nextStep: {
    followSteps: 'Folgen Sie den Schritten in diesem Artikel.',
    procedure: 'Folgen Sie den Schritten im Artikel',
    support: 'Kein Artikel dieser Website beschreibt, wie Sie dies selbst tun können.',
    contactSupport: 'Support kontaktieren',
  },
  ruleLink: 'Regel lesen',
  asOf: 'Stand: {date}.',
  copyLink: 'Link zu diesem Ergebnis kopieren',
  linkCopied: 'Link kopiert.',
  copyFailed: 'Der Link konnte nicht kopiert werden: Kopieren Sie die Adresse aus der Adressleiste.',
} as const satisfies VerdictStrings;
