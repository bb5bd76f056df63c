import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterEach, describe, expect, it, vi } from 'vitest';

/** What the browser's own message bundle answers: '' for every name when Chromium lost it. */
const BUNDLE = { lost: true };
const localeFile = (locale: string): string | undefined => {
  try {
    return readFileSync(join(import.meta.dirname, `../public/_locales/${locale}/messages.json`), 'utf8');
  } catch {
    return undefined;
  }
};

vi.mock('wxt/browser', () => ({
  browser: {
    i18n: {
      getMessage: (key: string) => (BUNDLE.lost ? '' : key === '@@extension_id' ? 'abcdefghijklmnopabcdefghijklmnop' : `browser:${key}`),
      getUILanguage: () => 'en-US',
    },
    runtime: { getManifest: () => ({ default_locale: 'ar' }) },
  },
}));

const fetched: string[] = [];
vi.stubGlobal('fetch', async (path: string) => {
  fetched.push(path);
  const body = localeFile(path.split('/')[2]!);
  return body === undefined ? new Response('', { status: 404 }) : new Response(body);
});

const { formatMessage, loadMessages, localeChain, t } = await import('./i18n');

afterEach(() => {
  fetched.length = 0;
});

describe('loadMessages: the interface strings when the browser lost its copy', () => {
  it('leaves a working bundle alone and fetches nothing', async () => {
    BUNDLE.lost = false;
    await loadMessages();
    expect(fetched).toEqual([]);
    expect(t('extName')).toBe('browser:extName');
  });

  it('reads the _locales files the browser would pick, over the default locale, and fills placeholders', async () => {
    BUNDLE.lost = true;
    expect(t('popup_siteSwitch')).toBe('popup_siteSwitch');
    await loadMessages();
    expect(fetched).toEqual(['/_locales/ar/messages.json', '/_locales/en/messages.json', '/_locales/en_US/messages.json']);
    expect(t('popup_siteSwitch')).toBe('Highlight on this site');
    expect(t('uiLang')).toBe('en');
    expect(t('popover_dialogLabel', 'Khalifa Haftar')).toBe('Siyaq: Khalifa Haftar');
  });
});

describe('formatMessage and localeChain (as chrome.i18n does them)', () => {
  it('fills named placeholders, positional substitutions and $$', () => {
    const entry = { message: 'About $NAME$ ($LIST$): $$5, $3', placeholders: { name: { content: '$1' }, list: { content: '$2' } } };
    expect(formatMessage(entry, ['Haftar', 'a, b'])).toBe('About Haftar (a, b): $5, ');
    expect(formatMessage({ message: 'plain' })).toBe('plain');
  });

  it('tries the full UI locale, its language, then the default', () => {
    expect(localeChain('en-US', 'ar')).toEqual(['en_US', 'en', 'ar']);
    expect(localeChain('ar', 'ar')).toEqual(['ar']);
    expect(localeChain('fr', undefined)).toEqual(['fr']);
  });
});
