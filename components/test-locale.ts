/**
 * Test helper: a `Locale` that reads public/_locales/<lang>/messages.json the way browser.i18n
 * does (named placeholders whose content is `$1`…), so component tests check the real strings.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { Lang } from '../utils/format';
import type { Locale } from './Locale';

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/** The real `_locales` strings of `lang` as a `Locale`; an unknown key is returned as itself. */
export function testLocale(lang: Lang): Locale {
  const file = join(__dirname, '..', 'public', '_locales', lang, 'messages.json');
  const messages = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Message>;
  const t: Locale['t'] = (key, substitutions) => {
    const m = messages[key];
    if (!m) return key;
    const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    const positional = (s: string) => s.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
    return m.message.replace(/\$(\w+)\$/g, (whole, name: string) => {
      const p = m.placeholders?.[name.toLowerCase()];
      return p ? positional(p.content) : whole;
    });
  };
  return { lang, dir: lang === 'ar' ? 'rtl' : 'ltr', t };
}
