import { render, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test } from 'vitest';
import { localeCodes, type Locale } from '../../../i18n/locales.ts';
import { fillTemplate } from '../../../i18n/ui/template.ts';
import * as seatFlow from '../../../rules/flows/seats.machine.ts';
import { parameters } from '../../../rules/index.ts';
import { structuralViolations } from '../../testing/axe.ts';
import SeatsSimulatorIsland from '../SeatsSimulatorIsland.tsx';
import { simulatorTextFor } from '../simulator-text.ts';

/*
 * The seats simulator's screens in every locale, driven as a reader would. The keyboard journeys,
 * focus and colour contrast are the browser suite's (tests/e2e/simulator.spec.ts, in two locales);
 * here every locale's words, messages and disabled actions, and axe's structural rules.
 */

afterEach(() => {
  document.body.innerHTML = '';
});

function renderSimulator(locale: Locale) {
  const text = simulatorTextFor('seats', locale);
  const user = userEvent.setup();
  render(() => <SeatsSimulatorIsland text={text} today="2026-11-22" />);
  const simulator = document.querySelector<HTMLElement>('[data-simulator]')!;
  const button = (name: string) => within(simulator).getByRole('button', { name });
  const sample = (id: string) => simulator.querySelector<HTMLElement>(`[data-sample="${id}"]`)!;
  const heading = () => simulator.querySelector('[data-screen-heading]')!.textContent;
  const caption = () => simulator.querySelector('[data-step-caption]')!.textContent;
  const seatInput = () => simulator.querySelector<HTMLInputElement>('[data-seat-input]')!;
  /** From the first screen to the subscription list. */
  const openSubscriptions = async () => {
    await user.click(button(text.terms['billing-and-orders']));
    await user.click(button(text.terms['subscriptions-and-contracts']));
  };
  return { text, user, simulator, button, sample, heading, caption, seatInput, openSubscriptions };
}

describe.each(localeCodes)('the seats simulator in %s', (locale) => {
  test('adding seats: a count that adds nothing is refused, then payment and review lead to the order', async () => {
    const { text, user, simulator, button, sample, heading, caption, seatInput, openSubscriptions } =
      renderSimulator(locale);
    await openSubscriptions();
    await user.click(sample('eligible-seats'));
    expect(simulator.querySelector('[data-seat-count]')!.textContent).toBe('5');
    await user.click(button(text.terms['add-seats']));
    expect(heading()).toBe(text.terms['add-seats']);
    expect(caption()).toContain(fillTemplate(text.strings.stepOf, { step: 4, total: 6 }));

    await user.clear(seatInput());
    await user.type(seatInput(), '5{Enter}');
    expect(simulator.querySelector('[data-seat-error]')!.textContent).toBe(text.strings.seats.errors['not-more']);
    expect(seatInput().value).toBe('5');
    expect(seatInput().getAttribute('aria-invalid')).toBe('true');
    expect(await structuralViolations(simulator)).toEqual([]);

    await user.clear(seatInput());
    await user.type(seatInput(), '99999999999999999999999{Enter}');
    expect(simulator.querySelector('[data-seat-error]')!.textContent).toBe(
      fillTemplate(text.strings.seats.errors['too-many'], {
        maximum: new Intl.NumberFormat(locale).format(seatFlow.maximumSeats),
      }),
    );
    expect(seatInput().value).toBe('99999999999999999999999');

    await user.clear(seatInput());
    await user.type(seatInput(), '7');
    await user.click(button(text.terms['save-changes']));
    expect(heading()).toBe(text.terms['payment-method']);
    await user.click(button(text.terms['add-payment-method']));
    expect(within(simulator).getAllByRole('radio')).toHaveLength(2);
    // The button is gone: focus is on the card it added, not dropped to the page.
    await Promise.resolve();
    expect(document.activeElement).toBe(simulator.querySelector('input[type="radio"][value="new-card"]'));
    expect(await structuralViolations(simulator)).toEqual([]);
    await user.click(button(text.terms.save));
    expect(heading()).toBe(text.strings.seats.reviewHeading);
    expect(simulator.querySelector('[data-order-summary]')!.textContent).toContain('5454');
    await user.click(button(text.terms['submit-order']));
    expect(heading()).toBe(text.strings.seats.orderedHeading);
    expect(await structuralViolations(simulator)).toEqual([]);
  });

  test('reducing seats never goes below the minimum, and says when the reduction applies', async () => {
    const { text, user, simulator, button, sample, heading, seatInput, openSubscriptions } = renderSimulator(locale);
    await openSubscriptions();
    await user.click(sample('eligible-seats'));
    await user.click(button(text.terms['reduce-seats']));
    expect(seatInput().getAttribute('min')).toBe(String(parameters['minimum-seats'].value));
    await user.clear(seatInput());
    await user.type(seatInput(), '0{Enter}');
    expect(simulator.querySelector('[data-seat-error]')!.textContent).toBe(
      fillTemplate(text.strings.seats.errors['below-minimum'], { minimum: text.values.minimum }),
    );
    expect(seatInput().value).toBe('0');
    expect(await structuralViolations(simulator)).toEqual([]);
    await user.clear(seatInput());
    await user.type(seatInput(), '3{Enter}');
    expect(heading()).toBe(text.strings.seats.reducedHeading);
    expect(simulator.querySelector('[data-renewal-notice]')!.textContent).toContain('5');
  });

  test('each sample the rules block shows its button disabled, with the reason in its words', async () => {
    const { text, user, simulator, button, sample, caption, openSubscriptions } = renderSimulator(locale);
    await openSubscriptions();
    const cases = [
      ['not-contract-manager', 'add-seats', text.verdicts.reasons['not-contract-manager']],
      ['bought-through-partner', 'reduce-seats', text.verdicts.reasons['not-bought-online']],
      ['not-auto-renew', 'add-seats', text.verdicts.reasons['not-auto-renew']],
      ['single-seat', 'reduce-seats', fillTemplate(text.strings.seats.atMinimum, { minimum: text.values.minimum })],
    ] as const;
    for (const [id, action, reason] of cases) {
      await user.click(sample(id));
      const disabled = button(text.terms[action]);
      expect(disabled.getAttribute('aria-disabled'), id).toBe('true');
      expect(disabled.parentElement!.textContent, id).toContain(reason);
      await user.click(disabled);
      expect(caption(), id).toContain(fillTemplate(text.strings.stepOnly, { step: 3 }));
      expect(await structuralViolations(simulator)).toEqual([]);
      await user.click(button(text.strings.back));
    }
    await user.click(sample('single-seat'));
    expect(button(text.terms['add-seats']).getAttribute('aria-disabled')).not.toBe('true');
  });
});
