import type { WriterStrings } from '../writer-strings.ts';

export const de = {
  sidebar: { group: 'Für Redakteure', rules: 'Regelreferenz', status: 'Übersetzungsstand' },
  rules: {
    title: 'Regelreferenz',
    description:
      'Alle Regeln, die die Artikel nennen, mit ihrem Wert, ihrem Satz in jeder Sprache, ihren Gründen und ihren Beispielen.',
    intro:
      'Aus dem Regelmodul erzeugt: dieselben Regeln, Werte und Beispielfälle, die die Berechtigungsprüfung und die Unit-Tests verwenden. Jeder Satz verweist auf die Stelle im Artikel, die die Regel nennt.',
    article: 'Artikel',
    value: 'Aktueller Wert',
    noValue: 'Keiner',
    parameter: 'Parameter {id}',
    valueSource: 'Quelle',
    parametersHeading: 'Regelwerte',
    parametersIntro:
      'Jeder Wert, den die Regeln lesen (src/rules/parameters.ts), mit seiner Einheit, seiner Bedeutung (auf Englisch) und dem Satz, der ihn nennt: dem englischen Satz der Regel, die src/rules/parameter-references.ts angibt, mit eingesetztem Wert. npm run check:docs schlägt fehl, wenn der Satz dieser Regel in einer Sprache den Wert nicht mehr über seinen Platzhalter ausgibt, und, wenn die Quellartikel vorliegen, wenn die Quelle ihn nicht mehr nennt.',
    unit: 'Einheit: {unit}',
    meaning: 'Bedeutung (auf Englisch)',
    sourceSeed: 'Aus dem englischen Quellartikel.',
    sourcePage: 'Aus der aktuellen öffentlichen Hilfe von Autodesk: {page}.',
    sentences: 'Satz in jeder Sprache',
    reasons: 'Begründungscodes',
    noReasons: 'Keine: Diese Regel erklärt, sie entscheidet nicht.',
    cases: 'Beispielfälle',
    noCases: 'Kein Beispielfall ergibt einen ihrer Gründe.',
    caseName: 'Fall',
    verdict: 'Ergebnis',
    expiration: 'Ablauf: {when}',
    allCases: 'Alle Beispielfälle',
    partnerCases: 'Partner ändern',
    seatCases: 'Lizenzplätze hinzufügen oder reduzieren',
    caseNamesNote: 'Die Namen der Fälle sind wie in den Tests auf Englisch.',
    nextStepsHeading: 'Nächste Schritte und ihre Quellen',
    nextStepsIntro:
      'Was jedes Ergebnis den Lesenden zu tun rät, wie es das Verfahrensregister (src/rules/procedures/) festlegt. Kein Schritt ist ein eigener Satz: Jeder ist der Satz einer Regel, ein Link zu einem Verfahren dieser Website oder, wo keine Quelle einen Ausweg nennt, der Hinweis darauf und ein Link zum Support. npm run check:docs schlägt bei Ratschlägen ohne Quelle fehl.',
    nextStepWhen: 'Wann',
    nextStep: 'Was das Ergebnis sagt',
    nextStepSource: 'Quelle',
    selfService: 'Nichts steht im Weg',
    sourceRule: 'Der Satz der Regel {id}',
    sourceProcedure: 'Der Artikel des Verfahrens {id}',
    sourceNone: 'Keine: Keine Quelle nennt einen Ausweg, daher sagt das Ergebnis dies und verweist auf den Support.',
    flowsHeading: 'Die Abläufe',
    flowsIntro:
      'Fragen, Antworten und Ergebnisse jedes Verfahrens, beim Build aus dem Register gezeichnet, so wie die Prüfung ohne JavaScript sie durchläuft.',
    flowAsText: 'Derselbe Ablauf als Text',
    flowEdge: '{answer}: {next}',
    flowOutcome: 'Ergebnis: {outcome}',
  },
  status: {
    title: 'Übersetzungsstand',
    description: 'Welche Übersetzungen älter sind als ihr englischer Artikel, laut Git-Verlauf der Website.',
    intro:
      'Eine Übersetzung ist veraltet, wenn sich ihr englischer Artikel nach der letzten Änderung der Übersetzung geändert hat. Änderungen, die nur Leerraum betreffen, zählen nicht. Die Daten in dieser Tabelle geben an, wann sich die Dateien der Website zuletzt geändert haben. Das Datum „Zuletzt aktualisiert“ am Ende eines Artikels ist ein anderes: das des Autodesk-Artikels, dessen Inhalt er folgt.',
    skipMarker:
      'Um einen Commit aus dieser Tabelle herauszuhalten (ein Tippfehler im Englischen, eine Formatierung), schreiben Sie {marker} in seine Nachricht.',
    command: 'Dieselbe Tabelle im Terminal:',
    article: 'Artikel',
    englishChange: 'Englische Datei, letzte Änderung',
    upToDate: 'Aktuell',
    outdatedSince: 'Veraltet seit {date}',
    missing: 'Fehlt',
    uncommitted: 'Noch nicht im Repository',
    summary: 'Zu aktualisierende Übersetzungen: {count}',
    allUpToDate: 'Alle Übersetzungen sind aktuell.',
    ownTranslationsHeading: 'Kontobezeichnungen in eigener Übersetzung',
    ownTranslationsIntro:
      'Die Autodesk-Hilfe nennt diese Bezeichnungen der Kontoseiten nur auf Englisch. Die folgenden Übersetzungen stammen von uns: Ersetzen Sie sie durch die Wörter von Autodesk, sobald die lokalisierte Hilfe sie zeigt (src/rules/terms.ts, ownTranslations).',
  },
} as const satisfies WriterStrings;
