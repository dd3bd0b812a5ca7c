import type { Rolldown } from 'vite';

type OnLog = NonNullable<Rolldown.InputOptions['onLog']>;

/**
 * Whether a build log is the warning Rolldown prints for every MDX page: Astro marks each page
 * module with a `"use astro:head-inject"` directive, which it reads itself, and Rolldown warns
 * (`MODULE_LEVEL_DIRECTIVE`) that bundling may not preserve it. It never matters, and it prints 11
 * lines per page (44,000 at 4,000 pages), burying any warning that does. Only this directive is
 * matched: the same code for another directive (a library's `"use client"`) still shows.
 */
export function isHeadInjectDirectiveWarning(level: Parameters<OnLog>[0], log: Parameters<OnLog>[1]): boolean {
  return level === 'warn' && log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"');
}

/** Rolldown's `onLog` option: drops {@link isHeadInjectDirectiveWarning}, passes every other log on. */
export const withoutHeadInjectWarnings: OnLog = (level, log, handler) => {
  if (isHeadInjectDirectiveWarning(level, log)) return;
  handler(level, log);
};
