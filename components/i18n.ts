/**
 * Interface strings for the extension's pages through `browser.i18n` (public/_locales). The
 * language is the one of the messages the browser picked (a `uiLang` message in each locale), not
 * the browser's UI language: a French browser gets the default locale, Arabic.
 */
import { browser } from 'wxt/browser';

import type { Lang } from '../core/dates';

/** A message name from public/_locales (typed by `wxt prepare`, so a misspelt key fails typecheck). */
export type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];

/** One message as `_locales/<locale>/messages.json` holds it. */
interface LocaleMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/** The strings read from our own `_locales` files when the browser has none (see {@link loadMessages}), by lower-case name. */
let ownMessages: Record<string, LocaleMessage> | null = null;

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
  const own = ownMessages?.[key.toLowerCase()];
  return own ? formatMessage(own, substitutions) : key;
}

/**
 * Makes sure {@link t} has the interface strings; every extension page awaits it before its first
 * render. Chromium gives a renderer process an extension's messages once, by a synchronous
 * request, and keeps what came back for every page, frame and the service worker of that
 * extension in the process; when that first request comes back empty, every `getMessage` there
 * answers "" until the process ends, and our pages showed raw keys («popup_siteSwitch») in place
 * of every label. Seen on fresh launches whose first-run tab was closed while it loaded: 3 of 15
 * (0 of 15 when it was left to load). `@@extension_id` is in every set the browser loads, so an
 * empty answer for it means the set is missing; then the strings are read from the `_locales`
 * files, in the locale the browser would have picked, over the default locale's.
 */
export async function loadMessages(): Promise<void> {
  let manifestDefault: string | undefined;
  let uiLanguage: string;
  try {
    if (ownMessages || browser.i18n.getMessage('@@extension_id')) return;
    manifestDefault = browser.runtime.getManifest().default_locale;
    uiLanguage = browser.i18n.getUILanguage();
  } catch {
    return; // not an extension page
  }
  const merged: Record<string, LocaleMessage> = {};
  for (const locale of localeChain(uiLanguage, manifestDefault).reverse()) {
    // Extension pages are served from the extension's origin: the path is the file.
    const file = await fetch(`/_locales/${locale}/messages.json`)
      .then((r) => (r.ok ? (r.json() as Promise<Record<string, LocaleMessage>>) : undefined))
      .catch(() => undefined);
    if (file) for (const [name, message] of Object.entries(file)) merged[name.toLowerCase()] = message;
  }
  ownMessages = merged;
}

/** The locales Chromium tries, most specific first: `en_US`, `en`, then the manifest's default. */
export function localeChain(uiLanguage: string, defaultLocale: string | undefined): string[] {
  const full = uiLanguage.replace(/-/g, '_');
  const chain = [full, full.split('_')[0] ?? '', defaultLocale ?? ''].filter((l) => /^[A-Za-z]{2,3}(_[A-Za-z0-9]+)?$/.test(l));
  return [...new Set(chain)];
}

/**
 * A message with its `$NAME$` placeholders and `$1`… substitutions filled in, as `getMessage`
 * does (`$$` is a dollar sign).
 */
export function formatMessage(entry: LocaleMessage, substitutions?: string | string[]): string {
  const list = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const placeholders = new Map(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => placeholders.get(name.toLowerCase()) ?? whole)
    .replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (list[Number(d) - 1] ?? '')));
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
