import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { checkAdvice } from './advice.ts';
import { createFixture, repositoryRoot, type Fixture } from './fixture.ts';
import { loadProject } from './project.ts';

const partnerModule = 'src/rules/procedures/partner.ts';
const englishVerdicts = 'src/i18n/ui/verdicts/en.ts';

describe('no advice without a source', () => {
  let fixture: Fixture;
  beforeEach(async () => {
    fixture = await createFixture();
  });
  afterEach(() => fixture.remove());

  const adviceProblems = async () => (await fixture.check()).filter((line) => /next step|advice/.test(line));

  test('the repository passes', async () => {
    expect(await checkAdvice(await loadProject(repositoryRoot))).toEqual([]);
  });

  test('a next step naming a procedure the registry does not have is advice bound to nothing', async () => {
    await fixture.edit(partnerModule, (text) =>
      text.replace(
        "'token-flex': { rule: 'token-flex-blocks-partner-update', nextStep: { kind: 'support' } }",
        "'token-flex': { rule: 'token-flex-blocks-partner-update', nextStep: { kind: 'procedure', procedure: 'renegotiate' } }",
      ),
    );
    const line = await fixture.line(partnerModule, "'token-flex'");
    expect(await adviceProblems()).toEqual([
      `${partnerModule}:${line}: gives as a next step the procedure "renegotiate", which src/rules/procedures/index.ts does not register. ` +
        'Fix: register it in src/rules/procedures/index.ts, or name a registered procedure, a rule or support.',
    ]);
  });

  test('a sentence of advice typed into a verdict dictionary is reported where it is', async () => {
    await fixture.edit(englishVerdicts, (text) =>
      text.replace(
        "  ruleLink: 'Read the rule',",
        "  ruleLink: 'Read the rule',\n  selfServiceNextStep: 'Ask your partner.',",
      ),
    );
    const line = await fixture.line(englishVerdicts, 'selfServiceNextStep:');
    expect(await adviceProblems()).toContainEqual(
      `${englishVerdicts}:${line}: holds "selfServiceNextStep", sentences of advice bound to no source. ` +
        "Fix: remove it: a verdict's next steps are the registry's (src/rules/procedures/<id>.ts): a rule's sentence, a procedure's article, or support.",
    );
  });

  test('a reason bound to a rule that does not produce it is reported in its procedure module', async () => {
    await fixture.edit(partnerModule, (text) =>
      text.replace(
        "'token-flex': { rule: 'token-flex-blocks-partner-update',",
        "'token-flex': { rule: 'partner-update-replaces-all',",
      ),
    );
    const line = await fixture.line(partnerModule, "'token-flex'");
    expect(await adviceProblems()).toEqual([]);
    expect(await fixture.check()).toContainEqual(
      `${partnerModule}:${line}: binds the reason "token-flex" to the rule "partner-update-replaces-all", which does not produce it. ` +
        'Fix: name a rule of src/rules/rules.ts whose `reasons` list "token-flex".',
    );
  });
});
