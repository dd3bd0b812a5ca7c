import type { SimulatorStrings } from '../simulator-strings.ts';

export const de = {
  regionLabel: 'Kontosimulator',
  intro: 'Üben Sie die Schritte an Beispielabonnements. Hier wird kein echtes Konto geändert.',
  stepOf: 'Schritt {step} von {total}',
  stepOnly: 'Schritt {step}',
  seatPaths: { add: 'Lizenzplätze hinzufügen', remove: 'Anzahl der Lizenzplätze reduzieren' },
  back: 'Zurück',
  restart: 'Simulation neu starten',
  tryThisStep: 'Diesen Schritt ausprobieren',
  sample: 'Beispiel',
  unavailableBecause: 'Nicht verfügbar:',
  actionUnavailable: 'Diese Aktion ist für dieses Abonnement nicht verfügbar.',
  navigation: {
    heading: 'Anmelden und Abonnements öffnen',
    signedIn: 'Sie sind bei Ihrem {account} unter {site} angemeldet (Simulation).',
    instruction: 'Öffnen Sie das Menü und wählen Sie die Seite mit Ihren Abonnements.',
  },
  subscriptions: { instruction: 'Wählen Sie ein Abonnement aus.' },
  details: {
    instruction: {
      partner: 'Öffnen Sie das Menü Aktionen.',
      seats: 'Verwenden Sie die Schaltflächen unter der Anzahl der Lizenzplätze, um diese zu ändern.',
    },
    partners: 'Partner',
    noPartner: 'Keiner (online gekauft)',
  },
  partner: {
    accountNumberHeading: 'Kontonummer des neuen Partners erhalten',
    accountNumberText: '{partner} hat Ihnen seine Kontonummer (CSN) gesendet. Notieren Sie sie für Schritt 5:',
    accountNumberContinue: 'Ich habe die Nummer',
    findHeading: 'Neuen Partner suchen',
    findHint: 'Beispielnummer: {csn}. Probieren Sie auch eine falsche aus.',
    csnErrors: {
      malformed: 'Eine Kontonummer (CSN) hat 10 Ziffern. Prüfen Sie Ihre Eingabe und versuchen Sie es erneut.',
      unknown: 'Zu dieser Kontonummer wurde kein Partner gefunden. Klären Sie die Nummer mit Ihrem neuen Partner.',
    },
    confirmHeading: 'Partner bestätigen',
    confirmInstruction: 'Prüfen Sie, ob dies Ihr neuer Partner ist.',
    reviewHeading: 'Aktualisierungen überprüfen',
    reviewChange: 'Wechsel von {current} zu {new}',
    replacesAllWarning:
      'Dieses Abonnement hat {count} Partner. Beim Senden werden alle durch {partner} ersetzt. Um nur einen zu ändern, wenden Sie sich stattdessen an den Support.',
    confirmationHeading: 'Aktualisierung angefordert',
    confirmationText: '{partner} wird der Partner dieses Abonnements.',
    delayNotice:
      'Es kann mindestens {delay} dauern, bis die Aktualisierungen in den Vertragsdetails Ihres Kontos angezeigt werden.',
    closedHeading: 'Alle acht Schritte erledigt',
    closedText:
      'Das Bestätigungsfenster ist geschlossen. Starten Sie die Simulation neu, um ein anderes Abonnement auszuprobieren.',
  },
  seats: {
    newCountLabel: 'Anzahl der Lizenzplätze',
    currentCount: 'Derzeit: {count}',
    errors: {
      'not-a-number': 'Geben Sie die Anzahl der Lizenzplätze als ganze Zahl ein.',
      'too-many': 'Geben Sie höchstens {maximum} Lizenzplätze ein.',
      'not-more': 'Um Lizenzplätze hinzuzufügen, geben Sie mehr als die aktuelle Anzahl ein.',
      'not-fewer': 'Um Lizenzplätze zu reduzieren, geben Sie weniger als die aktuelle Anzahl ein.',
      // {minimum} is nominative ("ein Lizenzplatz"), see src/i18n/format.ts.
      'below-minimum': 'Mindestens {minimum} muss im Abonnement bleiben.',
    },
    atMinimum:
      'In diesem Abonnement ist nur {minimum} enthalten, das Minimum: Es gibt keinen Lizenzplatz, der entfernt werden kann.',
    paymentHeading: 'Zahlungsmethode',
    paymentNote:
      'Belastet wird die Kreditkarte, mit der das Abonnement ursprünglich gekauft wurde. Um eine andere Zahlungsmethode zu verwenden, fügen Sie sie zuerst hinzu und speichern Sie sie.',
    originalCard: '{card} (für den Kauf verwendet)',
    newCard: '{card} (jetzt hinzugefügt)',
    reviewHeading: 'Änderungen überprüfen',
    reviewSummary: 'Lizenzplätze von {from} auf {to}, abgerechnet über {method}.',
    orderedHeading: 'Bestellung abgesendet',
    orderedText: 'Ihr Abonnement hat jetzt {count} Lizenzplätze.',
    reducedHeading: 'Reduzierung gespeichert',
    reducedText:
      'Lizenzplätze von {from} auf {to}. Die neue Anzahl und der niedrigere Preis treten bei der Verlängerung des Abonnements am {date} in Kraft.',
  },
} as const satisfies SimulatorStrings;
