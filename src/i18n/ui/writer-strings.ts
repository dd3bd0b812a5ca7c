/**
 * The chrome of the writers' pages (the rules reference and the translation status), in one
 * language. Placeholders in braces are filled by `fillTemplate`.
 */
export interface WriterStrings {
  /** The sidebar group and its two links. */
  readonly sidebar: { readonly group: string; readonly rules: string; readonly status: string };
  readonly rules: {
    readonly title: string;
    readonly description: string;
    /** Opening paragraph: where the page's data comes from. */
    readonly intro: string;
    readonly article: string;
    readonly value: string;
    /** When a rule uses no rule value. */
    readonly noValue: string;
    /** Names the parameter behind a value: `{id}`. */
    readonly parameter: string;
    /** Introduces the sentence that states a parameter's value (the English sentence of its rule). */
    readonly valueSource: string;
    /** Heading of the section that lists every rule value. */
    readonly parametersHeading: string;
    /** What that section shows and what checks it. */
    readonly parametersIntro: string;
    /** A value's unit as `parameters.ts` names it: `{unit}` (`day`, `hour`, `seat`...). */
    readonly unit: string;
    /** Introduces what a value means (written in English). */
    readonly meaning: string;
    /** Where the sentence comes from when it is the English source article's. */
    readonly sourceSeed: string;
    /** Where the sentence comes from when it is Autodesk's current public help: `{page}`. */
    readonly sourcePage: string;
    readonly sentences: string;
    readonly reasons: string;
    /** When a rule produces no reason code. */
    readonly noReasons: string;
    readonly cases: string;
    /** When no named case produces one of the rule's reasons. */
    readonly noCases: string;
    readonly caseName: string;
    readonly verdict: string;
    /** When a partner case's contract expires, relative to its `today`: `{when}` ("in 90 days", "yesterday"). */
    readonly expiration: string;
    /** Heading of the list of every named case. */
    readonly allCases: string;
    readonly partnerCases: string;
    readonly seatCases: string;
    /** Case names are data in English, shared with the tests. */
    readonly caseNamesNote: string;
    /** Heading of the section that shows each next step beside its source. */
    readonly nextStepsHeading: string;
    /** What that section shows and why. */
    readonly nextStepsIntro: string;
    /** Column headings: the reason (or none), the next step as the reader sees it, its source. */
    readonly nextStepWhen: string;
    readonly nextStep: string;
    readonly nextStepSource: string;
    /** In the "when" column, for self-service verdicts. */
    readonly selfService: string;
    /** A next step bound to a rule: `{id}`. */
    readonly sourceRule: string;
    /** A next step that links to a procedure: `{id}`. */
    readonly sourceProcedure: string;
    /** A next step where no source offers a way out. */
    readonly sourceNone: string;
    /** Heading of the section that draws each procedure's flow. */
    readonly flowsHeading: string;
    /** What the drawings show. */
    readonly flowsIntro: string;
    /** Heading of a drawing's text alternative. */
    readonly flowAsText: string;
    /** An answer leading to a node, in the text alternative: `{answer}`, `{next}`. */
    readonly flowEdge: string;
    /** A node that is a verdict, in the drawing: `{outcome}`. */
    readonly flowOutcome: string;
  };
  readonly status: {
    readonly title: string;
    readonly description: string;
    readonly intro: string;
    /** Tells how to keep a commit out of the status: `{marker}`. */
    readonly skipMarker: string;
    /** Introduces the terminal command. */
    readonly command: string;
    readonly article: string;
    readonly englishChange: string;
    readonly upToDate: string;
    /** `{date}`: the first English change the translation has not followed. */
    readonly outdatedSince: string;
    readonly missing: string;
    readonly uncommitted: string;
    /** `{count}` translations are not up to date. */
    readonly summary: string;
    readonly allUpToDate: string;
    /** Heading of the account labels whose translations are ours, not Autodesk's. */
    readonly ownTranslationsHeading: string;
    readonly ownTranslationsIntro: string;
  };
}
