import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it, vi } from 'vitest';

const LANG = { current: 'ar' as 'ar' | 'en' };
const messages = (lang: string): Record<string, { message: string }> =>
  JSON.parse(readFileSync(join(import.meta.dirname, `../public/_locales/${lang}/messages.json`), 'utf8'));

vi.mock('wxt/browser', () => ({
  browser: {
    i18n: {
      getMessage: (key: string, subs?: string | string[]) => {
        const m = messages(LANG.current)[key]?.message ?? '';
        const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
        return m.replace(/\$(\d)/g, (_, i: string) => list[Number(i) - 1] ?? '');
      },
    },
  },
}));

const { countOf, t } = await import('./i18n');

describe('countOf (Intl.PluralRules)', () => {
  it('gives Arabic its dual, few and many forms', () => {
    LANG.current = 'ar';
    expect([1, 2, 3, 10, 11, 54, 100].map((n) => countOf('note', n, 'ar'))).toEqual([
      'ملاحظة واحدة',
      'ملاحظتين',
      '3 ملاحظات',
      '10 ملاحظات',
      '11 ملاحظة',
      '54 ملاحظة',
      '100 ملاحظة',
    ]);
    expect(t('options_notesCount', ['3', countOf('note', 3, 'ar')])).toBe('تُعرض 3 من 3 ملاحظات');
  });

  it('gives English its singular', () => {
    LANG.current = 'en';
    expect(t('options_notesCount', ['1', countOf('note', 1, 'en')])).toBe('Showing 1 of 1 note');
    expect(countOf('article', 5, 'en')).toBe('5 articles');
  });
});
