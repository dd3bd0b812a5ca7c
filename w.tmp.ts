import { measurePage } from './scripts/bench/page-weight.ts';
import { distDir } from './scripts/bench/built-pages.ts';
for (const p of ['/update-authorized-partner-information/', '/it/add-or-reduce-seats/']) { const w = measurePage(distDir, p); console.log(p, (w.html/1024).toFixed(1), (w.starlightJs/1024).toFixed(1), (w.islandJs/1024).toFixed(1), (w.totalJs/1024).toFixed(1)); }
