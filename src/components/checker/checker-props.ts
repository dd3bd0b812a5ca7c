import { formatParameter } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locales.ts';
import { checkerStrings } from '../../i18n/ui/checker/index.ts';
import { fillTemplate } from '../../i18n/ui/template.ts';
import { verdictStrings } from '../../i18n/ui/verdicts/index.ts';
import { parameters, term, termPath, type Action } from '../../rules/index.ts';
import type { CheckerRootProps } from './CheckerRoot.tsx';
import { checkerStringsFor, verdictStringsFor } from './strings-for-action.ts';

/**
 * Everything the checker island of an action writes, in one locale: what `EligibilityChecker.astro`
 * passes as the island's props, and what the component tests render it with, so both see the same
 * words. Only the strings the action can show travel, in the page's HTML.
 */
export function checkerPropsFor(action: Action, locale: Locale): CheckerRootProps {
  const base = checkerStrings[locale];
  // Account-UI labels come from the rules module's terms, so hints name them as the articles do.
  const labels = { path: termPath('billing-path', locale).join(' > '), account: term('autodesk-account', locale) };
  return {
    action,
    locale,
    strings: checkerStringsFor(action, {
      ...base,
      hints: Object.fromEntries(Object.entries(base.hints).map(([fact, hint]) => [fact, fillTemplate(hint, labels)])),
    }),
    verdictStrings: verdictStringsFor(action, verdictStrings[locale]),
    window: formatParameter(parameters['expiration-window'], locale),
  };
}
