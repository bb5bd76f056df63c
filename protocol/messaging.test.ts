import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { handleRequest } from '../entrypoints/background/door';
import { classifySender, isAllowedFor, listenToContent, sendToBackground, sendToTab } from './messaging';
import { seedIfNeeded } from '../entrypoints/background/seed';
import { testDataset, testDb } from '../tests/fixtures/dataset';

afterEach(() => fakeBrowser.reset());

describe('classifySender', () => {
  const id = 'abc';
  const origin = 'chrome-extension://abc/';
  it('tells extension pages from content scripts and refuses the rest', () => {
    expect(classifySender({ id, url: 'chrome-extension://abc/popup.html' }, id, origin)).toBe('extension-page');
    expect(classifySender({ id, url: 'chrome-extension://abc/popover.html', tab: { id: 3 } as never }, id, origin)).toBe(
      'extension-page',
    );
    expect(classifySender({ id, url: 'https://news.example/', tab: { id: 3 } as never }, id, origin)).toBe('content-script');
    expect(classifySender({ id: 'other', url: 'chrome-extension://abc/popup.html' }, id, origin)).toBeUndefined();
    expect(classifySender({ id, url: 'chrome-extension://abcd/popup.html' }, id, origin)).toBeUndefined();
    expect(classifySender({ id, url: 'https://news.example/' }, id, origin)).toBeUndefined();
    expect(classifySender({ id: '', url: 'chrome-extension://abc/x' }, '', origin)).toBeUndefined();
    expect(classifySender({ id, url: 'moz-extension://uuid/popup.html' }, id, 'moz-extension://uuid')).toBe('extension-page');
  });

  it('lets content scripts send only requests that never reveal notes or change global state', () => {
    expect(isAllowedFor('content-script', 'site.get')).toBe(true);
    expect(isAllowedFor('content-script', 'notes.markersForPage')).toBe(true);
    expect(isAllowedFor('content-script', 'notes.forEntity')).toBe(false);
    expect(isAllowedFor('content-script', 'pause.set')).toBe(false);
    expect(isAllowedFor('extension-page', 'notes.forEntity')).toBe(true);
  });
});

describe('sendToBackground', () => {
  it('sends a flat typed request and returns the result', async () => {
    const db = testDb();
    await seedIfNeeded(db, testDataset());
    fakeBrowser.runtime.onMessage.addListener(((message: unknown) => handleRequest({ db }, message)) as never);
    const result = await sendToBackground('entity.refs', { ids: ['city-d'] });
    expect(result).toEqual({ ok: true, value: [{ id: 'city-d', type: 'place', name: { ar: 'المدينة د', en: 'City D' } }] });
    expect(await sendToBackground('entity.get', { id: 'nobody' })).toEqual({ ok: false, error: 'unknown entity: nobody' });
  });

  it('turns a missing background into an error result', async () => {
    expect(await sendToBackground('site.get', { host: 'news.example' })).toEqual({
      ok: false,
      error: 'message failed: No listeners available',
    });
    fakeBrowser.runtime.onMessage.addListener((() => undefined) as never);
    expect(await sendToBackground('site.get', { host: 'news.example' })).toEqual({
      ok: false,
      error: 'no reply from the background',
    });
    fakeBrowser.reset();
    fakeBrowser.runtime.onMessage.addListener((() => Promise.reject(new Error('gone'))) as never);
    expect(await sendToBackground('site.get', { host: 'news.example' })).toEqual({ ok: false, error: 'message failed: gone' });
  });
});

describe('listenToContent', () => {
  it('answers its own validated types, leaves others, and stops on abort', async () => {
    const seen: unknown[] = [];
    const controller = new AbortController();
    listenToContent(
      {
        'site.changed': (state) => {
          seen.push(state);
          return null;
        },
      },
      controller.signal,
    );
    const send = (message: unknown) => fakeBrowser.runtime.onMessage.trigger(message, { id: fakeBrowser.runtime.id });

    expect(await send({ type: 'site.changed', host: 'a.example', enabled: false, paused: false })).toEqual([
      { ok: true, value: null },
    ]);
    expect(seen).toEqual([{ host: 'a.example', enabled: false, paused: false }]);
    expect(await send({ type: 'site.changed', host: 'a.example' })).toEqual([
      { ok: false, error: expect.stringContaining('invalid site.changed') },
    ]);
    expect(await send({ type: 'page.stats' })).toEqual([undefined]);
    expect(await send({ type: 'site.changed', host: 'a.example', enabled: true, paused: false, extra: 1 })).toMatchObject([
      { ok: false },
    ]);
    expect(
      await fakeBrowser.runtime.onMessage.trigger(
        { type: 'site.changed', host: 'a.example', enabled: true, paused: false },
        { id: 'another-extension' },
      ),
    ).toEqual([{ ok: false, error: 'unknown sender' }]);

    controller.abort();
    expect(await send({ type: 'site.changed', host: 'a.example', enabled: true, paused: false })).toEqual([]);
    expect(seen).toHaveLength(1);
  });

  it('sendToTab reports a tab without the content script as an error', async () => {
    const result = await sendToTab(12345, 'page.stats', {});
    expect(result.ok).toBe(false);
  });
});
