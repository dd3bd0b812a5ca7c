import { render, waitFor, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { localeCodes, type Locale } from '../../i18n/locales.ts';
import { fillTemplate } from '../../i18n/ui/template.ts';
import { addDays } from '../../rules/index.ts';
import { checkerPropsFor } from './checker-props.ts';
import CheckerRoot from './CheckerRoot.tsx';
import { useFixedToday } from '../testing/fixed-today.ts';

/*
 * A verdict travels as a link: it says the day it was worked out for (it depends on the day), and
 * its "Copy link" button copies the link with the answers and says so to screen readers.
 */

const today = '2026-12-01';
const expectedDates: Record<Locale, string> = {
  en: 'December 1, 2026', // The site's English is American English, as Autodesk's is.
  it: '1 dicembre 2026',
  fr: '1 décembre 2026',
  de: '1. Dezember 2026',
};

useFixedToday(today);

async function renderSharedVerdict(locale: Locale) {
  const query = `?identifier=contract-number&autoRenew=true&tokenFlex=false&expirationDate=${addDays(today, 200)}`;
  window.history.replaceState(null, '', `/update-authorized-partner-information/${query}`);
  const props = checkerPropsFor('partner', locale, (slug) => slug);
  render(() => <CheckerRoot {...props} />);
  const checker = document.querySelector<HTMLElement>('[data-checker]')!;
  await waitFor(() => expect(checker.querySelector('[data-outcome]')).not.toBeNull());
  return { props, checker, query };
}

describe.each(localeCodes)('a shared verdict in %s', (locale) => {
  test('says the date it was worked out for, as the language writes dates, and takes focus', async () => {
    const { props, checker } = await renderSharedVerdict(locale);
    expect(checker.querySelector('[data-as-of]')!.textContent).toBe(
      fillTemplate(props.verdictStrings.asOf, { date: expectedDates[locale] }),
    );
    await waitFor(() => expect(document.activeElement).toBe(checker.querySelector('.checker-result-title')));
  });

  test('copies its link, answers included, and announces it', async () => {
    const { props, checker, query } = await renderSharedVerdict(locale);
    const user = userEvent.setup();
    // user-event puts a clipboard stub on navigator: read back what the button wrote.
    await user.click(within(checker).getByRole('button', { name: props.verdictStrings.copyLink }));
    await waitFor(() =>
      expect(checker.querySelector('[data-copy-status]')!.textContent).toBe(props.verdictStrings.linkCopied),
    );
    expect(await navigator.clipboard.readText()).toBe(
      `http://localhost:3000/update-authorized-partner-information/${query}`,
    );
  });
});
