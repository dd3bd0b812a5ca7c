import { render, screen, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test } from 'vitest';
import { localeCodes, type Locale } from '../../../i18n/locales.ts';
import { fillTemplate } from '../../../i18n/ui/template.ts';
import { newPartner } from '../../../rules/index.ts';
import { structuralViolations } from '../../testing/axe.ts';
import PartnerSimulatorIsland from '../PartnerSimulatorIsland.tsx';
import { simulatorTextFor } from '../simulator-text.ts';

/*
 * The partner simulator's screens in every locale, driven as a reader would. The keyboard journey,
 * focus and colour contrast are the browser suite's (tests/e2e/simulator.spec.ts, in two locales);
 * here every locale's words, messages and disabled actions, and axe's structural rules.
 */

afterEach(() => {
  document.body.innerHTML = '';
});

function renderSimulator(locale: Locale) {
  const text = simulatorTextFor('partner', locale);
  const user = userEvent.setup();
  render(() => <PartnerSimulatorIsland text={text} today="2026-11-22" />);
  const simulator = document.querySelector<HTMLElement>('[data-simulator]')!;
  const button = (name: string) => within(simulator).getByRole('button', { name });
  const sample = (id: string) => simulator.querySelector<HTMLElement>(`[data-sample="${id}"]`)!;
  /** From the first screen to the subscription list. */
  const openSubscriptions = async () => {
    await user.click(button(text.strings.partner.accountNumberContinue));
    await user.click(button(text.terms['billing-and-orders']));
    await user.click(button(text.terms['subscriptions-and-contracts']));
  };
  return { text, user, simulator, button, sample, openSubscriptions };
}

describe.each(localeCodes)('the partner simulator in %s', (locale) => {
  test('a malformed, then an unknown account number each say why and keep what was typed', async () => {
    const { text, user, simulator, button, sample, openSubscriptions } = renderSimulator(locale);
    await openSubscriptions();
    await user.click(sample('eligible-contract'));
    await user.click(button(text.terms.actions));
    await user.click(button(text.terms['update-reseller-information']));
    const input = simulator.querySelector<HTMLInputElement>('[data-csn-input]')!;
    await user.type(input, '12ab{Enter}');
    expect(simulator.querySelector('[data-csn-error]')!.textContent).toBe(text.strings.partner.csnErrors.malformed);
    expect(input.value).toBe('12ab');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(await structuralViolations(simulator)).toEqual([]);

    await user.clear(input);
    await user.type(input, '5100099999');
    await user.click(button(text.terms.find));
    expect(simulator.querySelector('[data-csn-error]')!.textContent).toBe(text.strings.partner.csnErrors.unknown);
    expect(input.value).toBe('5100099999');
    // Focus returns to the field the message describes, not left on Find.
    expect(document.activeElement).toBe(input);
    expect(simulator.querySelector('[data-step-caption]')!.textContent).toContain(
      fillTemplate(text.strings.stepOf, { step: 5, total: 8 }),
    );
  });

  test('several partners are warned before Submit that all are replaced', async () => {
    const { text, user, simulator, button, sample, openSubscriptions } = renderSimulator(locale);
    await openSubscriptions();
    await user.click(sample('several-partners'));
    await user.click(button(text.terms.actions));
    await user.click(button(text.terms['update-reseller-information']));
    await user.type(simulator.querySelector<HTMLInputElement>('[data-csn-input]')!, newPartner.csn);
    await user.click(button(text.terms.find));
    await user.click(button(text.terms.next));
    expect(simulator.querySelector('[data-replaces-all]')!.textContent).toContain(newPartner.name);
    expect(await structuralViolations(simulator)).toEqual([]);
  });

  test('each sample the rules block shows the action disabled, with every reason and where to read it', async () => {
    const { text, user, simulator, button, sample, openSubscriptions } = renderSimulator(locale);
    await openSubscriptions();
    const blocked = ['auto-renew', 'token-flex', 'expires-soon', 'expired', 'subscription-id'];
    for (const id of blocked) {
      await user.click(sample(id));
      await user.click(button(text.terms.actions));
      const item = button(text.terms['update-reseller-information']);
      expect(item.getAttribute('aria-disabled')).toBe('true');
      const description = document.getElementById(item.getAttribute('aria-describedby')!)!;
      const reasons = [...description.querySelectorAll('li[data-reason]')];
      expect(reasons.length, `${id}: reasons`).toBeGreaterThan(0);
      for (const reason of reasons) {
        expect(reason.textContent!.trim().length).toBeGreaterThan(text.verdicts.ruleLink.length);
        expect(reason.querySelector('a')!.getAttribute('href')).toMatch(/^#rule-[a-z-]+$/);
      }
      await user.click(item);
      expect(screen.getByRole('status').textContent).toBe(text.strings.actionUnavailable);
      expect(simulator.querySelector('[data-step-caption]')!.textContent).toContain(
        fillTemplate(text.strings.stepOf, { step: 4, total: 8 }),
      );
      expect(await structuralViolations(simulator)).toEqual([]);
      await user.click(button(text.strings.back));
    }
  });
});
