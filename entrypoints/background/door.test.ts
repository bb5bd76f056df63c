import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import type { SiyaqDB } from './db';
import { createMessageListener, handleRequest, type HandlerDeps, type SiteChange } from './door';
import { broadcastSiteChange, hostOfTab, toggleSiteOf } from './tabs';
import { ToBackground, type Result, type ToBackgroundType } from '../../protocol/messages';
import { seedIfNeeded } from './seed';
import { hostOf } from '../../core/site-host';
import { testDataset, testDb, testNote } from '../../tests/fixtures/dataset';

const ID = 'siyaq-test-id';
const ORIGIN = 'chrome-extension://siyaq-test-id/';
const popup = { id: ID, url: `${ORIGIN}popup.html` };
const contentScript = { id: ID, url: 'https://news.example/story', tab: { id: 7 } as never };

let db: SiyaqDB;
let changes: SiteChange[];
let deps: HandlerDeps;
let clock: number;

beforeEach(async () => {
  db = testDb();
  changes = [];
  clock = 10_000;
  deps = {
    db,
    ready: seedIfNeeded(db, testDataset()),
    onSiteChange: async (c) => void changes.push(c),
    now: () => clock,
  };
  await deps.ready;
});

/** Sends as the popup and checks the reply against the type's response schema. */
async function ask<K extends ToBackgroundType>(type: K, payload: Record<string, unknown>) {
  const result = await handleRequest(deps, { type, ...payload });
  if (result.ok) ToBackground[type].response.parse(result.value);
  return result;
}

function value<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`expected ok, got error: ${result.error}`);
  return result.value as T;
}

describe('site settings', () => {
  it('defaults to on, not paused', async () => {
    expect(value(await ask('site.get', { host: 'news.example' }))).toEqual({
      host: 'news.example',
      enabled: true,
      paused: false,
    });
  });

  it('stores a site setting, normalises the host and announces the change', async () => {
    expect(value(await ask('site.set', { host: 'News.Example.', enabled: false }))).toEqual({
      host: 'news.example',
      enabled: false,
      paused: false,
    });
    expect(await db.sites.get('news.example')).toEqual({ host: 'news.example', enabled: false, updatedAt: 10_000 });
    expect(changes).toEqual([{ host: 'news.example' }]);
    expect(value(await ask('site.get', { host: 'news.example' }))).toMatchObject({ enabled: false });
    expect(value(await ask('site.get', { host: 'other.example' }))).toMatchObject({ enabled: true });
    expect(value(await ask('sites.list', {}))).toEqual([{ host: 'news.example', enabled: false, updatedAt: 10_000 }]);
  });

  it('pauses every site and announces it', async () => {
    expect(value(await ask('pause.set', { paused: true }))).toEqual({ paused: true });
    expect(value(await ask('site.get', { host: 'news.example' }))).toEqual({
      host: 'news.example',
      enabled: true,
      paused: true,
    });
    expect(changes).toEqual([{ paused: true }]);
  });

  it('saves the setting even if the broadcast fails', async () => {
    deps.onSiteChange = () => Promise.reject(new Error('no tabs'));
    expect((await ask('site.set', { host: 'news.example', enabled: false })).ok).toBe(true);
    expect(await db.sites.get('news.example')).toMatchObject({ enabled: false });
  });

  it('refuses something that is not a hostname', async () => {
    for (const host of ['news.example/path', 'a b', 'evil.example:80@x', '<script>']) {
      const result = await ask('site.get', { host });
      expect(result).toMatchObject({ ok: false, error: expect.stringContaining('invalid host') });
    }
    expect(await db.sites.count()).toBe(0);
  });

  it('toggles the site of a tab (the keyboard command)', async () => {
    expect(await toggleSiteOf(deps, 'https://news.example/a?b#c')).toMatchObject({ host: 'news.example', enabled: false });
    expect(await toggleSiteOf(deps, 'https://news.example/other')).toMatchObject({ enabled: true });
    expect(await toggleSiteOf(deps, 'chrome://extensions')).toBeUndefined();
    expect(await toggleSiteOf(deps, undefined)).toBeUndefined();
  });
});

