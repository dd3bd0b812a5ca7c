import type { SimulatorStrings } from '../simulator-strings.ts';

export const de = {
  regionLabel: 'Kontosimulator',
  intro: 'Üben Sie die Schritte an Beispielabonnements. Hier wird kein echtes Konto geändert.',
  stepOf: 'Schritt {step} von {total}',
  stepOnly: 'Schritt {step}',
  seatPaths: { add: 'Arbeitsplätze hinzufügen', remove: 'Arbeitsplätze reduzieren' },
  back: 'Zurück',
  restart: 'Simulation neu starten',
  tryThisStep: 'Diesen Schritt ausprobieren',
  sample: 'Beispiel',
  unavailableBecause: 'Nicht verfügbar:',
  actionUnavailable: 'Diese Aktion ist für dieses Abonnement nicht verfügbar.',
  navigation: {
    heading: 'Anmelden und Abonnements öffnen',
    signedIn: 'Sie sind bei Ihrem {account} unter {site} angemeldet (Simulation).',
    instruction: 'Öffnen Sie das Menü und wählen Sie die Seite der Abonnements.',
  },
  subscriptions: { instruction: 'Wählen Sie ein Abonnement aus.' },
  details: {
    instruction: {
      partner: 'Öffnen Sie das Menü Aktionen.',
      seats: 'Die Schaltflächen unter der Anzahl der Arbeitsplätze ändern sie.',
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
      unknown: 'Kein Partner hat diese Kontonummer. Prüfen Sie die Nummer mit Ihrem neuen Partner.',
    },
    confirmHeading: 'Partner bestätigen',
    confirmInstruction: 'Prüfen Sie, ob dies Ihr neuer Partner ist.',
    reviewHeading: 'Aktualisierungen überprüfen',
    reviewChange: 'Von {current} zu {new}',
    replacesAllWarning:
      'Dieses Abonnement hat {count} Partner. Beim Senden werden alle durch {partner} ersetzt. Um nur einen zu ändern, wenden Sie sich stattdessen an den Support.',
    confirmationHeading: 'Aktualisierung angefordert',
    confirmationText: '{partner} wird der Partner dieses Abonnements.',
    delayNotice:
      'Es kann mindestens {delay} dauern, bis die Aktualisierungen in den Vertragsdetails Ihres Kontos angezeigt werden.',
    closedHeading: 'Alle acht Schritte erledigt',
    closedText: 'Das Bestätigungsfenster ist geschlossen. Beginnen Sie neu, um ein anderes Abonnement auszuprobieren.',
  },
  seats: {
    newCountLabel: 'Anzahl der Arbeitsplätze',
    currentCount: 'Derzeit: {count}',
    errors: {
      'not-a-number': 'Geben Sie eine ganze Zahl von Arbeitsplätzen ein.',
      'too-many': 'Geben Sie höchstens {maximum} Lizenzplätze ein.',
      'not-more': 'Um Arbeitsplätze hinzuzufügen, geben Sie mehr als die aktuelle Anzahl ein.',
      'not-fewer': 'Um Arbeitsplätze zu reduzieren, geben Sie weniger als die aktuelle Anzahl ein.',
      'below-minimum': 'Ein Abonnement behält mindestens {minimum}.',
    },
    atMinimum:
      'Dieses Abonnement hat {minimum}, das Minimum, das es behalten kann: Es gibt keinen Arbeitsplatz zu entfernen.',
    paymentHeading: 'Zahlungsmethode',
    paymentNote:
      'Belastet wird die Kreditkarte, mit der das Abonnement ursprünglich gekauft wurde. Um eine andere Zahlungsmethode zu verwenden, fügen Sie sie zuerst hinzu und speichern Sie sie.',
    originalCard: '{card} (für den Kauf verwendet)',
    newCard: '{card} (jetzt hinzugefügt)',
    reviewHeading: 'Änderungen überprüfen',
    reviewSummary: 'Arbeitsplätze von {from} auf {to}, belastet auf {method}.',
    orderedHeading: 'Bestellung abgesendet',
    orderedText: 'Ihr Abonnement hat jetzt {count} Arbeitsplätze.',
    reducedHeading: 'Reduzierung gespeichert',
    reducedText:
      'Arbeitsplätze von {from} auf {to}. Die neue Anzahl und der niedrigere Preis werden bei der Verlängerung des Abonnements am {date} übernommen.',
  },
} as const satisfies SimulatorStrings;
