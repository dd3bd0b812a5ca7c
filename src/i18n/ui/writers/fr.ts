import type { WriterStrings } from '../writer-strings.ts';

export const fr = {
  sidebar: { group: 'Pour les rédacteurs', rules: 'Référence des règles', status: 'État des traductions' },
  rules: {
    title: 'Référence des règles',
    description:
      'Toutes les règles énoncées par les articles, avec leur valeur, leur phrase dans chaque langue, leurs motifs et leurs exemples.',
    intro:
      'Généré à partir du module des règles : les mêmes règles, valeurs et cas d’exemple que ceux du vérificateur d’éligibilité et des tests unitaires. Chaque phrase renvoie à l’endroit de l’article qui énonce la règle.',
    article: 'Article',
    value: 'Valeur actuelle',
    noValue: 'Aucune',
    parameter: 'Paramètre {id}',
    valueSource: 'Source',
    parametersHeading: 'Valeurs des règles',
    parametersIntro:
      'Chaque valeur que lisent les règles (src/rules/parameters.ts), avec son unité, ce qu’elle signifie (en anglais) et la phrase qui l’énonce : la phrase anglaise de la règle que nomme src/rules/parameter-references.ts, la valeur insérée. npm run check:docs échoue lorsque la phrase de cette règle, dans une langue quelconque, n’imprime plus la valeur par son espace réservé et, si les articles sources sont disponibles, lorsque la source ne la dit plus.',
    unit: 'unité : {unit}',
    meaning: 'Signification (en anglais)',
    sourceSeed: 'Tirée de l’article source anglais.',
    sourcePage: 'Tirée de l’aide publique actuelle d’Autodesk : {page}.',
    sentences: 'Phrase dans chaque langue',
    reasons: 'Codes de motif',
    noReasons: 'Aucun : cette règle explique, elle ne décide pas.',
    cases: 'Cas d’exemple',
    noCases: 'Aucun cas d’exemple ne donne l’un de ses motifs.',
    caseName: 'Cas',
    verdict: 'Verdict',
    expiration: 'Expiration : {when}',
    allCases: 'Tous les cas d’exemple',
    partnerCases: 'Changer de partenaire',
    seatCases: 'Ajouter ou réduire des postes',
    caseNamesNote: 'Les noms des cas sont rédigés en anglais, comme dans les tests.',
    nextStepsHeading: 'Étapes suivantes et leurs sources',
    nextStepsIntro:
      'Ce que chaque verdict indique au lecteur de faire, tel que le définit le registre des procédures (src/rules/procedures/). Aucune étape n’est une phrase de notre cru : chacune est la phrase d’une règle, un lien vers une procédure de ce site ou, lorsqu’aucune source n’offre d’issue, le constat qu’il n’y en a pas et un lien vers l’assistance. npm run check:docs échoue sur un conseil rattaché à rien.',
    nextStepWhen: 'Quand',
    nextStep: 'Ce que dit le verdict',
    nextStepSource: 'Source',
    selfService: 'Rien ne s’y oppose',
    sourceRule: 'La phrase de la règle {id}',
    sourceProcedure: 'L’article de la procédure {id}',
    sourceNone: 'Aucune : aucune source n’offre d’issue, le verdict le dit et renvoie vers l’assistance.',
    flowsHeading: 'Les parcours',
    flowsIntro:
      'Les questions, réponses et résultats de chaque procédure, dessinés depuis le registre au moment de la compilation, tels que les parcourt la vérification sans JavaScript.',
    flowAsText: 'Le même parcours en texte',
    flowEdge: '{answer} : {next}',
    flowOutcome: 'Verdict : {outcome}',
  },
  status: {
    title: 'État des traductions',
    description: 'Quelles traductions sont plus anciennes que leur article anglais, d’après l’historique git du site.',
    intro:
      'Une traduction est à mettre à jour quand son article anglais a changé après la dernière modification de la traduction. Les modifications qui ne touchent que les espaces ne comptent pas. Les dates de ce tableau sont celles de la dernière modification des fichiers du site. La date « Dernière mise à jour » en bas d’un article en est une autre : celle de l’article Autodesk dont il suit le contenu.',
    skipMarker:
      'Pour exclure un commit de ce tableau (une coquille corrigée en anglais, une mise en forme), mettez {marker} dans son message.',
    command: 'Le même tableau dans un terminal :',
    article: 'Article',
    englishChange: 'Fichier anglais, dernière modification',
    upToDate: 'À jour',
    outdatedSince: 'À mettre à jour depuis le {date}',
    missing: 'Manquante',
    uncommitted: 'Pas encore dans le dépôt',
    summary: 'Traductions à mettre à jour : {count}',
    allUpToDate: 'Toutes les traductions sont à jour.',
    ownTranslationsHeading: 'Libellés du compte traduits par nos soins',
    ownTranslationsIntro:
      'L’aide d’Autodesk ne donne ces libellés des écrans du compte qu’en anglais. Les traductions ci-dessous sont les nôtres : remplacez-les par celles d’Autodesk dès que son aide localisée les indiquera (src/rules/terms.ts, ownTranslations).',
  },
} as const satisfies WriterStrings;