describe('entity cards and articles', () => {
  it('answers an entity with its claims newest first, cited articles without text and names', async () => {
    const card = value<{
      entity: { id: string };
      claims: Array<{ id: string }>;
      articles: Array<Record<string, unknown>>;
      related: Array<{ id: string }>;
      refs: Array<{ id: string }>;
    }>(await ask('entity.get', { id: 'organization-c' }));
    expect(card.entity.id).toBe('organization-c');
    // claim-lost-control has an unknown date: it sorts by its article's date (2017-02) → first.
    expect(card.claims.map((c) => c.id)).toEqual(['claim-lost-control', 'claim-arrived']);
    expect(card.articles.map((a) => a.id).sort()).toEqual(['article-one', 'article-two']);
    expect(card.articles.every((a) => !('text' in a))).toBe(true);
    expect(card.related).toEqual([{ id: 'person-a', type: 'person', name: { ar: 'الشخص أ', en: 'Person A' } }]);
    expect(card.refs.map((r) => r.id)).toEqual(['city-d', 'organization-c', 'outlet-b', 'person-a']);
  });

  it('includes the claims an entity makes and those about a place', async () => {
    const person = value<{ claims: Array<{ id: string }> }>(await ask('entity.get', { id: 'person-a' }));
    expect(person.claims.map((c) => c.id)).toEqual(['claim-arrived']);
    const city = value<{ claims: Array<{ id: string }> }>(await ask('entity.get', { id: 'city-d' }));
    expect(city.claims).toHaveLength(2);
  });

  it('gives an error for an unknown entity or article', async () => {
    expect(await ask('entity.get', { id: 'nobody' })).toEqual({ ok: false, error: 'unknown entity: nobody' });
    expect(await ask('article.get', { id: 'nothing' })).toEqual({ ok: false, error: 'unknown article: nothing' });
  });

  it('answers an article with its text', async () => {
    expect(value<{ text: string }>(await ask('article.get', { id: 'article-two' })).text).toContain('فقدت السيطرة');
  });

  it('names entities by id, skipping unknown ones', async () => {
    const refs = value<Array<{ id: string }>>(await ask('entity.refs', { ids: ['city-d', 'nobody', 'person-a'] }));
    expect(refs.map((r) => r.id)).toEqual(['city-d', 'person-a']);
  });

  it('waits for the seeding before reading the dataset', async () => {
    const fresh = testDb();
    let seed!: () => void;
    const gate = new Promise<void>((resolve) => (seed = resolve));
    const pending = handleRequest({ db: fresh, ready: gate.then(() => seedIfNeeded(fresh, testDataset())) }, {
      type: 'entity.get',
      id: 'person-a',
    });
    seed();
    expect((await pending).ok).toBe(true);
  });
});

