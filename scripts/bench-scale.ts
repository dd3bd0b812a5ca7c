/**
 * `npm run bench:scale -- --articles N`: how the site holds up at N articles per language.
 *
 * Generates a corpus of N articles per locale (scripts/bench/scale-corpus.ts), builds it in a
 * temporary copy of this project and on a bare Starlight site with the same locales, then measures
 * the project's search in Chromium: what a first search downloads and how long the longest
 * main-thread block of a search is. Prints the figures and writes them to bench/scale.json.
 * `--runs R` builds the two sites R times in turn and reports the medians (`paired-builds.ts`);
 * `--keep` leaves the temporary sites on disk for a look at their output.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { localeCodes } from '../src/i18n/locales.ts';
import { builtPages } from './bench/built-pages.ts';
import { measureFirstSearch } from './bench/first-search.ts';
import { inFreshPage } from './bench/fresh-page.ts';
import { measurePage } from './bench/page-weight.ts';
import { generateCorpus } from './bench/scale-corpus.ts';
import { writeBareStarlight, writeProjectCopy } from './bench/scale-sites.ts';
import { measureSearchBlocking } from './bench/search-blocking.ts';
import { searchIndexSizes } from './bench/search-index.ts';
import { startStaticServer } from './bench/static-server.ts';
import { median, pairedBuilds, pairedRatios } from './bench/paired-builds.ts';
import type { BuildCost } from './bench/timed-build.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '20' },
    port: { type: 'string', default: '4341' },
    runs: { type: 'string', default: '1' },
    keep: { type: 'boolean' },
  },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs needs a whole number ≥ 1');
const articlesPerLocale = Number(values.articles);
if (!Number.isInteger(articlesPerLocale) || articlesPerLocale < 2)
  throw new Error('--articles needs a whole number ≥ 2');

const round = (value: number, digits = 1) => Number(value.toFixed(digits));
const kb = (bytes: number) => round(bytes / 1024);

const workDir = mkdtempSync(join(tmpdir(), 'bench-scale-'));
const projectSite = join(workDir, 'project');
const bareSite = join(workDir, 'bare');
const projectCorpus = generateCorpus(articlesPerLocale, 'project');
writeProjectCopy(projectSite, projectCorpus);
writeBareStarlight(bareSite, generateCorpus(articlesPerLocale, 'bare'));
console.log(`${articlesPerLocale} articles per locale (${projectCorpus.length} in all) written to ${workDir}`);

const pairs = pairedBuilds(projectSite, bareSite, runs, (line) => console.log(line));
/** A site's builds as one figure each: the median time, the largest peak (the goal is a bound). */
const summary = (costs: readonly BuildCost[]) => ({
  buildSeconds: median(costs.map((cost) => cost.buildSeconds)),
  cpuSeconds: median(costs.map((cost) => cost.cpuSeconds)),
  peakMemoryMB: Math.max(...costs.map((cost) => cost.peakMemoryMB)),
  log: costs.at(-1)!.log,
});
const project = summary(pairs.map((pair) => pair.project));
const bare = summary(pairs.map((pair) => pair.bare));
const projectDist = join(projectSite, 'dist/');
const projectPages = builtPages(projectDist).length;
const barePages = builtPages(join(bareSite, 'dist/')).length;
const directiveWarnings = (project.log.match(/MODULE_LEVEL_DIRECTIVE/g) ?? []).length;
const warnings = project.log.split('\n').filter((line) => /\[WARN\]/.test(line));

const ratios = pairedRatios(pairs, { project: projectPages, bare: barePages });
/** The builds' figures, printed before the search is measured so that a failed search loses none. */
const builds = {
  project: {
    buildSeconds: round(project.buildSeconds),
    cpuSeconds: round(project.cpuSeconds),
    peakMemoryMB: Math.round(project.peakMemoryMB),
    pages: projectPages,
    pagesPerSecond: round(projectPages / project.buildSeconds),
  },
  bare: {
    buildSeconds: round(bare.buildSeconds),
    cpuSeconds: round(bare.cpuSeconds),
    peakMemoryMB: Math.round(bare.peakMemoryMB),
    pages: barePages,
    pagesPerSecond: round(barePages / bare.buildSeconds),
  },
  cpuRatio: round(ratios.medianCpu, 2),
  cpuPerPageRatio: round(ratios.medianCpuPerPage, 2),
  wallRatio: round(median(pairs.map((pair) => pair.project.buildSeconds / pair.bare.buildSeconds)), 2),
  runs: pairs.map((pair, index) => ({
    project: {
      cpuSeconds: round(pair.project.cpuSeconds),
      buildSeconds: round(pair.project.buildSeconds),
      peakMemoryMB: Math.round(pair.project.peakMemoryMB),
    },
    bare: {
      cpuSeconds: round(pair.bare.cpuSeconds),
      buildSeconds: round(pair.bare.buildSeconds),
      peakMemoryMB: Math.round(pair.bare.peakMemoryMB),
    },
    cpuRatio: round(ratios.cpu[index]!, 2),
  })),
};

