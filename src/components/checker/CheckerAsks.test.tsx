import { render, waitFor, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, test } from 'vitest';
import { checkerPropsFor } from './checker-props.ts';
import CheckerRoot from './CheckerRoot.tsx';

/*
 * A question that appears because of an answer has not been asked yet: Check moves to it instead
 * of reporting it missing. Asked and still unanswered, it is reported.
 */

afterEach(() => {
  document.body.innerHTML = '';
  window.history.replaceState(null, '', '/');
});

test('Check asks a question that has just appeared, and reports it only once it was asked', async () => {
  window.history.replaceState(null, '', '/update-authorized-partner-information/');
  const props = checkerPropsFor('partner', 'en', (slug) => slug);
  render(() => <CheckerRoot {...props} />);
  const checker = document.querySelector<HTMLElement>('[data-checker]')!;
  await waitFor(() => expect(checker.hasAttribute('data-ready')).toBe(true));
  const user = userEvent.setup();
  const check = within(checker).getByRole('button', { name: props.strings.check });

  await user.click(checker.querySelector<HTMLInputElement>('#checker-partner-identifier')!);
  await user.click(check);
  expect(checker.querySelector('.checker-error-summary')).toBeNull();
  expect(document.activeElement).toBe(checker.querySelector('#checker-partner-autoRenew'));
  // How to find the answer: where the account shows it, in the account's own labels.
  expect(checker.textContent).toContain(props.strings.hints.autoRenew!);
  expect(props.strings.hints.autoRenew).toContain('Billing and Orders > Subscriptions and Contracts');
  expect(props.strings.hints.autoRenew).toContain('Auto-renew');

  await user.click(check);
  const summary = checker.querySelector<HTMLElement>('.checker-error-summary')!;
  expect(summary).not.toBeNull();
  expect(document.activeElement).toBe(summary);
  expect(summary.querySelector('a[href="#checker-partner-autoRenew"]')!.textContent).toBe(
    props.strings.missing.autoRenew,
  );
});
