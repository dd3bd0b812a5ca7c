import type { TextBlock } from './mdx-text.ts';

/**
 * Where words stand as an account label rather than as ordinary words. "Add seats" in "Add seats
 * before your renewal" is a sentence; in "click Add seats" it is a button. Per locale, the words
 * that introduce a label (verbs of the interface and nouns of its parts, matched case-insensitively,
 * with the articles and prepositions that may stand between them and the label) and the words that
 * may follow one ("the Actions drop-down menu", German "auf Weiter klicken").
 */
export interface LabelWords {
  /** Verbs and nouns after which a label stands: "click", "select", "button"... */
  readonly before: readonly string[];
  /** Articles and prepositions allowed between those words and the label: "on", "the"... */
  readonly between: readonly string[];
  /** Words that follow a label: "button", "menu"; German verbs at the end: "klicken"... */
  readonly after: readonly string[];
}

export const labelWords: Readonly<Record<string, LabelWords>> = {
  en: {
    before: ['click', 'double-click', 'select', 'choose', 'press', 'tap', 'go to'],
    between: ['on', 'the'],
    after: ['button', 'menu', 'drop-down', 'dropdown', 'tab', 'link', 'option', 'field', 'column'],
  },
  it: {
    before: [
      ...['fai clic', 'fare clic', 'clic', 'cliccare', 'clicca', 'selezionare', 'seleziona', 'scegliere', 'scegli'],
      ...['premere', 'premi', 'toccare', 'tocca', 'pulsante', 'menu', 'scheda', 'opzione', 'collegamento', 'campo'],
    ],
    between: ['su', 'sul', 'sulla', 'sull', 'il', 'lo', 'la', 'l', 'i', 'gli', 'le', 'a', 'al', 'alla', 'all'],
    after: [],
  },
  fr: {
    before: [
      ...['cliquez', 'cliquer', 'sélectionnez', 'sélectionner', 'choisissez', 'choisir', 'appuyez', 'appuyer'],
      ...['bouton', 'menu', 'onglet', 'lien', 'option', 'champ', 'colonne'],
    ],
    between: ['sur', 'le', 'la', 'l', 'les', 'du', 'de', 'des', 'à', 'au', 'aux'],
    after: [],
  },
  de: {
    before: [
      ...['klicken', 'anklicken', 'wählen', 'auswählen', 'tippen', 'drücken'],
      ...['Schaltfläche', 'Menü', 'Registerkarte', 'Link', 'Option', 'Feld', 'Spalte'],
    ],
    between: ['Sie', 'auf', 'die', 'der', 'das', 'den', 'dem', 'im', 'in'],
    after: ['klicken', 'anklicken', 'auswählen', 'wählen', 'tippen', 'drücken', 'Schaltfläche'],
  },
};

const openingQuotes = '"“„«‘‹\'';
const closingQuotes = '"”“»’›\'';
const pathSeparators = '>›→';

/** The context patterns of one locale, built once. */
export interface LabelContext {
  readonly before: RegExp;
  readonly after: RegExp;
}

/** Builds the patterns of `locale` (a locale without words still finds marked labels). */
export function labelContext(locale: string): LabelContext {
  const words = labelWords[locale] ?? { before: [], between: [], after: [] };
  const either = (list: readonly string[]) => list.map(escape).join('|') || '(?!)';
  return {
    before: new RegExp(
      `(?<![\\p{L}-])(?:${either(words.before)})(?:[\\s’']+(?:${either(words.between)}))*[\\s’']+$`,
      'iu',
    ),
    after: new RegExp(`^[\\s-]+(?:${either(words.after)})(?![\\p{L}])`, 'iu'),
  };
}

/**
 * How the label at `start`..`end` of `block` is written if it stands there as a label (`**Next**`,
 * `“Done”`, `Next`), or `undefined` if the words are ordinary prose there. A label stands as one:
 * alone in bold, italics or inline code; between quotes; after an interface verb or noun, or
 * before one; beside a menu path's separator (`>`); as the whole of a numbered step; or anywhere
 * when it is not made of words (a site address such as manage.autodesk.com).
 */
export function labelAsWritten(
  block: TextBlock,
  start: number,
  end: number,
  label: string,
  context: LabelContext,
): string | undefined {
  const { text } = block;
  const marked = block.marks
    .filter(
      (mark) => mark.start <= start && end <= mark.end && trimPunctuation(text.slice(mark.start, mark.end)) === label,
    )
    .sort((a, b) => b.end - b.start - (a.end - a.start))[0];
  if (marked) return marked.written;
  const quoteBefore = /(\S)\s?$/u.exec(text.slice(Math.max(0, start - 2), start));
  const quoteAfter = /^\s?(\S)/u.exec(text.slice(end, end + 2));
  if (quoteBefore && quoteAfter && openingQuotes.includes(quoteBefore[1]!) && closingQuotes.includes(quoteAfter[1]!)) {
    return text.slice(start - quoteBefore[0].length, end + quoteAfter[0].length);
  }
  const before = text.slice(Math.max(0, start - 60), start);
  const after = text.slice(end, end + 30);
  if (label.includes('.') && !/\s/.test(label)) return label;
  if (context.before.test(before) || context.after.test(after)) return label;
  if (new RegExp(`[${pathSeparators}]\\s*$`).test(before) || new RegExp(`^\\s*[${pathSeparators}]`).test(after)) {
    return label;
  }
  if (block.stepItem && trimPunctuation(text) === label) return label;
  return undefined;
}

/** Text without the spaces, quotes and final punctuation around it. */
function trimPunctuation(text: string): string {
  return text.replace(/^[\s"“”„«»‘’'‹›]+|[\s"“”„«»‘’'‹›.:,;!?]+$/gu, '');
}

/** `text` as a literal inside a regular expression. */
export function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
