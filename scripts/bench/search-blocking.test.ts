import { expect, test } from 'vitest';
import { longestMainThreadTask } from './search-blocking.ts';

const threadName = (pid: number, tid: number, name: string) => ({ name: 'thread_name', ph: 'M', pid, tid, args: { name } });
const task = (pid: number, tid: number, dur: number, tdur: number, name = 'RunTask') => ({ name, ph: 'X', pid, tid, dur, tdur });

test('the longest task is taken from the renderers’ main threads only, in ms of wall and of CPU', () => {
  const events = [
    threadName(1, 10, 'CrRendererMain'),
    threadName(1, 11, 'DedicatedWorker thread'),
    threadName(2, 20, 'CrBrowserMain'),
    task(1, 10, 12_000, 9_000),
    task(1, 10, 30_500, 8_000, 'ThreadControllerImpl::RunTask'),
    task(1, 11, 400_000, 390_000), // Pagefind's worker: off the page's thread
    task(2, 20, 900_000, 900_000), // the browser process
    { name: 'FunctionCall', ph: 'X', pid: 1, tid: 10, dur: 99_000, tdur: 99_000 }, // nested, not a task
  ];
  expect(longestMainThreadTask(events)).toEqual({ wallMs: 30.5, cpuMs: 9 });
});

test('a trace without a renderer main thread has no block', () => {
  expect(longestMainThreadTask([task(3, 30, 50_000, 50_000)])).toEqual({ wallMs: 0, cpuMs: 0 });
});
