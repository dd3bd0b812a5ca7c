import type { CsnError, SeatError } from '../../rules/index.ts';

/**
 * The simulator's own words in one language: instructions, captions, messages. Account-UI labels
 * are not here: they come from the rules module's `terms`, the same strings the prose prints.
 * Placeholders in braces are filled by `fillTemplate`.
 */
export interface SimulatorStrings {
  /** Accessible name of the simulator region. */
  readonly regionLabel: string;
  /** One line above the frame: what this is and that nothing real changes. */
  readonly intro: string;
  /** Caption of each screen: `{step}` of `{total}`. */
  readonly stepOf: string;
  /** Caption before a list is chosen (seats steps 1 to 3 are shared by both lists). */
  readonly stepOnly: string;
  /** Names which list of the article a seats screen follows. */
  readonly seatPaths: { readonly add: string; readonly remove: string };
  readonly back: string;
  readonly restart: string;
  /** The link at the end of each article step. */
  readonly tryThisStep: string;
  /** Marks sample data. */
  readonly sample: string;
  /** Shown next to a disabled action, before the reasons. */
  readonly unavailableBecause: string;
  /** Announced when a disabled action is used anyway. */
  readonly actionUnavailable: string;

  /** Step 2 of the partner flow, step 1 of the seats flows. */
  readonly navigation: {
    readonly heading: string;
    /** `{site}` the account site, `{account}` "Autodesk Account". */
    readonly signedIn: string;
    readonly instruction: string;
  };
  readonly subscriptions: { readonly instruction: string };
  readonly details: {
    readonly instruction: { readonly partner: string; readonly seats: string };
    /** Label of the list of partners. */
    readonly partners: string;
    readonly noPartner: string;
  };
  readonly partner: {
    readonly accountNumberHeading: string;
    /** `{partner}` the new partner's name. */
    readonly accountNumberText: string;
    readonly accountNumberContinue: string;
    readonly findHeading: string;
    /** `{csn}` a number the directory knows. */
    readonly findHint: string;
    readonly csnErrors: Readonly<Record<CsnError, string>>;
    readonly confirmHeading: string;
    readonly confirmInstruction: string;
    readonly reviewHeading: string;
    /** `{current}` current partners, `{new}` the new one. */
    readonly reviewChange: string;
    /** `{count}` partners, `{partner}` the new one. Shown before Submit when several are replaced. */
    readonly replacesAllWarning: string;
    readonly confirmationHeading: string;
    /** `{partner}` the new partner. */
    readonly confirmationText: string;
    /** `{delay}` the partner-update delay as prose ("1 hour"). */
    readonly delayNotice: string;
    readonly closedHeading: string;
    readonly closedText: string;
  };
  readonly seats: {
    /** Label of the number field. */
    readonly newCountLabel: string;
    /** `{count}` seats now. */
    readonly currentCount: string;
    readonly errors: Readonly<Record<SeatError, string>>;
    /** `{minimum}` the minimum as prose ("1 seat"). Shown next to a disabled Remove seats. */
    readonly atMinimum: string;
    readonly paymentHeading: string;
    readonly paymentNote: string;
    /** `{card}` label of the card; the card of the original purchase. */
    readonly originalCard: string;
    /** `{card}` label of the card the reader added. */
    readonly newCard: string;
    readonly reviewHeading: string;
    /** `{from}`, `{to}` seat counts, `{method}` the charged card. */
    readonly reviewSummary: string;
    readonly orderedHeading: string;
    /** `{count}` the new number of seats. */
    readonly orderedText: string;
    readonly reducedHeading: string;
    /** `{from}`, `{to}` seat counts, `{date}` the renewal date. */
    readonly reducedText: string;
  };
}
