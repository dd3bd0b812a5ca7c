import type { CheckerStrings } from '../checker-strings.ts';

export const de = {
  intro: 'Beantworten Sie einige Fragen, um herauszufinden, ob Sie diese Änderung selbst vornehmen können.',
  questions: {
    identifier: 'Hat Ihr Abonnement eine Vertragsnummer oder eine Abonnement-ID?',
    autoRenew: 'Wird Ihr Vertrag automatisch verlängert?',
    tokenFlex: 'Haben Sie ein Enterprise Business Agreement mit Token Flex?',
    expirationDate: 'Wann läuft Ihr Vertrag ab?',
    partnerCount: 'Wie viele autorisierte Partner hat Ihr Abonnement?',
    changeOnlyOnePartner: 'Möchten Sie nur einen Ihrer Partner ändern?',
    contractManager: 'Sind Sie der Vertragsmanager dieses Abonnements?',
    boughtOnline: 'Haben Sie das Abonnement online bei Autodesk gekauft?',
    term: 'Ist Ihr Abonnement ein Monats-, Jahres- oder Mehrjahresabonnement?',
    subscriptionCount: 'Wie viele Abonnements möchten Sie ändern?',
  },
  hints: {
    identifier: 'Sie finden diese Angabe in Ihrem {account} unter {path}.',
    expirationDate: 'Ist das Datum bereits vergangen, geben Sie es trotzdem ein.',
  },
  yes: 'Ja',
  no: 'Nein',
  identifierOptions: {
    'contract-number': 'Eine Vertragsnummer',
    'subscription-id': 'Eine Abonnement-ID',
  },
  missing: {
    identifier: 'Wählen Sie aus, ob Ihr Abonnement eine Vertragsnummer oder eine Abonnement-ID hat',
    autoRenew: 'Wählen Sie aus, ob Ihr Vertrag automatisch verlängert wird',
    tokenFlex: 'Wählen Sie aus, ob Sie ein Enterprise Business Agreement mit Token Flex haben',
    expirationDate: 'Geben Sie das Ablaufdatum Ihres Vertrags ein',
    partnerCount: 'Geben Sie ein, wie viele autorisierte Partner Ihr Abonnement hat',
    changeOnlyOnePartner: 'Wählen Sie aus, ob Sie nur einen Ihrer Partner ändern möchten',
    contractManager: 'Wählen Sie aus, ob Sie der Vertragsmanager sind',
    boughtOnline: 'Wählen Sie aus, ob Sie das Abonnement online bei Autodesk gekauft haben',
    term: 'Wählen Sie aus, ob Ihr Abonnement ein Monats-, Jahres- oder Mehrjahresabonnement ist',
    subscriptionCount: 'Geben Sie an, wie viele Abonnements Sie ändern möchten',
  },
  invalidDate: 'Das Ablaufdatum muss ein gültiges Datum sein',
  invalidPartnerCount: 'Die Anzahl der Partner muss eine ganze Zahl ab 1 sein',
  termOptions: { monthly: 'Monatlich', annual: 'Jährlich', 'multi-year': 'Mehrjährig' },
  invalidSubscriptionCount: 'Die Anzahl der Abonnements muss eine ganze Zahl ab 1 sein',
  errorSummaryTitle: 'Es ist ein Problem aufgetreten',
  check: 'Prüfen',
  startAgain: 'Antworten löschen',
  ignoredAnswer:
    'Die Antwort des Links auf „{question}“ konnte nicht gelesen werden: Bitte beantworten Sie die Frage erneut.',
  ignoredImpossibleDate:
    'Die Antwort des Links auf „{question}“ konnte nicht verwendet werden: Den {date} gibt es nicht.',
  ignoredOthers: 'Angaben im Link, die diese Prüfung nicht verwendet, wurden ignoriert ({count}).',
  whyHeading: 'Begründung',
  nextStepsHeading: 'Was Sie tun können',
  dateReasons: {
    expiresToday: 'Ihr Vertrag läuft heute ab, also innerhalb der nächsten {window}.',
    expiresTomorrow: 'Ihr Vertrag läuft morgen ab, also innerhalb der nächsten {window}.',
    expiredYesterday: 'Ihr Vertrag ist seit gestern abgelaufen.',
  },
  regionLabel: 'Berechtigungsprüfung',
} as const satisfies CheckerStrings;
