import type { WriterStrings } from '../writer-strings.ts';

export const it = {
  sidebar: { group: 'Per gli autori', rules: 'Elenco delle regole', status: 'Stato delle traduzioni' },
  rules: {
    title: 'Elenco delle regole',
    description:
      'Tutte le regole enunciate negli articoli, con il valore, la frase in ogni lingua, i motivi e gli esempi.',
    intro:
      'Generato dal modulo delle regole: le stesse regole, gli stessi valori e gli stessi casi di esempio usati dal verificatore di idoneità e dai test unitari. Ogni frase rimanda al punto dell’articolo che enuncia la regola.',
    article: 'Articolo',
    value: 'Valore attuale',
    noValue: 'Nessuno',
    parameter: 'Parametro {id}',
    valueSource: 'Fonte',
    parametersHeading: 'Valori delle regole',
    parametersIntro:
      'Ogni valore letto dalle regole (src/rules/parameters.ts), con la sua unità, il suo significato (in inglese) e la frase che lo enuncia: la frase inglese della regola indicata da src/rules/parameter-references.ts, con il valore inserito. npm run check:docs non riesce quando la frase di quella regola, in una qualsiasi lingua, non stampa più il valore tramite il suo segnaposto e, se gli articoli di origine sono disponibili, quando la fonte non lo dice più.',
    unit: 'unità: {unit}',
    meaning: 'Significato (in inglese)',
    sourceSeed: 'Dall’articolo di origine in inglese.',
    sourcePage: 'Dalla guida pubblica attuale di Autodesk: {page}.',
    sentences: 'Frase in ogni lingua',
    reasons: 'Codici dei motivi',
    noReasons: 'Nessuno: questa regola spiega, non decide.',
    cases: 'Casi di esempio',
    noCases: 'Nessun caso di esempio produce uno dei suoi motivi.',
    caseName: 'Caso',
    verdict: 'Esito',
    expiration: 'Scadenza: {when}',
    allCases: 'Tutti i casi di esempio',
    partnerCases: 'Cambiare il partner',
    seatCases: 'Aggiungere o ridurre postazioni',
    caseNamesNote: 'I nomi dei casi sono in inglese, come nei test.',
    nextStepsHeading: 'Passaggi successivi e relative fonti',
    nextStepsIntro:
      'Che cosa ogni verdetto indica di fare al lettore, come lo definisce il registro delle procedure (src/rules/procedures/). Nessun passaggio è una frase nostra: ognuno è la frase di una regola, un link a una procedura di questo sito o, dove nessuna fonte offre una soluzione, l’indicazione che non c’è e un link al supporto. npm run check:docs non riesce se un consiglio non è legato a nulla.',
    nextStepWhen: 'Quando',
    nextStep: 'Che cosa dice il verdetto',
    nextStepSource: 'Fonte',
    selfService: 'Nessun impedimento',
    sourceRule: 'La frase della regola {id}',
    sourceProcedure: 'L’articolo della procedura {id}',
    sourceNone: 'Nessuna: nessuna fonte offre una soluzione, quindi il verdetto lo dice e rimanda al supporto.',
    flowsHeading: 'I flussi',
    flowsIntro:
      'Domande, risposte ed esiti di ogni procedura, disegnati dal registro al momento della build, come li percorre la verifica senza JavaScript.',
    flowAsText: 'Lo stesso flusso come testo',
    flowEdge: '{answer}: {next}',
    flowOutcome: 'Verdetto: {outcome}',
  },
  status: {
    title: 'Stato delle traduzioni',
    description: 'Quali traduzioni sono più vecchie del loro articolo inglese, secondo la cronologia git del sito.',
    intro:
      'Una traduzione è da aggiornare quando il suo articolo inglese è cambiato dopo l’ultima modifica della traduzione. Le modifiche che riguardano solo gli spazi non contano. Le date di questa tabella indicano l’ultima modifica dei file del sito. La data “Ultimo aggiornamento” in fondo a un articolo è un’altra: quella dell’articolo Autodesk di cui segue il contenuto.',
    skipMarker:
      'Per escludere un commit da questa tabella (un refuso corretto in inglese, una formattazione), inserire {marker} nel messaggio.',
    command: 'La stessa tabella nel terminale:',
    article: 'Articolo',
    englishChange: 'File inglese, ultima modifica',
    upToDate: 'Aggiornata',
    outdatedSince: 'Da aggiornare dal {date}',
    missing: 'Mancante',
    uncommitted: 'Non ancora nel repository',
    summary: 'Traduzioni da aggiornare: {count}',
    allUpToDate: 'Tutte le traduzioni sono aggiornate.',
    ownTranslationsHeading: 'Etichette dell’account tradotte da noi',
    ownTranslationsIntro:
      'La guida di Autodesk riporta queste etichette delle schermate dell’account solo in inglese. Le traduzioni seguenti sono nostre: sostituirle con quelle di Autodesk quando la sua guida localizzata le riporterà (src/rules/terms.ts, ownTranslations).',
  },
} as const satisfies WriterStrings;
