import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createFixture, fixtureTimeout, repositoryRoot, type Fixture } from './fixture.ts';
import { loadProject } from './project.ts';
import { checkRuleLinks } from './rule-links.ts';

const italianSeats = 'src/content/docs/it/add-or-reduce-seats.mdx';

describe('links to #rule-<id> anchors lead to a rule sentence of the same locale', { timeout: fixtureTimeout }, () => {
  let fixture: Fixture;
  beforeEach(async () => {
    fixture = await createFixture();
  });
  afterEach(() => fixture.remove());

  test('the repository passes', async () => {
    expect(checkRuleLinks(await loadProject(repositoryRoot))).toEqual([]);
  });

  test('valid links on the same page and to another article of the locale pass', async () => {
    await fixture.edit(
      italianSeats,
      (text) =>
        `${text}\nVedi [la regola](#rule-seats-payment-method) e [il partner](/it/update-authorized-partner-information/#rule-expiration-window).\n`,
    );
    expect(await fixture.check()).toEqual([]);
  });

  test('a link into another locale, and a link to a rule the page does not mark, fail', async () => {
    await fixture.edit(
      italianSeats,
      (text) =>
        `${text}\nVedi [la regola](/update-authorized-partner-information/#rule-expiration-window) e [questa](#rule-expiration-window).\n`,
    );
    const line = await fixture.line(italianSeats, 'Vedi [la regola]');
    expect(await fixture.check()).toEqual([
      `${italianSeats}:${line}: links to /update-authorized-partner-information/#rule-expiration-window, a page in "en", from a page in "it". ` +
        'Fix: link to /it/update-authorized-partner-information/#rule-expiration-window instead.',
      `${italianSeats}:${line}: links to #rule-expiration-window, but ${italianSeats} marks no <Rule id="expiration-window">. ` +
        'Fix: link to /it/update-authorized-partner-information/#rule-expiration-window.',
    ]);
  });
});
