import { expect, test } from 'vitest';
import { median, pairedRatios } from './paired-builds.ts';

test('the median is the middle value, or the mean of the two middle ones', () => {
  expect(median([3, 1, 2])).toBe(2);
  expect(median([4, 1, 3, 2])).toBe(2.5);
  expect(median([7])).toBe(7);
  expect(() => median([])).toThrow();
});

test('each pair’s ratio is taken within the pair, and the median of the ratios reported', () => {
  const cost = (cpuSeconds: number) => ({ buildSeconds: 0, cpuSeconds, peakMemoryMB: 0, log: '' });
  // The machine slows down between pairs: the ratio within each pair stays 1.5.
  const pairs = [
    { project: cost(150), bare: cost(100) },
    { project: cost(195), bare: cost(130) },
    { project: cost(120), bare: cost(100) },
  ];
  const ratios = pairedRatios(pairs, { project: 1200, bare: 1000 });
  expect(ratios.cpu).toEqual([1.5, 1.5, 1.2]);
  expect(ratios.medianCpu).toBe(1.5);
  expect(ratios.medianCpuPerPage).toBeCloseTo(1.25, 10);
});
