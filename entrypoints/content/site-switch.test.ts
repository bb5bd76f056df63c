import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { handleRequest } from '../background/door';
import { testDb } from '../../tests/fixtures/dataset';
import { askSiteEarly } from './early-ask';
import { startEarlySiteToggle, startSiteToggle, type ToggleableHighlighter } from './site-switch';

afterEach(() => fakeBrowser.reset());

function fakeHighlighter() {
  const calls: boolean[] = [];
  const highlighter: ToggleableHighlighter = {
    setEnabled: (on) => void calls.push(on),
    stats: () => ({ count: 3, entities: [{ id: 'city-d', count: 3 }] }),
    scrollTo: (id) => id === 'city-d',
  };
  return { calls, highlighter };
}

/** A background on a fake database, answering as it would an extension page. */
function background() {
  const db = testDb();
  fakeBrowser.runtime.onMessage.addListener(((message: unknown) => {
    const type = (message as { type?: string }).type ?? '';
    return type.startsWith('site.') || type.startsWith('pause.') ? handleRequest({ db }, message) : undefined;
  }) as never);
  return db;
}

const fromExtension = (message: unknown) => fakeBrowser.runtime.onMessage.trigger(message, { id: fakeBrowser.runtime.id });

describe('startSiteToggle', () => {
  it('highlights a site that was never toggled', async () => {
    background();
    const { calls, highlighter } = fakeHighlighter();
    expect(await startSiteToggle(highlighter, { host: 'news.example' })).toMatchObject({ enabled: true });
    expect(calls).toEqual([true]);
  });

  it('keeps a site off that the reader turned off, and a paused browser off', async () => {
    const db = background();
    await db.sites.put({ host: 'news.example', enabled: false, updatedAt: 1 });
    const off = fakeHighlighter();
    await startSiteToggle(off.highlighter, { host: 'news.example' });
    expect(off.calls).toEqual([false]);

    await db.setMeta('paused', true);
    const paused = fakeHighlighter();
    await startSiteToggle(paused.highlighter, { host: 'other.example' });
    expect(paused.calls).toEqual([false]);
  });

  it('tells the extension its normalised host (page.host), and only the extension', async () => {
    background();
    const { highlighter } = fakeHighlighter();
    await startSiteToggle(highlighter, { host: 'News.Example.' });
    expect(await fromExtension({ type: 'page.host' })).toContainEqual({ ok: true, value: 'news.example' });
    expect(await fakeBrowser.runtime.onMessage.trigger({ type: 'page.host' }, { id: 'another-extension' })).toContainEqual({
      ok: false,
      error: 'unknown sender',
    });
  });

  it('follows site.changed for its own host only, and stops when aborted', async () => {
    background();
    const { calls, highlighter } = fakeHighlighter();
    const controller = new AbortController();
    await startSiteToggle(highlighter, { host: 'news.example', signal: controller.signal });
    await fromExtension({ type: 'site.changed', host: 'news.example', enabled: false, paused: false });
    await fromExtension({ type: 'site.changed', host: 'elsewhere.example', enabled: true, paused: false });
    await fromExtension({ type: 'site.changed', host: 'news.example', enabled: true, paused: true });
    await fromExtension({ type: 'site.changed', host: 'news.example', enabled: true, paused: false });
    expect(calls).toEqual([true, false, false, true]);
    controller.abort();
    await fromExtension({ type: 'site.changed', host: 'news.example', enabled: false, paused: false });
    expect(calls).toHaveLength(4);
  });

  it('answers the popup with stats and scrolls', async () => {
    background();
    const { highlighter } = fakeHighlighter();
    await startSiteToggle(highlighter, { host: 'news.example' });
    expect(await fromExtension({ type: 'page.stats' })).toContainEqual({
      ok: true,
      value: { count: 3, entities: [{ id: 'city-d', count: 3 }] },
    });
    expect(await fromExtension({ type: 'page.scrollTo', entityId: 'city-d' })).toContainEqual({ ok: true, value: true });
    expect(await fromExtension({ type: 'page.scrollTo', entityId: 'Not A Slug' })).toContainEqual({
      ok: false,
      error: expect.stringContaining('invalid page.scrollTo'),
    });
  });

  it('stays on when the background cannot answer', async () => {
    const { calls, highlighter } = fakeHighlighter();
    expect(await startSiteToggle(highlighter, { host: 'news.example' })).toEqual({
      host: 'news.example',
      enabled: true,
      paused: false,
    });
    expect(calls).toEqual([true]);
  });

  it('lets a change that arrives during the first question win', async () => {
    const { calls, highlighter } = fakeHighlighter();
    let answer!: (value: unknown) => void;
    fakeBrowser.runtime.onMessage.addListener(((message: { type: string }) =>
      message.type === 'site.get' ? new Promise((resolve) => (answer = resolve)) : undefined) as never);
    const started = startSiteToggle(highlighter, { host: 'news.example' });
    await Promise.resolve();
    await fromExtension({ type: 'site.changed', host: 'news.example', enabled: false, paused: false });
    answer({ ok: true, value: { host: 'news.example', enabled: true, paused: false } });
    await started;
    expect(calls).toEqual([false]);
  });
});