describe('notes', () => {
  it('saves, lists by entity, marks a page without text, searches and deletes', async () => {
    const saved = value<{ updatedAt: number; createdAt: number }>(await ask('notes.save', { note: testNote() }));
    expect(saved).toMatchObject({ createdAt: 1_000, updatedAt: 10_000 });

    clock = 20_000;
    await ask('notes.save', { note: testNote({ id: 'note-2', url: 'https://news.example/story#part-2', text: 'ثانيةٌ' }) });
    await ask('notes.save', { note: testNote({ id: 'note-3', entityId: 'person-a', url: 'https://else.example/' }) });

    const forEntity = value<Array<{ id: string }>>(await ask('notes.forEntity', { entityId: 'organization-c' }));
    expect(forEntity.map((n) => n.id)).toEqual(['note-2', 'note-1']);
    expect(forEntity.every((n) => !('searchKey' in n))).toBe(true);

    const markers = value<Array<Record<string, unknown>>>(
      await ask('notes.markersForPage', { url: 'https://news.example/story#anything' }),
    );
    expect(markers.map((m) => m.id).sort()).toEqual(['note-1', 'note-2']);
    for (const m of markers) expect(Object.keys(m).sort()).toEqual(['anchor', 'entityId', 'id']);

    const found = value<Array<{ id: string }>>(await ask('notes.search', { query: 'ثانية' }));
    expect(found.map((n) => n.id)).toEqual(['note-2']);
    expect(value<unknown[]>(await ask('notes.search', {}))).toHaveLength(3);
    expect(value<unknown[]>(await ask('notes.search', { query: 'لا يوجد' }))).toHaveLength(0);

    expect(await ask('notes.delete', { id: 'note-1' })).toEqual({ ok: true, value: null });
    expect(await ask('notes.delete', { id: 'note-1' })).toEqual({ ok: true, value: null });
    expect(await db.notes.get('note-1')).toBeUndefined();
  });

  it('keeps the creation time when a note is edited', async () => {
    await ask('notes.save', { note: testNote({ createdAt: 500 }) });
    clock = 30_000;
    const edited = value<{ createdAt: number; updatedAt: number; text: string }>(
      await ask('notes.save', { note: testNote({ createdAt: 999_999, text: 'معدّلة' }) }),
    );
    expect(edited).toMatchObject({ createdAt: 500, updatedAt: 30_000, text: 'معدّلة' });
    expect(await db.notes.count()).toBe(1);
  });

  it('refuses malformed or oversized notes and notes about unknown entities', async () => {
    const bad = [
      { note: { ...testNote(), text: 'x'.repeat(1_000_001) } },
      { note: { ...testNote(), url: 'not a url' } },
      { note: { ...testNote(), anchor: { exact: '' } } },
      { note: { ...testNote(), extra: 1 } },
      { note: { ...testNote(), entityId: 'Bad Slug' } },
      { note: testNote(), extra: true },
      {},
    ];
    for (const payload of bad) {
      const result = await ask('notes.save', payload);
      expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/^invalid notes\.save/) });
    }
    expect(await ask('notes.save', { note: testNote({ entityId: 'nobody' }) })).toEqual({
      ok: false,
      error: 'unknown entity: nobody',
    });
    expect(await db.notes.count()).toBe(0);
  });
});

