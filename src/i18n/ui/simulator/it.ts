import type { SimulatorStrings } from '../simulator-strings.ts';

export const it = {
  regionLabel: 'Simulatore dell’account',
  intro:
    'Esercitarsi con i passaggi su abbonamenti di esempio. Le operazioni eseguite qui non modificano alcun account reale.',
  stepOf: 'Passaggio {step} di {total}',
  stepOnly: 'Passaggio {step}',
  seatPaths: { add: 'Aggiungere postazioni', remove: 'Ridurre le postazioni' },
  back: 'Indietro',
  restart: 'Ricomincia la simulazione',
  tryThisStep: 'Prova questo passaggio',
  sample: 'Esempio',
  unavailableBecause: 'Non disponibile:',
  actionUnavailable: 'Questa azione non è disponibile per questo abbonamento.',
  navigation: {
    heading: 'Accedere e aprire gli abbonamenti',
    signedIn: 'Accesso eseguito ad {account} all’indirizzo {site} (simulazione).',
    instruction: 'Aprire il menu e scegliere la pagina degli abbonamenti.',
  },
  subscriptions: { instruction: 'Selezionare un abbonamento.' },
  details: {
    instruction: {
      partner: 'Aprire il menu Azioni.',
      seats: 'Utilizzare i pulsanti sotto il numero di postazioni per modificarlo.',
    },
    partners: 'Partner',
    noPartner: 'Nessuno (acquisto online)',
  },
  partner: {
    accountNumberHeading: 'Ottenere il numero di account del nuovo partner',
    accountNumberText: '{partner} ha inviato il proprio numero di account (CSN). Annotarlo per il passaggio 5:',
    accountNumberContinue: 'Ho il numero',
    findHeading: 'Trovare il nuovo partner',
    findHint: 'Numero di esempio: {csn}. Provare anche un numero errato.',
    csnErrors: {
      malformed: 'Il numero di account (CSN) è composto da 10 cifre. Controllare il numero inserito e riprovare.',
      unknown: 'Nessun partner corrisponde a questo numero di account. Verificare il numero con il nuovo partner.',
    },
    confirmHeading: 'Confermare il partner',
    confirmInstruction: 'Verificare che si tratti del nuovo partner.',
    reviewHeading: 'Verificare gli aggiornamenti',
    reviewChange: 'Da {current} a {new}',
    replacesAllWarning:
      'A questo abbonamento sono associati {count} partner. Con l’invio verranno sostituiti tutti da {partner}. Per modificarne solo uno, contattare il supporto.',
    confirmationHeading: 'Aggiornamento richiesto',
    confirmationText: '{partner} sarà il partner di questo abbonamento.',
    delayNotice:
      'Potrebbe essere necessaria almeno {delay} prima che gli aggiornamenti vengano visualizzati nei dettagli del contratto dell’account.',
    closedHeading: 'Tutti e otto i passaggi completati',
    closedText: 'La finestra di conferma è chiusa. Ricominciare per provare un altro abbonamento.',
  },
  seats: {
    newCountLabel: 'Numero di postazioni',
    currentCount: 'Attuali: {count}',
    errors: {
      'not-a-number': 'Inserire un numero intero di postazioni.',
      'too-many': 'Inserire al massimo {maximum} postazioni.',
      'not-more': 'Per aggiungere postazioni, inserire un numero superiore a quello attuale.',
      'not-fewer': 'Per ridurre le postazioni, inserire un numero inferiore a quello attuale.',
      'below-minimum': 'Un abbonamento deve avere almeno {minimum}.',
    },
    atMinimum: 'Questo abbonamento ha solo {minimum}, il minimo consentito: non ci sono postazioni da rimuovere.',
    paymentHeading: 'Metodo di pagamento',
    paymentNote:
      'L’importo viene addebitato sulla carta di credito utilizzata originariamente per l’acquisto. Per utilizzare un metodo di pagamento diverso, aggiungerlo e salvarlo prima di procedere.',
    originalCard: '{card} (utilizzata per l’acquisto)',
    newCard: '{card} (appena aggiunta)',
    reviewHeading: 'Controllare le modifiche',
    reviewSummary: 'Postazioni: da {from} a {to}, con addebito su {method}.',
    orderedHeading: 'Ordine inviato',
    orderedText: 'Ora l’abbonamento ha {count} postazioni.',
    reducedHeading: 'Riduzione salvata',
    reducedText:
      'Postazioni da {from} a {to}. Il nuovo numero di postazioni e il prezzo ridotto verranno applicati al rinnovo dell’abbonamento, il {date}.',
  },
} as const satisfies SimulatorStrings;
