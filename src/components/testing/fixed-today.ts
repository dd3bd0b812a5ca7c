import { afterEach, beforeEach, vi } from 'vitest';

/**
 * Sets the reader's clock to noon of `today` for each test of the file (only `Date`: user-event's
 * timers stay real), and leaves a clean page and URL after each: the islands read both.
 */
export function useFixedToday(today: string): void {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(`${today}T12:00:00`));
  });
  afterEach(() => {
    vi.useRealTimers();
    document.body.innerHTML = '';
    window.history.replaceState(null, '', '/');
  });
}