describe('the door', () => {
  it('answers unknown and malformed messages with an error, never a throw', async () => {
    const cases: unknown[] = [undefined, null, 42, 'site.get', [], {}, { type: 7 }, { type: 'nope' }, { type: 'toString' }];
    for (const message of cases) {
      const result = await handleRequest(deps, message);
      expect(result.ok).toBe(false);
    }
    expect(await handleRequest(deps, { type: 'nope' })).toEqual({ ok: false, error: 'unknown message type: nope' });
  });

  it('turns a database failure into an error result', async () => {
    vi.spyOn(db.sites, 'get').mockRejectedValueOnce(new Error('disk full'));
    expect(await handleRequest(deps, { type: 'site.get', host: 'news.example' })).toEqual({
      ok: false,
      error: 'site.get failed: disk full',
    });
  });

  it('accepts the extension pages and content scripts, refuses other senders', async () => {
    const listen = createMessageListener(deps, { runtimeId: ID, origin: ORIGIN });
    const msg = { type: 'site.get', host: 'news.example' };
    expect((await listen(msg, popup)).ok).toBe(true);
    expect((await listen(msg, contentScript)).ok).toBe(true);
    const refused = [
      { ...popup, id: 'another-extension' },
      { id: ID },
      { id: ID, url: 'https://news.example/' },
      { id: ID, url: 'chrome-extension://siyaq-test-id.evil.example/popup.html' },
      { url: `${ORIGIN}popup.html` },
    ];
    for (const sender of refused)
      expect(await listen(msg, sender)).toEqual({ ok: false, error: 'message refused: unknown sender' });
  });

  it('never gives a content script note text or global settings', async () => {
    await ask('notes.save', { note: testNote() });
    const listen = createMessageListener(deps, { runtimeId: ID, origin: ORIGIN });
    for (const message of [
      { type: 'notes.forEntity', entityId: 'organization-c' },
      { type: 'notes.search', query: '' },
      { type: 'notes.save', note: testNote({ id: 'x' }) },
      { type: 'notes.delete', id: 'note-1' },
      { type: 'pause.set', paused: true },
      { type: 'sites.list' },
    ]) {
      const result = await listen(message, contentScript);
      expect(result).toEqual({ ok: false, error: `${message.type} is not allowed from a content script` });
    }
    expect(await db.notes.count()).toBe(1);
    expect(await db.getMeta('paused')).toBeUndefined();
    // The popover frame is an extension page inside a tab: it may, once paired (frame-broker.ts).
    const popover = { id: ID, url: `${ORIGIN}popover.html`, tab: { id: 7 } as never, frameId: 3 };
    const paired = createMessageListener(deps, { runtimeId: ID, origin: ORIGIN }, { pairedFrame: () => ({ hostOrigin: 'https://news.example' }) });
    expect((await paired({ type: 'notes.forEntity', entityId: 'organization-c' }, popover)).ok).toBe(true);
  });

  it('answers a popover frame nothing until it is paired, and files its notes only under its page\'s origin', async () => {
    const popover = { id: ID, url: `${ORIGIN}popover.html`, tab: { id: 7 } as never, frameId: 3 };
    const unpaired = createMessageListener(deps, { runtimeId: ID, origin: ORIGIN }, { pairedFrame: () => undefined });
    for (const message of [
      { type: 'notes.forEntity', entityId: 'organization-c' },
      { type: 'notes.save', note: testNote({ id: 'x' }) },
      { type: 'entity.get', id: 'organization-c' },
    ])
      expect((await unpaired(message, popover)).ok).toBe(false);
    const paired = createMessageListener(deps, { runtimeId: ID, origin: ORIGIN }, { pairedFrame: () => ({ hostOrigin: 'https://news.example' }) });
    expect(await paired({ type: 'notes.save', note: testNote({ id: 'y', url: 'https://evil.example/a' }) }, popover)).toMatchObject({ ok: false });
    expect(await paired({ type: 'pause.set', paused: true }, popover)).toMatchObject({ ok: false });
    expect(await paired({ type: 'notes.save', note: testNote({ id: 'z', url: 'https://news.example/other' }) }, popover)).toMatchObject({ ok: true });
  });

  it('binds a content script to its own site: no other site\'s markers or switch', async () => {
    await ask('notes.save', { note: testNote({ url: 'https://other.example/p' }) });
    const listen = createMessageListener(deps, { runtimeId: ID, origin: ORIGIN });
    expect(await listen({ type: 'notes.markersForPage', url: 'https://other.example/p' }, contentScript)).toMatchObject({ ok: false });
    expect(await listen({ type: 'site.set', host: 'other.example', enabled: false }, contentScript)).toMatchObject({ ok: false });
    expect(await listen({ type: 'site.get', host: 'other.example' }, contentScript)).toMatchObject({ ok: false });
    expect(await listen({ type: 'site.get', host: 'news.example' }, contentScript)).toMatchObject({ ok: true });
    expect(await listen({ type: 'notes.markersForPage', url: 'https://news.example/x' }, contentScript)).toMatchObject({ ok: true });
    // An about:srcdoc frame: the browser's `origin` (the page that wrote it) is its site.
    const srcdoc = { id: ID, url: 'about:srcdoc', origin: 'https://news.example', tab: { id: 7 } as never, frameId: 2 };
    expect(await listen({ type: 'site.set', host: 'news.example', enabled: true }, srcdoc)).toMatchObject({ ok: true });
    expect(await listen({ type: 'site.set', host: 'other.example', enabled: false }, srcdoc)).toMatchObject({ ok: false });
    expect((await db.sites.toArray()).map((x) => [x.host, x.enabled])).toEqual([['news.example', true]]);
  });

  it('lets a paired popover file "not this one" under its own page only (the card\'s button)', async () => {
    const popover = { id: ID, url: `${ORIGIN}popover.html`, tab: { id: 7 } as never, frameId: 3 };
    const paired = createMessageListener(deps, { runtimeId: ID, origin: ORIGIN }, { pairedFrame: () => ({ hostOrigin: 'https://news.example' }) });
    const dismissal = (url: string) => ({
      id: `d-${url.length}`,
      phrase: 'المنظمة ج',
      entityId: 'organization-c',
      scope: 'page',
      url,
      context: '',
      createdAt: 0,
    });
    expect(await paired({ type: 'dismissals.add', dismissal: dismissal('https://evil.example/a') }, popover)).toMatchObject({ ok: false });
    expect(await paired({ type: 'dismissals.add', dismissal: dismissal('https://news.example/story') }, popover)).toMatchObject({ ok: true });
    expect(((await db.getMeta('dismissals')) ?? []).map((d) => d.url)).toEqual(['https://news.example/story']);
    const unpaired = createMessageListener(deps, { runtimeId: ID, origin: ORIGIN }, { pairedFrame: () => undefined });
    expect(await unpaired({ type: 'dismissals.add', dismissal: dismissal('https://news.example/x') }, popover)).toMatchObject({ ok: false });
  });

  it("gives a content script its own page's dismissed phrases only: no other site's, no page URL or context", async () => {
    const listen = createMessageListener(deps, { runtimeId: ID, origin: ORIGIN });
    const base = { phrase: 'المنظمة ج', entityId: 'organization-c', createdAt: 0 };
    for (const d of [
      { ...base, id: 'other-page', scope: 'page', url: 'https://other.example/visited', context: 'نص من موقع آخر' },
      { ...base, id: 'everywhere', scope: 'everywhere', url: 'https://other.example/history', context: 'سياق من موقع آخر' },
    ])
      expect((await handleRequest(deps, { type: 'dismissals.add', dismissal: d })).ok).toBe(true);
    // A compromised renderer of news.example asking about other.example's page.
    expect(await listen({ type: 'dismissals.forPage', url: 'https://other.example/visited' }, contentScript)).toMatchObject({ ok: false });
    const own = await listen({ type: 'dismissals.forPage', url: 'https://news.example/x' }, contentScript);
    expect(own).toEqual({ ok: true, value: [{ entityId: 'organization-c', phrase: 'المنظمة ج' }] });
    expect(JSON.stringify(own)).not.toMatch(/other\.example|موقع آخر/);
  });

  it('validates through the fake browser runtime as the background wires it', async () => {
    fakeBrowser.reset();
    const listen = createMessageListener(deps, { runtimeId: fakeBrowser.runtime.id, origin: fakeBrowser.runtime.getURL('/') });
    fakeBrowser.runtime.onMessage.addListener(listen as never);
    const reply = await fakeBrowser.runtime.sendMessage({ type: 'notes.save', note: { id: 'x' } });
    // The fake browser's sender ({}) has no id, tab or extension URL: refused before validation.
    expect(reply).toEqual({ ok: false, error: 'message refused: unknown sender' });
  });
});

