import { formatParameter } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locales.ts';
import { checkerStrings } from '../../i18n/ui/checker/index.ts';
import { fillTemplate } from '../../i18n/ui/template.ts';
import { verdictStrings } from '../../i18n/ui/verdicts/index.ts';
import { parameters, procedureById, term, termPath, type Action } from '../../rules/index.ts';
import type { CheckerRootProps } from './CheckerRoot.tsx';
import { nextStepTextsFor } from './next-step-text.ts';
import { checkerStringsFor, verdictStringsFor } from './strings-for-action.ts';

/**
 * Everything the checker island of `action`'s article gets, in one locale: what
 * `EligibilityChecker.astro` passes as props and what the component tests render it with, so both
 * see the same words. Only the words the procedure can show travel (props are HTML the reader
 * downloads); next steps link to other articles by their titles, and into this one by anchor.
 * @param title an article's title in `locale`
 */
export function checkerPropsFor(action: Action, locale: Locale, title: (slug: string) => string): CheckerRootProps {
  const base = checkerStrings[locale];
  // Account-UI labels come from the rules module's terms, so hints name them as the articles do.
  const labels = {
    path: termPath('billing-path', locale).join(' > '),
    account: term('autodesk-account', locale),
    autoRenew: term('auto-renew', locale),
  };
  return {
    action,
    locale,
    strings: checkerStringsFor(action, {
      ...base,
      hints: Object.fromEntries(Object.entries(base.hints).map(([fact, hint]) => [fact, fillTemplate(hint, labels)])),
    }),
    verdictStrings: verdictStringsFor(action, verdictStrings[locale]),
    nextSteps: nextStepTextsFor(action, { locale, article: procedureById(action).article, title }),
    window: formatParameter(parameters['expiration-window'], locale),
  };
}