describe('startEarlySiteToggle', () => {
  it('applies an answer that came before attach synchronously, in the attaching task', async () => {
    const db = background();
    await db.sites.put({ host: 'news.example', enabled: false, updatedAt: 1 });
    const early = startEarlySiteToggle({ host: 'news.example' });
    expect(await early.ready).toMatchObject({ enabled: false });
    const { calls, highlighter } = fakeHighlighter();
    early.attach(highlighter);
    expect(calls).toEqual([false]);
  });

  it('applies the answer when it comes after attach, and changes after that', async () => {
    background();
    const early = startEarlySiteToggle({ host: 'news.example' });
    const { calls, highlighter } = fakeHighlighter();
    early.attach(highlighter);
    expect(calls).toEqual([]);
    await early.ready;
    expect(calls).toEqual([true]);
    await fromExtension({ type: 'site.changed', host: 'news.example', enabled: false, paused: false });
    expect(calls).toEqual([true, false]);
  });

  it('hands a change heard before attach to the highlighter, not the older answer', async () => {
    background();
    const early = startEarlySiteToggle({ host: 'news.example' });
    await early.ready;
    await fromExtension({ type: 'site.changed', host: 'news.example', enabled: false, paused: false });
    const { calls, highlighter } = fakeHighlighter();
    early.attach(highlighter);
    expect(calls).toEqual([false]);
  });

  it('answers page.stats with no highlights until attached, then with the highlighter\'s', async () => {
    background();
    const early = startEarlySiteToggle({ host: 'news.example' });
    await early.ready;
    expect(await fromExtension({ type: 'page.stats' })).toContainEqual({ ok: true, value: { count: 0, entities: [] } });
    early.attach(fakeHighlighter().highlighter);
    expect(await fromExtension({ type: 'page.stats' })).toContainEqual({
      ok: true,
      value: { count: 3, entities: [{ id: 'city-d', count: 3 }] },
    });
  });
});

describe("the door's early ask (askSiteEarly, no zod) handed to main", () => {
  it("uses the door's reply instead of asking again, validated", async () => {
    const db = background();
    await db.sites.put({ host: 'news.example', enabled: false, updatedAt: 1 });
    const ask = askSiteEarly('news.example');
    let asked = 0;
    fakeBrowser.runtime.onMessage.addListener(((m: { type?: string }) => void (m.type === 'site.get' && asked++)) as never);
    const { calls, highlighter } = fakeHighlighter();
    const early = startEarlySiteToggle({ host: 'news.example', ask });
    early.attach(highlighter);
    expect(await early.ready).toMatchObject({ enabled: false });
    expect(calls).toEqual([false]);
    expect(asked).toBe(0);
  });

  it('applies a site.changed the door heard before main loaded, and refuses a malformed reply', async () => {
    let reply: unknown = { ok: true, value: { host: 'news.example', enabled: 'yes' } };
    fakeBrowser.runtime.onMessage.addListener(((m: { type?: string }) => (m.type === 'site.get' ? Promise.resolve(reply) : undefined)) as never);
    const ask = askSiteEarly('news.example');
    await fromExtension({ type: 'site.changed', host: 'news.example', enabled: false, paused: false });
    await fromExtension({ type: 'site.changed', host: 'other.example', enabled: true, paused: false });
    const { calls, highlighter } = fakeHighlighter();
    const state = await startSiteToggle(highlighter, { host: 'news.example', ask });
    // The change wins over the (invalid, so default-on) reply, as a change after the ask should.
    expect(calls).toEqual([false]);
    expect(state).toEqual({ host: 'news.example', enabled: true, paused: false });

    reply = { ok: true, value: { host: 'news.example', enabled: 'yes' } };
    const second = fakeHighlighter();
    await startSiteToggle(second.highlighter, { host: 'news.example', ask: askSiteEarly('news.example') });
    expect(second.calls).toEqual([true]);
  });
});

