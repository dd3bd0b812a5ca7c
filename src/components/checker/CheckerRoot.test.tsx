import { render, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { localeCodes, type Locale } from '../../i18n/locales.ts';
import { fillTemplate } from '../../i18n/ui/template.ts';
import { addDays, type Action } from '../../rules/index.ts';
import { structuralViolations } from '../testing/axe.ts';
import CheckerRoot from './CheckerRoot.tsx';
import { checkerPropsFor } from './checker-props.ts';

/*
 * The checker island in every locale, as a shared link or a reader's answers leave it: what each
 * state says and axe's structural rules. Keyboard journeys, focus and colour contrast are the
 * browser suite's (tests/e2e/checker.spec.ts, in English, and axe in English and German).
 */

const today = '2026-11-22';

beforeEach(() => {
  // Only the clock: user-event's own timers stay real.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(`${today}T12:00:00`));
});

afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
  window.history.replaceState(null, '', '/');
});

/** Renders the checker as the page at `query` would: the island reads its answers from the URL. */
function renderChecker(action: Action, locale: Locale, query = '') {
  window.history.replaceState(null, '', `/article/${query}`);
  const props = checkerPropsFor(action, locale);
  render(() => <CheckerRoot {...props} />);
  const checker = document.querySelector<HTMLElement>('[data-checker]')!;
  return { ...props, checker, user: userEvent.setup() };
}

describe.each(localeCodes)('the checker in %s', (locale) => {
  test('a shared link shows its verdict in the page’s words, every reason with its rule', async () => {
    const expired = addDays(today, -30);
    const { checker, verdictStrings } = renderChecker(
      'partner',
      locale,
      `?identifier=contract-number&autoRenew=true&tokenFlex=true&expirationDate=${expired}`,
    );
    const result = checker.querySelector('[data-outcome]')!;
    expect(result.getAttribute('data-outcome')).toBe('unavailable');
    expect(result.getAttribute('data-reasons')).toBe('auto-renew token-flex expired');
    expect(within(result as HTMLElement).getByRole('heading', { level: 3 }).textContent).toBe(
      verdictStrings.partnerOutcomes.unavailable,
    );
    expect(result.querySelector('[data-reason="auto-renew"]')!.textContent).toContain(
      verdictStrings.reasons['auto-renew'],
    );
    expect(result.querySelector('[data-reason="expired"]')!.textContent).toContain(
      fillTemplate(verdictStrings.reasons.expired, { days: 30 }),
    );
    for (const link of result.querySelectorAll('[data-reason] a')) {
      expect(link.getAttribute('href')).toMatch(/^#rule-[a-z-]+$/);
    }
    expect(await structuralViolations(checker)).toEqual([]);
  });

  test('Check with the date unanswered names the missing answer and keeps the others', async () => {
    const { checker, strings, user } = renderChecker(
      'partner',
      locale,
      '?identifier=contract-number&autoRenew=true&tokenFlex=false',
    );
    await user.click(within(checker).getByRole('button', { name: strings.check }));
    const summary = checker.querySelector('.checker-error-summary')!;
    expect(within(summary as HTMLElement).getByRole('heading').textContent).toBe(strings.errorSummaryTitle);
    expect(summary.querySelector('a[href="#checker-partner-expirationDate"]')!.textContent).toBe(
      strings.missing.expirationDate,
    );
    expect(checker.querySelector<HTMLInputElement>('#checker-partner-identifier')!.checked).toBe(true);
    expect(checker.querySelector('[data-outcome]')).toBeNull();
    expect(await structuralViolations(checker)).toEqual([]);
  });

  test('the seat questions lead to every reason that applies, with what to do instead', async () => {
    const { checker, verdictStrings } = renderChecker(
      'seats',
      locale,
      '?contractManager=true&autoRenew=false&boughtOnline=false',
    );
    const result = checker.querySelector('[data-outcome]')!;
    expect(result.getAttribute('data-reasons')).toBe('not-auto-renew not-bought-online');
    expect(result.textContent).toContain(verdictStrings.nextSteps['not-bought-online']);
    expect(await structuralViolations(checker)).toEqual([]);
  });

  test('unknown or malformed parameters are named as text in a note, and the rest is kept', () => {
    const hostile = encodeURIComponent('<img src=x onerror=alert(1)>');
    const { checker } = renderChecker(
      'seats',
      locale,
      `?foo=${hostile}&${hostile}=1&autoRenew=maybe&contractManager=true`,
    );
    const note = checker.querySelector('[data-checker-ignored]')!;
    expect(note.textContent).toContain('autoRenew');
    expect(note.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(checker.querySelector('img')).toBeNull();
    expect(checker.querySelector<HTMLInputElement>('#checker-seats-contractManager')!.checked).toBe(true);
  });
});