describe('a failed database write', () => {
  it('is reported as an error result and loses nothing already stored', async () => {
    // A database whose writes fail while `full` is set, as IndexedDB does when the quota is spent.
    let full = false;
    const failing = testDb();
    failing.use({
      stack: 'dbcore',
      name: 'quota-exceeded',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          return {
            ...table,
            mutate: (req) =>
              full ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')) : table.mutate(req),
          };
        },
      }),
    });
    const d: HandlerDeps = { db: failing, ready: seedIfNeeded(failing, testDataset()), now: () => 5_000 };
    await d.ready;
    const note = testNote({ text: 'الأصل' });
    expect(await handleRequest(d, { type: 'notes.save', note })).toMatchObject({ ok: true });
    expect(await handleRequest(d, { type: 'site.set', host: 'news.example', enabled: false })).toMatchObject({ ok: true });

    full = true;
    for (const request of [
      { type: 'notes.save', note: { ...note, text: 'تعديل لن يُحفظ' } },
      { type: 'notes.save', note: testNote({ id: 'note-new', text: 'جديدة' }) },
      { type: 'notes.delete', id: note.id },
      { type: 'site.set', host: 'news.example', enabled: true },
      { type: 'pause.set', paused: true },
    ]) {
      const reply = await handleRequest(d, request);
      expect(reply, request.type).toEqual({ ok: false, error: expect.stringMatching(/failed: .*quota/i) });
    }

    full = false;
    const notes = await handleRequest(d, { type: 'notes.search', query: '', limit: 10 });
    expect(notes).toMatchObject({ ok: true, value: [{ id: note.id, text: 'الأصل' }] });
    expect(await handleRequest(d, { type: 'site.get', host: 'news.example' })).toMatchObject({
      ok: true,
      value: { enabled: false, paused: false },
    });
  });
});

