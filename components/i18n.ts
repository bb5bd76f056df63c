/**
 * Interface strings for the extension's pages through `browser.i18n` (public/_locales). The
 * language is the one of the messages the browser picked (a `uiLang` message in each locale), not
 * the browser's UI language: a French browser gets the default locale, Arabic.
 */
import { browser } from 'wxt/browser';

import type { Lang } from '../core/dates';

/** A message name from public/_locales (typed by `wxt prepare`, so a misspelt key fails typecheck). */
export type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];

/**
 * The message `key` with `$1`… substitutions; the key itself when the message is missing (so a
 * missing string is visible, not blank).
 */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  try {
    const message = browser.i18n.getMessage(key, substitutions);
    if (message) return message;
  } catch {
    // Outside an extension context (unit tests) i18n is unavailable: fall through to the key.
  }
  return key;
}

/** The language of the interface strings in use: `ar` unless the browser picked the English ones. */
export function uiLang(): Lang {
  return t('uiLang') === 'en' ? 'en' : 'ar';
}

/** Sets `<html lang dir>` to the interface language. */
export function applyDocumentLang(doc: Document = document): Lang {
  const lang = uiLang();
  doc.documentElement.lang = lang;
  doc.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  return lang;
}

/** Nouns counted in the interface, each with a message per plural category (`count_<noun>_<category>`). */
export type CountedNoun = 'note' | 'name' | 'claim' | 'article';

/**
 * `n` with its noun in the right plural form for the interface language, chosen by
 * `Intl.PluralRules` (Arabic has six categories: «ملاحظة واحدة», «ملاحظتين», «3 ملاحظات», «11 ملاحظة»…).
 * A category without its own message falls back to `other`.
 */
export function countOf(noun: CountedNoun, n: number, lang: Lang = uiLang()): string {
  const category = new Intl.PluralRules(lang).select(n);
  const key = `count_${noun}_${category}` as MessageKey;
  const message = t(key, String(n));
  return message === key ? t(`count_${noun}_other` as MessageKey, String(n)) : message;
}
