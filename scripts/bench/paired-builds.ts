import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { timedBuild, type BuildCost } from './timed-build.ts';

/** The middle value of `values` (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** One pair of builds, the project's and bare Starlight's, run one after the other. */
export interface BuildPair {
  readonly project: BuildCost;
  readonly bare: BuildCost;
}

/** The CPU ratios of each pair, whole build and per page, and their medians. */
export function pairedRatios(
  pairs: readonly BuildPair[],
  pages: { project: number; bare: number },
): { cpu: number[]; cpuPerPage: number[]; medianCpu: number; medianCpuPerPage: number } {
  const cpu = pairs.map(({ project, bare }) => project.cpuSeconds / bare.cpuSeconds);
  const cpuPerPage = cpu.map((ratio) => (ratio * pages.bare) / pages.project);
  return { cpu, cpuPerPage, medianCpu: median(cpu), medianCpuPerPage: median(cpuPerPage) };
}

/**
 * Builds the two sites `runs` times in turn (project, bare, project, bare…). This machine's speed
 * drifts by 10–30% over minutes, so one build of each compares two moments as much as two sites;
 * each pair's ratio is taken between neighbouring builds, and the median of the ratios is the figure.
 *
 * Every build starts cold, as the first one does: Astro's content-layer cache (kept in `.astro/`
 * and `node_modules/.astro/`) would spare a second build of bare Starlight the content sync, which
 * the project's links validator redoes on every build.
 */
export function pairedBuilds(projectSite: string, bareSite: string, runs: number, log: (line: string) => void): BuildPair[] {
  const pairs: BuildPair[] = [];
  for (let run = 1; run <= runs; run++) {
    const suffix = runs > 1 ? ` (${run} of ${runs})` : '';
    log(`Building the project${suffix}…`);
    const project = timedBuild(coldSite(projectSite));
    log(`Building bare Starlight${suffix}…`);
    const bare = timedBuild(coldSite(bareSite));
    pairs.push({ project, bare });
  }
  return pairs;
}

/** `siteDir` without the caches and output an earlier build left. */
function coldSite(siteDir: string): string {
  for (const folder of ['.astro', 'node_modules/.astro', 'node_modules/.vite', 'dist'])
    rmSync(join(siteDir, folder), { recursive: true, force: true });
  return siteDir;
}