describe('broadcastSiteChange', () => {
  const tabs = [
    { id: 1, url: 'https://news.example/a' },
    { id: 2, url: 'https://news.example/b' },
    { id: 3, url: 'https://other.example/' },
    { id: 4, url: 'chrome://newtab/' },
    { id: 5, url: 'https://gone.example/' },
  ];

  function fakeTabs() {
    const sent: Array<[number, unknown]> = [];
    return {
      sent,
      api: {
        query: async () => tabs,
        sendMessage: async (id: number, message: unknown) => {
          if (id === 5) throw new Error('Could not establish connection. Receiving end does not exist.');
          sent.push([id, message]);
        },
      },
    };
  }

  it('tells every tab of the host, and only those', async () => {
    await db.sites.put({ host: 'news.example', enabled: false, updatedAt: 1 });
    const { sent, api } = fakeTabs();
    await broadcastSiteChange(db, api, { host: 'news.example' });
    expect(sent.sort(([a], [b]) => a - b)).toEqual([
      [1, { type: 'site.changed', host: 'news.example', enabled: false, paused: false }],
      [2, { type: 'site.changed', host: 'news.example', enabled: false, paused: false }],
    ]);
  });

  it('tells every web tab its own state on pause, ignoring tabs without the content script', async () => {
    await db.sites.put({ host: 'news.example', enabled: false, updatedAt: 1 });
    await db.setMeta('paused', true);
    const { sent, api } = fakeTabs();
    await broadcastSiteChange(db, api, { paused: true });
    expect(new Map(sent)).toEqual(
      new Map([
        [1, { type: 'site.changed', host: 'news.example', enabled: false, paused: true }],
        [2, { type: 'site.changed', host: 'news.example', enabled: false, paused: true }],
        [3, { type: 'site.changed', host: 'other.example', enabled: true, paused: true }],
      ]),
    );
  });

  it('without tab URLs (no tabs permission) asks each tab\'s content script for its host', async () => {
    await db.sites.put({ host: 'news.example', enabled: false, updatedAt: 1 });
    const hosts = new Map([
      [1, 'news.example'],
      [2, 'NEWS.example.'],
      [3, 'other.example'],
    ]);
    const sent: Array<[number, unknown]> = [];
    const api = {
      // Tab 4 has no content script (a chrome:// page); tab 5 has none either.
      query: async () => [1, 2, 3, 4, 5].map((id) => ({ id })),
      sendMessage: async (id: number, message: unknown) => {
        if ((message as { type: string }).type === 'page.host') {
          const host = hosts.get(id);
          if (!host) throw new Error('Could not establish connection. Receiving end does not exist.');
          return { ok: true, value: host };
        }
        sent.push([id, message]);
        return { ok: true, value: null };
      },
    };
    await broadcastSiteChange(db, api, { host: 'news.example' });
    expect(sent.sort(([a], [b]) => a - b)).toEqual([
      [1, { type: 'site.changed', host: 'news.example', enabled: false, paused: false }],
      [2, { type: 'site.changed', host: 'news.example', enabled: false, paused: false }],
    ]);
    expect(await hostOfTab(api, { id: 3 })).toBe('other.example');
    expect(await hostOfTab(api, { id: 4 })).toBeUndefined();
    expect(await hostOfTab(api, { id: 9, url: 'https://granted.example/x' })).toBe('granted.example');
    expect(await hostOfTab(api, {})).toBeUndefined();
  });

  it('reads hosts only from web URLs', () => {
    expect(hostOf('https://WWW.Example.com:8443/x')).toBe('www.example.com');
    expect(hostOf('http://127.0.0.1:5173/')).toBe('127.0.0.1');
    expect(hostOf('file:///etc/passwd')).toBeUndefined();
    expect(hostOf('chrome-extension://abc/popup.html')).toBeUndefined();
    expect(hostOf('garbage')).toBeUndefined();
  });
});
