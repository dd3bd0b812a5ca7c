/**
 * `npm run lighthouse`: Lighthouse (mobile emulation, its default) on one article per locale of the
 * production build, served as a static host would serve it (gzip, the `_headers` security headers).
 * Prints the four category scores per page and writes them, with every audit that scored below 1,
 * to bench/lighthouse.json. A benchmark, not a gate: scores under simulated throttling vary a little
 * from run to run. Needs the build (`npm run build`) and Debian's Chromium (or `CHROMIUM_PATH`).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { distDir } from './bench/built-pages.ts';
import { startStaticServer } from './bench/static-server.ts';

/** One article per locale, both articles covered. */
const pages = [
  '/update-authorized-partner-information/',
  '/it/add-or-reduce-seats/',
  '/fr/update-authorized-partner-information/',
  '/de/add-or-reduce-seats/',
];
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

if (!existsSync(join(distDir, 'index.html'))) {
  console.error('No build in dist/: run `npm run build` first.');
  process.exit(1);
}

const server = await startStaticServer(distDir);
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});

/** The lab metrics behind the performance score, as Lighthouse displays them ("0.9 s"). */
const metrics = {
  FCP: 'first-contentful-paint',
  LCP: 'largest-contentful-paint',
  TBT: 'total-blocking-time',
  CLS: 'cumulative-layout-shift',
} as const;

interface PageScores {
  scores: Record<(typeof categories)[number], number>;
  metrics: Record<keyof typeof metrics, string>;
  /** Audits below a full score, by id, with their title: what to look at to reach 100. */
  belowFull: Record<string, string>;
}
const results: Record<string, PageScores> = {};
try {
  for (const page of pages) {
    const runner = await lighthouse(`${server.url}${page}`, {
      port: chrome.port,
      logLevel: 'error',
      onlyCategories: [...categories],
    });
    if (!runner) throw new Error(`Lighthouse returned nothing for ${page}`);
    const { lhr } = runner;
    const scores = Object.fromEntries(
      categories.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]),
    ) as PageScores['scores'];
    const belowFull = Object.fromEntries(
      categories
        .flatMap((id) => lhr.categories[id]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0)
        .map((ref) => lhr.audits[ref.id]!)
        .filter((audit) => audit.score !== null && audit.score < 1)
        .map((audit) => [audit.id, audit.title]),
    );
    const measured = Object.fromEntries(
      Object.entries(metrics).map(([name, id]) => [name, lhr.audits[id]?.displayValue ?? '?']),
    ) as PageScores['metrics'];
    results[page] = { scores, metrics: measured, belowFull };
  }
} finally {
  chrome.kill();
  server.close();
}

console.log('Lighthouse, mobile emulation (scores 0-100):');
console.table(
  Object.fromEntries(Object.entries(results).map(([page, result]) => [page, { ...result.scores, ...result.metrics }])),
);
for (const [page, { belowFull }] of Object.entries(results)) {
  const audits = Object.entries(belowFull);
  if (audits.length > 0) console.log(`${page} below a full score: ${audits.map(([id]) => id).join(', ')}`);
}

mkdirSync('bench', { recursive: true });
writeFileSync('bench/lighthouse.json', JSON.stringify({ date: new Date().toISOString(), results }, null, 2) + '\n');
console.log('\nWritten to bench/lighthouse.json');
