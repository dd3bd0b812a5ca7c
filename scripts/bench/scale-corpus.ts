import { defaultLocale, localeCodes, type Locale } from '../../src/i18n/locales.ts';
import { inventedWord, vocabularies } from './scale-vocabulary.ts';

/** Which site a corpus is written for: this project (its components) or a bare Starlight site. */
export type CorpusSite = 'project' | 'bare';

/** One generated article. */
export interface GeneratedArticle {
  readonly locale: Locale;
  /** Path under `src/content/docs/`: `scale/article-0007.mdx`, `it/scale/article-0007.mdx`. */
  readonly file: string;
  /** The page's URL path: `/scale/article-0007/`, `/it/scale/article-0007/`. */
  readonly url: string;
  readonly title: string;
  readonly mdx: string;
  /** Words that occur in this article and in no other article of the corpus. */
  readonly uniqueWords: readonly string[];
  /** Whether it embeds the eligibility checker (one article in ten, as on the real site). */
  readonly hasChecker: boolean;
}

/** Invented words per article: enough that each article adds its own entries to the search index. */
export const uniqueWordsPerArticle = 6;

/** How often an article embeds the checker: one in `checkerEvery`. */
export const checkerEvery = 10;

/** A small deterministic generator (mulberry32): the same seed always writes the same corpus. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (index: number) => String(index).padStart(4, '0');
const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The URL path of article `index` in `locale`. */
export function articleUrl(locale: Locale, index: number): string {
  return `${locale === defaultLocale ? '/' : `/${locale}/`}scale/article-${pad(index)}/`;
}

/**
 * Writes article `index` (0-based) of a corpus of `total` articles in `locale`: a title and
 * description, an introduction, sections with headings and paragraphs, numbered steps in Starlight's
 * `<Steps>`, a note in an `<Aside>`, links to other articles of the same locale and, in one article
 * in ten, the eligibility checker as the real articles embed it. Words come from the language's
 * vocabulary plus {@link uniqueWordsPerArticle} invented words that no other article has. On the
 * bare Starlight site the project's components (checker, account-UI labels) are left out.
 */
export function generateArticle(locale: Locale, index: number, total: number, site: CorpusSite): GeneratedArticle {
  const words = vocabularies[locale];
  const localeOrdinal = localeCodes.indexOf(locale);
  const random = seededRandom(localeOrdinal * 1_000_003 + index * 7919 + 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const uniqueWords = Array.from({ length: uniqueWordsPerArticle }, (_, k) =>
    inventedWord(index * uniqueWordsPerArticle + k),
  );
  let nextUnique = 0;
  // Every invented word is used at least once; after that, sentences draw from the vocabulary.
  const sentence = () => {
    const length = 8 + Math.floor(random() * 9);
    const parts = Array.from({ length }, (_, position) =>
      position % 3 === 0 ? pick(words.fillers) : position % 3 === 1 ? pick(words.nouns) : pick(words.verbs),
    );
    if (nextUnique < uniqueWords.length || random() < 0.3) {
      parts.splice(1 + Math.floor(random() * (length - 1)), 0, uniqueWords[nextUnique++ % uniqueWords.length]!);
    }
    return `${capitalize(parts.join(' '))}.`;
  };
  const paragraph = () => Array.from({ length: 3 + Math.floor(random() * 3) }, sentence).join(' ');
  const heading = () => capitalize(`${pick(words.verbs)} ${pick(words.fillers)} ${pick(words.nouns)}`);

  const title = capitalize(`${pick(words.verbs)} ${pick(words.nouns)} ${uniqueWords[0]}`);
  const hasChecker = index % checkerEvery === 0;
  const checkerAction = (index / checkerEvery) % 2 === 0 ? 'partner' : 'seats';
  const components = `${locale === defaultLocale ? '../../..' : '../../../..'}/components`;
  const project = site === 'project';
  const label = () => (project ? `<UiTerm id="${pick(['save', 'save-changes', 'submit-order'])}" />` : `**${capitalize(pick(words.nouns))}**`);
  const related = [1, 7, 31]
    .map((offset) => (index + offset) % total)
    .filter((other, position, all) => other !== index && all.indexOf(other) === position);

  const lines = [
    '---',
    `title: ${title}`,
    `description: ${sentence()}`,
    '---',
    "import { Aside, Steps } from '@astrojs/starlight/components';",
    ...(project ? [`import UiTerm from '${components}/UiTerm.astro';`] : []),
    ...(project && hasChecker ? [`import EligibilityChecker from '${components}/checker/EligibilityChecker.astro';`] : []),
    '',
    paragraph(),
    '',
    `<Aside type="note" title="${words.noteTitle}">`,
    sentence(),
    '</Aside>',
    '',
    ...(project && hasChecker ? [`## ${words.checkHeading}`, '', `<EligibilityChecker action="${checkerAction}" />`, ''] : []),
    `## ${words.stepsHeading}`,
    '',
    '<Steps>',
    '',
    ...Array.from({ length: 4 + Math.floor(random() * 3) }, (_, step) => [
      `${step + 1}. ${sentence()} ${capitalize(pick(words.verbs))} ${label()}.`,
      '',
    ]).flat(),
    '</Steps>',
    '',
    ...Array.from({ length: 2 + Math.floor(random() * 3) }, () => [`## ${heading()}`, '', paragraph(), '', paragraph(), '']).flat(),
    `## ${words.relatedHeading}`,
    '',
    ...related.map((other) => `- [${capitalize(pick(words.verbs))} ${pick(words.nouns)}](${articleUrl(locale, other)})`),
    '',
  ];
  return {
    locale,
    file: `${locale === defaultLocale ? '' : `${locale}/`}scale/article-${pad(index)}.mdx`,
    url: articleUrl(locale, index),
    title,
    mdx: lines.join('\n'),
    uniqueWords,
    hasChecker: project && hasChecker,
  };
}

/** The whole corpus: `articlesPerLocale` articles in each of the site's languages. */
export function generateCorpus(articlesPerLocale: number, site: CorpusSite): GeneratedArticle[] {
  return localeCodes.flatMap((locale) =>
    Array.from({ length: articlesPerLocale }, (_, index) => generateArticle(locale, index, articlesPerLocale, site)),
  );
}
