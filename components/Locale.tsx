/**
 * The interface language and its strings, given to the popover's components through context so
 * they render the same under browser.i18n (the extension) and a plain lookup (component tests).
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

import type { Lang } from '../core/dates';

/** Looks a `_locales` message up by key, with `$1`… substitutions (browser.i18n.getMessage's contract). */
export type Translate = (key: string, substitutions?: string | string[]) => string;

export interface Locale {
  lang: Lang;
  /** `rtl` for Arabic. */
  dir: 'rtl' | 'ltr';
  t: Translate;
}

const LocaleContext = createContext<Locale>({ lang: 'ar', dir: 'rtl', t: (key) => key });

/** The current locale (language, direction, strings). */
export function useLocale(): Locale {
  return useContext(LocaleContext);
}

/** Picks the Arabic or English side of a bilingual dataset field. */
export function pick(value: { ar: string; en: string }, lang: Lang): string {
  return value[lang];
}

export default LocaleContext;
