import type { WriterStrings } from '../writer-strings.ts';

export const en = {
  sidebar: { group: 'For writers', rules: 'Rules reference', status: 'Translation status' },
  rules: {
    title: 'Rules reference',
    description:
      'Every rule the articles state, with its value, its sentence in each language, its reasons and its examples.',
    intro:
      'Generated from the rules module: the same rules, values and example cases that the eligibility checker and the unit tests use. Each sentence links to the place in the article that states the rule.',
    article: 'Article',
    value: 'Current value',
    noValue: 'None',
    parameter: 'Parameter {id}',
    valueSource: 'Source',
    parametersHeading: 'Rule values',
    parametersIntro:
      'Each value the rules read (src/rules/parameters.ts), with its unit, what it means (in English) and the sentence that states it: the English sentence of the rule that src/rules/parameter-references.ts names, with the value filled in. npm run check:docs fails when that rule’s sentence, in any language, no longer prints the value through its placeholder, and, where the source articles are at hand, when the source no longer says it.',
    unit: 'unit: {unit}',
    meaning: 'Meaning (in English)',
    sourceSeed: 'From the English source article.',
    sourcePage: 'From Autodesk’s current public help: {page}.',
    sentences: 'Sentence in each language',
    reasons: 'Reason codes',
    noReasons: 'None: this rule explains, it does not decide.',
    cases: 'Example cases',
    noCases: 'No example case gives one of its reasons.',
    caseName: 'Case',
    verdict: 'Verdict',
    expiration: 'Expiration: {when}',
    allCases: 'All example cases',
    partnerCases: 'Changing the partner',
    seatCases: 'Adding or reducing seats',
    caseNamesNote: 'Case names are written in English, as in the tests.',
    nextStepsHeading: 'Next steps and their sources',
    nextStepsIntro:
      'What each verdict tells the reader to do, as the procedure registry (src/rules/procedures/) defines it. No next step is a sentence of ours: each is the sentence of a rule, a link to a procedure of this site, or, where no source offers a way out, a statement of that and a link to support. npm run check:docs fails on advice bound to nothing.',
    nextStepWhen: 'When',
    nextStep: 'What the verdict says',
    nextStepSource: 'Source',
    selfService: 'Nothing stands in the way',
    sourceRule: 'The sentence of the rule {id}',
    sourceProcedure: 'The article of the procedure {id}',
    sourceNone: 'None: no source offers a way out, so the verdict says so and links to support.',
    flowsHeading: 'The flows',
    flowsIntro:
      'Each procedure’s questions, answers and outcomes, drawn from the registry at build time as the no-JavaScript checker walks them.',
    flowAsText: 'The same flow as text',
    flowEdge: '{answer}: {next}',
    flowOutcome: 'Verdict: {outcome}',
  },
  status: {
    title: 'Translation status',
    description: 'Which translations are older than their English article, from the site’s git history.',
    intro:
      'A translation is outdated when its English article changed after the translation’s last change. Changes that only touch whitespace do not count. The dates in this table are when the site’s files last changed. The “Last updated” date at the foot of an article is another date: that of the Autodesk article whose content it follows.',
    skipMarker:
      'To keep a commit out of this table (a typo fix in English, a formatting pass), put {marker} in its message.',
    command: 'The same table in a terminal:',
    article: 'Article',
    englishChange: 'English file, last changed',
    upToDate: 'Up to date',
    outdatedSince: 'Outdated since {date}',
    missing: 'Missing',
    uncommitted: 'Not committed yet',
    summary: 'Translations to update: {count}',
    allUpToDate: 'Every translation is up to date.',
    ownTranslationsHeading: 'Account labels in our own words',
    ownTranslationsIntro:
      'Autodesk’s help gives these account-screen labels in English only. The translations below are ours: replace them with Autodesk’s own words once its localized help shows them (src/rules/terms.ts, ownTranslations).',
  },
} as const satisfies WriterStrings;
