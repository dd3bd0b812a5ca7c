/**
 * `npm run bench`: builds the site (timed), then prints per built page the gzip bytes of its HTML,
 * CSS and JavaScript (Starlight's own and the islands'), Pagefind's index size per language and
 * what a first search downloads, and writes the same figures to bench/results.json for comparison.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { localeCodes } from '../src/i18n/locales.ts';
import { procedureIds, staticFlowPaths } from '../src/rules/index.ts';
import { budgets, isArticlePage } from './bench/budgets.ts';
import { builtPages, distDir, isStaticFlowPage } from './bench/built-pages.ts';
import { firstSearchQueries, measureFirstSearch } from './bench/first-search.ts';
import { inFreshPage } from './bench/fresh-page.ts';
import { measureIslands, measurePage } from './bench/page-weight.ts';
import { searchIndexSizes } from './bench/search-index.ts';
import { startStaticServer } from './bench/static-server.ts';

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

const started = performance.now();
execFileSync('npm', ['run', 'build', '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
const buildSeconds = (performance.now() - started) / 1000;

const allPages = builtPages();
const flowPages = allPages.filter(isStaticFlowPage).map((page) => measurePage(distDir, page));
const pages = allPages.filter((page) => !isStaticFlowPage(page)).map((page) => measurePage(distDir, page));
const expectedFlowPages =
  localeCodes.length * procedureIds.reduce((pages, action) => pages + staticFlowPaths(action).length, 0);
console.log(`Build: ${buildSeconds.toFixed(1)} s, ${allPages.length} pages`);
console.log(
  `No-JavaScript checker flow: ${flowPages.length} pages (${expectedFlowPages} generated from the rules), ` +
    `largest HTML ${kb(Math.max(...flowPages.map((p) => p.html)))} KB, JS ${kb(Math.max(...flowPages.map((p) => p.totalJs)))} KB gzip\n`,
);
console.table(
  Object.fromEntries(
    pages.map((p) => [
      p.page,
      {
        'HTML KB': kb(p.html),
        'CSS KB': kb(p.css),
        'Starlight JS KB': kb(p.starlightJs),
        'islands JS KB': kb(p.islandJs),
        'total JS KB': kb(p.totalJs),
        'within budget': isArticlePage(p.page) ? p.html <= budgets.articleHtml && p.totalJs <= budgets.articleJs : '',
      },
    ]),
  ),
);

// What each island adds to its article: its modules that the page would not load without it.
const islands = builtPages()
  .filter(isArticlePage)
  .flatMap((page) => measureIslands(distDir, page).map((island) => ({ page, ...island })));
console.log('\nIslands (gzip KB): own = every module it needs; adds = what the page would not load without it');
console.table(
  Object.fromEntries(
    islands.map(({ page, component, own, adds }) => [
      `${page} ${component}`,
      { 'own KB': kb(own), 'adds KB': kb(adds) },
    ]),
  ),
);

const indexSizes = searchIndexSizes(distDir);
const server = await startStaticServer(distDir);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
const firstSearch: Record<string, number> = {};
for (const [language, query] of Object.entries(firstSearchQueries)) {
  const prefix = language === 'en' ? '/' : `/${language}/`;
  const assets = new Set(pages.find((p) => p.page === prefix)?.assets);
  firstSearch[language] = await inFreshPage(browser, (page) =>
    measureFirstSearch(page, `${server.url}${prefix}`, query, assets),
  );
}
await browser.close();
server.close();

console.log('\nSearch (gzip KB):');
console.table(
  Object.fromEntries(
    Object.keys(indexSizes).map((language) => [
      language,
      { 'index on disk KB': kb(indexSizes[language]!), 'first search downloads KB': kb(firstSearch[language] ?? 0) },
    ]),
  ),
);
console.log(
  `Budgets: article HTML ≤ ${kb(budgets.articleHtml)} KB, article JS ≤ ${kb(budgets.articleJs)} KB, first search ≤ ${kb(budgets.firstSearch)} KB`,
);

mkdirSync('bench', { recursive: true });
writeFileSync(
  'bench/results.json',
  JSON.stringify(
    {
      date: new Date().toISOString(),
      buildSeconds,
      pages,
      staticFlowPages: flowPages.length,
      searchIndexBytes: indexSizes,
      firstSearchBytes: firstSearch,
      islands,
      budgets,
    },
    null,
    2,
  ) + '\n',
);
console.log('\nWritten to bench/results.json');
