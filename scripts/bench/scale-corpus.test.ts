import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { localeCodes } from '../../src/i18n/locales.ts';
import { checkerEvery, generateArticle, generateCorpus, uniqueWordsPerArticle } from './scale-corpus.ts';
import { inventedWord, vocabularies } from './scale-vocabulary.ts';

const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']);
const wordsOf = (text: string) => new Set(text.toLowerCase().match(/\p{L}+/gu) ?? []);
const nodeTypes = (node: { type: string; children?: unknown[] }): string[] => [
  node.type,
  ...((node.children ?? []) as { type: string }[]).flatMap(nodeTypes),
];

describe('the scale benchmark’s corpus', () => {
  const corpus = generateCorpus(40, 'project');

  test('is the same text every time it is generated', () => {
    expect(generateCorpus(40, 'project')).toEqual(corpus);
  });

  test('has the requested number of articles in every language, at distinct files', () => {
    expect(corpus).toHaveLength(40 * localeCodes.length);
    for (const locale of localeCodes) expect(corpus.filter((article) => article.locale === locale)).toHaveLength(40);
    expect(new Set(corpus.map((article) => article.file)).size).toBe(corpus.length);
  });

  test.each(corpus.filter((_, index) => index % 7 === 0).map((article) => [article.file, article]))(
    '%s is MDX with front matter, headings, steps, an aside and links',
    (_, article) => {
      const tree = mdxParser.parse(article.mdx);
      const types = nodeTypes(tree);
      expect(types).toContain('yaml');
      expect(types).toContain('mdxjsEsm');
      expect(types).toContain('heading');
      expect(types).toContain('link');
      expect(article.mdx).toMatch(/<Steps>\n\n1\. /);
      expect(article.mdx).toMatch(/<Aside type="note"/);
    },
  );

  test('each article’s invented words occur in that article and in no other of its language', () => {
    const words = new Map(corpus.map((article) => [article, wordsOf(article.mdx)]));
    for (const article of corpus) {
      expect(article.uniqueWords).toHaveLength(uniqueWordsPerArticle);
      for (const word of article.uniqueWords) expect(words.get(article)).toContain(word);
      const elsewhere = corpus.filter(
        (other) => other !== article && other.locale === article.locale && article.uniqueWords.some((word) => words.get(other)!.has(word)),
      );
      expect(elsewhere.map((other) => other.file)).toEqual([]);
    }
  });

  test('invented words are all different and none is a vocabulary word', () => {
    const invented = Array.from({ length: 6000 }, (_, ordinal) => inventedWord(ordinal));
    expect(new Set(invented).size).toBe(invented.length);
    const vocabulary = Object.values(vocabularies).flatMap((words) => [...words.nouns, ...words.verbs, ...words.fillers]);
    expect(invented.filter((word) => vocabulary.includes(word))).toEqual([]);
  });

  test('one article in ten embeds the checker on the project’s site, none on bare Starlight', () => {
    const withChecker = corpus.filter((article) => article.hasChecker);
    expect(withChecker).toHaveLength((40 / checkerEvery) * localeCodes.length);
    for (const article of withChecker) expect(article.mdx).toMatch(/<EligibilityChecker action="(partner|seats)" \/>/);
    const bare = generateCorpus(40, 'bare');
    expect(bare.some((article) => /EligibilityChecker|UiTerm/.test(article.mdx))).toBe(false);
  });

  test('links point only at other articles of the same language', () => {
    for (const article of corpus) {
      const targets = [...article.mdx.matchAll(/\]\(([^)]+)\)/g)].map(([, url]) => url!);
      expect(targets.length).toBeGreaterThan(0);
      const sameLanguage = new Set(corpus.filter((other) => other.locale === article.locale).map((other) => other.url));
      for (const url of targets) {
        expect(sameLanguage.has(url)).toBe(true);
        expect(url).not.toBe(article.url);
      }
    }
  });

  test('an article’s words vary: two articles share less than their whole vocabulary', () => {
    const first = generateArticle('fr', 1, 40, 'project');
    const second = generateArticle('fr', 2, 40, 'project');
    expect(first.mdx).not.toBe(second.mdx);
    expect(first.title).not.toBe(second.title);
  });
});
