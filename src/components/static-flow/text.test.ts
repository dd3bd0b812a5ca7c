import { describe, expect, test } from 'vitest';
import { localeCodes } from '../../i18n/locales.ts';
import { procedureIds, staticFlowPaths, staticOptions } from '../../rules/index.ts';
import { staticOptionText, staticQuestionText } from './text.ts';

describe.each(localeCodes)('the no-JavaScript flows’ words in %s', (locale) => {
  test.each(procedureIds)('%s: every question and answer has its text, with its rule values filled in', (action) => {
    for (const page of staticFlowPaths(action)) {
      if (page.kind !== 'question') continue;
      const question = staticQuestionText(locale, action, page.question, page.answers);
      expect(question.length).toBeGreaterThan(3);
      expect(question).not.toMatch(/[{}]/);
      const answers = staticOptions(action, page.question).map(({ slug }) =>
        staticOptionText(locale, action, page.question, slug),
      );
      for (const answer of answers) expect(answer).not.toMatch(/^$|[{}]/);
      expect(new Set(answers).size).toBe(answers.length);
    }
  });

  test('the grace-period question names the grace period of the term answered before it', () => {
    const text = (term: string) =>
      staticQuestionText(locale, 'automatic-renewal', 'gracePeriodOver', [{ question: 'term', option: term }]);
    expect(text('monthly')).toMatch(/30/);
    expect(text('annual')).toMatch(/45/);
    expect(text('multi-year')).toBe(text('annual'));
  });
});