console.table({
  project: {
    pages: projectPages,
    'wall s': builds.project.buildSeconds,
    'CPU s': builds.project.cpuSeconds,
    'pages/s': builds.project.pagesPerSecond,
    'peak MB': builds.project.peakMemoryMB,
  },
  'bare Starlight': {
    pages: barePages,
    'wall s': builds.bare.buildSeconds,
    'CPU s': builds.bare.cpuSeconds,
    'pages/s': builds.bare.pagesPerSecond,
    'peak MB': builds.bare.peakMemoryMB,
  },
});
console.log(
  `CPU ratio ${builds.cpuRatio} (per page ${builds.cpuPerPageRatio}), wall ratio ${builds.wallRatio}` +
    (runs > 1 ? ` (medians of ${runs} pairs; CPU ratios ${builds.runs.map((run) => run.cpuRatio).join(', ')})` : '') +
    '; ' +
    `${warnings.length} warnings in the project's build log (${directiveWarnings} MODULE_LEVEL_DIRECTIVE)`,
);
for (const warning of warnings.slice(0, 10)) console.log(`  ${warning}`);

console.log('\nSearching in Chromium…');
const indexSizes = searchIndexSizes(projectDist);
const server = await startStaticServer(projectDist, Number(values.port));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
/** One language's search, as measured in Chromium (gzip KB, ms). */
interface LocaleSearch {
  indexKB: number;
  firstSearchKB: number;
  longestBlockMs: number;
  longestBlockCpuMs: number;
  longTasksMs: number[];
  /** The same searches with Pagefind on the page's thread instead of its worker, for comparison. */
  onPageThread: { longestBlockMs: number; longestBlockCpuMs: number };
}
const search: Record<string, LocaleSearch> = {};
try {
  for (const locale of localeCodes) {
    const articles = projectCorpus.filter((article) => article.locale === locale);
    const [start, last, middle] = [articles[1]!, articles.at(-1)!, articles[Math.floor(articles.length / 2)]!];
    const assets = new Set(measurePage(projectDist, start.url).assets);
    const firstSearch = await inFreshPage(browser, (page) =>
      measureFirstSearch(page, `${server.url}${start.url}`, last.uniqueWords[1]!, assets),
    );
    const queries = [
      { query: last.uniqueWords[1]!, expectedUrl: last.url },
      { query: middle.uniqueWords[2]!, expectedUrl: middle.url },
    ];
    const blocking = await inFreshPage(browser, (page) =>
      measureSearchBlocking(browser, page, `${server.url}${start.url}`, queries),
    );
    const onPageThread = await inFreshPage(browser, (page) =>
      measureSearchBlocking(browser, page, `${server.url}${start.url}`, queries, { onPageThread: true }),
    );
    search[locale] = {
      indexKB: kb(indexSizes[locale]!),
      firstSearchKB: kb(firstSearch),
      longestBlockMs: round(blocking.longestBlockMs),
      longestBlockCpuMs: round(blocking.longestBlockCpuMs),
      longTasksMs: blocking.longTasksMs.map((duration) => round(duration)),
      onPageThread: {
        longestBlockMs: round(onPageThread.longestBlockMs),
        longestBlockCpuMs: round(onPageThread.longestBlockCpuMs),
      },
    };
  }
} catch (error) {
  // The builds took minutes: their figures are printed above, and the sites stay for another try.
  console.error(`\nThe search could not be measured; the built sites are left in ${workDir}.`);
  throw error;
} finally {
  await browser.close();
  server.close();
}
if (!values.keep) rmSync(workDir, { recursive: true, force: true });

const results = {
  articlesPerLocale,
  date: new Date().toISOString(),
  project: {
    ...builds.project,
    firstSearchKB: Math.max(...Object.values(search).map((language) => language.firstSearchKB)),
    searchLongestBlockMs: Math.max(...Object.values(search).map((language) => language.longestBlockMs)),
    searchLongestBlockCpuMs: Math.max(...Object.values(search).map((language) => language.longestBlockCpuMs)),
    moduleLevelDirectiveWarnings: directiveWarnings,
    warningLines: warnings.length,
    search,
  },
  bare: builds.bare,
  cpuRatio: builds.cpuRatio,
  cpuPerPageRatio: builds.cpuPerPageRatio,
  wallRatio: builds.wallRatio,
  runs: builds.runs,
};

console.log('\nSearch (gzip KB; longest main-thread block, wall ms / CPU ms):');
console.table(
  Object.fromEntries(
    Object.entries(search).map(([locale, figures]) => [
      locale,
      {
        'index KB': figures.indexKB,
        'first search KB': figures.firstSearchKB,
        'in the worker': `${figures.longestBlockMs} / ${figures.longestBlockCpuMs}`,
        'on the page thread': `${figures.onPageThread.longestBlockMs} / ${figures.onPageThread.longestBlockCpuMs}`,
        'long tasks ≥ 50 ms': figures.longTasksMs.length,
      },
    ]),
  ),
);

mkdirSync('bench', { recursive: true });
writeFileSync('bench/scale.json', JSON.stringify(results, null, 2) + '\n');
console.log('Written to bench/scale.json');
