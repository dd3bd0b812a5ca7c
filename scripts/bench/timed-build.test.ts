import { expect, test } from 'vitest';
import { timeReportField } from './timed-build.ts';

// An excerpt of GNU time's `-v` report, as /usr/bin/time writes it.
const report = `\tCommand being timed: "npm run build"
\tUser time (seconds): 18.22
\tSystem time (seconds): 3.14
\tElapsed (wall clock) time (h:mm:ss or m:ss): 1:02:34.82
\tMaximum resident set size (kbytes): 698080
\tExit status: 0`;

test.each([
  ['User time (seconds)', 18.22],
  ['System time (seconds)', 3.14],
  ['Elapsed (wall clock) time', 3754.82],
  ['Maximum resident set size (kbytes)', 698080],
])('reads "%s" from GNU time’s report', (label, value) => {
  expect(timeReportField(report, label)).toBeCloseTo(value, 5);
});

test('a wall time under an hour (m:ss.ss) is read in seconds', () => {
  expect(timeReportField('\tElapsed (wall clock) time (h:mm:ss or m:ss): 0:34.82', 'Elapsed (wall clock) time')).toBeCloseTo(34.82, 5);
});

test('a field the report lacks fails instead of reading as zero', () => {
  expect(() => timeReportField(report, 'Percent of CPU this job got')).toThrow(/no "Percent of CPU/);
});
