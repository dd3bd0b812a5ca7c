import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What one build cost, as the kernel accounted it. */
export interface BuildCost {
  /** Wall-clock seconds. */
  readonly buildSeconds: number;
  /** User plus system CPU seconds of the build and every process it waited for (Pagefind's binary too). */
  readonly cpuSeconds: number;
  /** Largest resident set of any one process of the build (the Node process that renders), in MB. */
  readonly peakMemoryMB: number;
  /** The build's output, for reading its own messages. */
  readonly log: string;
}

/** Reads a field of GNU time's `-v` report (`Maximum resident set size (kbytes): 698080`). */
export function timeReportField(report: string, label: string): number {
  const line = report.split('\n').find((text) => text.trim().startsWith(label));
  if (!line) throw new Error(`GNU time report has no "${label}"`);
  const value = line.slice(line.lastIndexOf(': ') + 2).trim();
  // Elapsed time is h:mm:ss or m:ss.ss; the other fields are plain numbers.
  return value.split(':').reduce((total, part) => total * 60 + Number(part), 0);
}

/**
 * Runs `npm run build` in `siteDir` under GNU time (`/usr/bin/time -v`), which reports the CPU time
 * and peak memory of the whole process tree as the kernel counted it: Node alone cannot see its
 * children's usage. Throws with the build's output when the build fails.
 */
export function timedBuild(siteDir: string): BuildCost {
  const reportDir = mkdtempSync(join(tmpdir(), 'build-time-'));
  const reportFile = join(reportDir, 'time.txt');
  const result = spawnSync('/usr/bin/time', ['-v', '-o', reportFile, 'npm', 'run', 'build', '--silent'], {
    cwd: siteDir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 1024 ** 3,
  });
  const log = `${result.stdout}${result.stderr}`;
  if (result.status !== 0) throw new Error(`build failed in ${siteDir}:\n${log.slice(-4000)}`);
  const report = readFileSync(reportFile, 'utf8');
  rmSync(reportDir, { recursive: true, force: true });
  return {
    buildSeconds: timeReportField(report, 'Elapsed (wall clock) time'),
    cpuSeconds: timeReportField(report, 'User time (seconds)') + timeReportField(report, 'System time (seconds)'),
    peakMemoryMB: timeReportField(report, 'Maximum resident set size (kbytes)') / 1024,
    log,
  };
}
