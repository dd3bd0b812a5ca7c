import { render, screen, waitFor } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { supportContactUrl } from '../../config/support.ts';
import { ruleSentence } from '../../i18n/rule-sentence.ts';
import { localeCodes, localePrefix, type Locale } from '../../i18n/locales.ts';
import { verdictStrings } from '../../i18n/ui/verdicts/index.ts';
import { addDays, parameterValue, procedureById, type Action } from '../../rules/index.ts';
import { structuralViolations } from '../testing/axe.ts';
import { checkerPropsFor } from './checker-props.ts';
import CheckerRoot from './CheckerRoot.tsx';
import { useFixedToday } from '../testing/fixed-today.ts';

/*
 * The checker island driven as a reader would, with the props its article gives it, in every
 * locale: the automatic-renewal checker's verdicts and next steps, and the partner verdict that
 * leads to the automatic-renewal article. "Today" is the reader's own date: the clock is set.
 */

const today = '2026-11-22';
const titles: Record<string, string> = { 'automatic-renewal': 'AUTOMATIC RENEWAL TITLE' };
const title = (slug: string) => titles[slug] ?? slug;

useFixedToday(today);

/** Renders `action`'s checker with the answers of `query` in the URL, as a shared link would. */
async function renderChecker(action: Action, locale: Locale, query = '') {
  window.history.replaceState(null, '', `/${procedureById(action).article}/${query ? `?${query}` : ''}`);
  const props = checkerPropsFor(action, locale, title);
  render(() => <CheckerRoot {...props} />);
  const checker = document.querySelector<HTMLElement>(`[data-checker="${action}"]`)!;
  await waitFor(() => expect(checker.hasAttribute('data-ready')).toBe(true));
  return { props, checker, result: () => checker.querySelector<HTMLElement>('[data-outcome]') };
}

/** The next steps shown, as text and link targets. */
const nextStepItems = (checker: HTMLElement) =>
  [...checker.querySelectorAll('.checker-result > ul:last-of-type > li')].map((item) => ({
    text: item.textContent!.replace(/\s+/g, ' ').trim(),
    hrefs: [...item.querySelectorAll('a')].map((link) => link.getAttribute('href')),
  }));

describe.each(localeCodes)('the automatic-renewal checker in %s', (locale) => {
  test('more subscriptions than one bulk change takes: self-service, with the bulk-limit rule as a next step', async () => {
    const count = parameterValue('bulk-auto-renew-limit') + 50;
    const { checker, result } = await renderChecker(
      'automatic-renewal',
      locale,
      `term=annual&expirationDate=${addDays(today, 10)}&subscriptionCount=${count}`,
    );
    expect(result()!.dataset['outcome']).toBe('self-service');
    expect(result()!.dataset['reasons']).toBe('');
    const steps = nextStepItems(checker);
    expect(steps).toHaveLength(2);
    expect(steps[0]!.text).toBe(verdictStrings[locale].nextStep.followSteps);
    expect(steps[1]!.text).toContain(ruleSentence('auto-renew-bulk-limit', locale));
    expect(steps[1]!.hrefs).toEqual(['#rule-auto-renew-bulk-limit']);
    expect(await structuralViolations(checker)).toEqual([]);
  });

  test('the 31st day after a monthly subscription expired: unavailable, with support as the way out', async () => {
    const { checker, result } = await renderChecker(
      'automatic-renewal',
      locale,
      `term=monthly&expirationDate=${addDays(today, -(parameterValue('auto-renew-grace-monthly') + 1))}`,
    );
    expect(result()!.dataset['outcome']).toBe('unavailable');
    expect(result()!.dataset['reasons']).toBe('monthly-grace-period-over');
    const reasonLink = checker.querySelector('[data-reason] a')!;
    expect(reasonLink.getAttribute('href')).toBe('#rule-auto-renew-change-window-monthly');
    expect(nextStepItems(checker)).toEqual([
      {
        text: `${verdictStrings[locale].nextStep.support} ${verdictStrings[locale].nextStep.contactSupport}`,
        hrefs: [supportContactUrl],
      },
    ]);
  });

  test('answering on the page: the term first, then the date; the 30th day still counts', async () => {
    const { props, checker, result } = await renderChecker('automatic-renewal', locale);
    const user = userEvent.setup();
    await user.click(screen.getByLabelText(props.strings.termOptions.monthly));
    const date = checker.querySelector<HTMLInputElement>('input[name="expirationDate"]')!;
    expect(date).not.toBeNull();
    await user.type(date, addDays(today, -parameterValue('auto-renew-grace-monthly')));
    const count = await waitFor(() => checker.querySelector<HTMLInputElement>('input[name="subscriptionCount"]')!);
    await user.type(count, '3');
    await user.click(screen.getByRole('button', { name: props.strings.check }));
    expect(result()!.dataset['outcome']).toBe('self-service');
    expect(window.location.search).toBe(
      `?expirationDate=${addDays(today, -parameterValue('auto-renew-grace-monthly'))}&term=monthly&subscriptionCount=3`,
    );
  });
});

describe.each(localeCodes)('the partner checker in %s', (locale) => {
  test('an auto-renewing contract leads to the automatic-renewal article, in the reader’s language', async () => {
    const { checker, result } = await renderChecker(
      'partner',
      locale,
      `identifier=contract-number&autoRenew=true&tokenFlex=false&expirationDate=${addDays(today, 200)}`,
    );
    expect(result()!.dataset['reasons']).toBe('auto-renew');
    expect(nextStepItems(checker)).toEqual([
      {
        text: `${verdictStrings[locale].nextStep.procedure} ${titles['automatic-renewal']}`,
        hrefs: [`${localePrefix(locale)}automatic-renewal/`],
      },
    ]);
  });
});
