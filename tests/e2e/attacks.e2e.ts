/**
 * A hostile page against the extension, in Chromium. The page's own script
 * (fixtures/hardening/hostile-page.js) runs before the content script: it patches
 * `Element.prototype.attachShadow` to capture closed shadow roots, listens to every window
 * message and records every DOM mutation. A note with a unique marker is then added through the
 * popover on that very page. The page must find the marker nowhere it can reach, and none of its
 * attempts to speak for the extension — window messages in the popover frame protocol's shapes
 * (real and synthetic), `chrome.runtime.sendMessage` to the extension's id — may change anything
 * in the database or in the popover.
 *
 * Why the capture fails: content scripts run in an isolated world with their own JS prototypes,
 * so the page's patch of `attachShadow` never sees the content script's call.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { launchWithExtension, waitForHighlights, type ExtensionSession } from '../../tools/browser/harness';
import { clickHighlight } from '../../tools/browser/highlights';
import { addNote, openByClick, popoverFrame, popoverVisible, waitForCard } from '../../tools/browser/popover-helpers';
import { startServer, type TestServer } from '../../tools/browser/server';

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<any> } };

interface HostileLog {
  roots: Array<{ host: string; mode: string; root: ShadowRoot }>;
  messages: Array<{ origin: string; data: string }>;
  mutations: string[];
  /** Windows that posted to the page: the popover frame's, among others. */
  sources: Window[];
}
declare global {
  interface Window {
    __hostile: HostileLog;
  }
}

const extensionPath = process.env.SIYAQ_EXTENSION_PATH || undefined;
const MARKER = 'سر-الملاحظة-e5b1d0: لا يقرؤه الموقع';
const NEEDLE = 'e5b1d0';

let session: ExtensionSession;
let server: TestServer;
let page: Page;
/** An extension page: reads the database through the background as the options page would. */
let control: Page;

/** Waits until the content script has registered names as CSS highlights (siyaq-entity-<id>). */
async function waitForNames(target: Page | Frame): Promise<void> {
  await target.waitForFunction(() => [...CSS.highlights.keys()].some((k) => String(k).startsWith('siyaq-entity-')), undefined, {
    timeout: 20_000,
  });
}
beforeAll(async () => {
  server = await startServer();
  // Article 000 with the hostile script first in <head>.
  const html = await (await fetch(server.articleUrl('000'))).text();
  server.route('/hostile/000.html', {
    body: html.replace('<head>', '<head>\n<script src="/fixtures/hardening/hostile-page.js"></script>'),
  });
  session = await launchWithExtension({ extensionPath });
  control = await session.context.newPage();
  await control.goto(session.extensionUrl('options.html#about'));
  page = await session.context.newPage();
  await page.goto(server.url('/hostile/000.html'));
  await waitForNames(page);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** Notes, this site's setting and the pause, as the background stores them. */
async function snapshot(): Promise<unknown> {
  return control.evaluate(async () => {
    const send = (m: unknown) => chrome.runtime.sendMessage(m);
    return {
      notes: await send({ type: 'notes.search', query: '', limit: 1000 }),
      sites: await send({ type: 'sites.list' }),
      site: await send({ type: 'site.get', host: '127.0.0.1' }),
    };
  });
}

async function shownEntity(frame: Frame): Promise<string | null> {
  return frame.evaluate(() => document.querySelector('[role="dialog"]')?.getAttribute('data-entity-id') ?? null);
}

describe('a page script that runs before the content script', () => {
  it('has its attachShadow patch in place, yet never captures the popover host\'s closed root', async () => {
    const frame = await openByClick(page, 'khalifa-haftar', 1);
    await addNote(frame, MARKER);
    expect(await frame.textContent('.note-editor .note-text')).toBe(MARKER);

    const roots = await page.evaluate(() => ({
      captured: window.__hostile.roots.map((r) => `${r.host}:${r.mode}`),
      host: !!document.querySelector('[data-siyaq-popover]'),
      hostShadow: document.querySelector('[data-siyaq-popover]')?.shadowRoot ?? null,
    }));
    expect(roots.captured).toContain('hostile-probe:closed');
    expect(roots.host).toBe(true);
    expect(roots.captured.filter((r) => r.startsWith('siyaq'))).toEqual([]);
    expect(roots.hostShadow).toBeNull();
  });

  it('finds the note text in no node, open or captured root, message, mutation, storage or timing entry', async () => {
    // The note is on screen in the popover while the page looks.
    await clickHighlight(page, 'khalifa-haftar', 1);
    const frame = await popoverFrame(page);
    await frame.waitForSelector('.note-editor .note-text');

    const found = await page.evaluate(async (needle) => {
      const hits: string[] = [];
      const seen = new Set<Node>();
      const visit = (root: Node, where: string): void => {
        if (seen.has(root)) return;
        seen.add(root);
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
        for (let n: Node | null = walker.currentNode; n; n = walker.nextNode()) {
          if ((n.nodeType === Node.TEXT_NODE || n.nodeType === Node.COMMENT_NODE) && n.nodeValue?.includes(needle))
            hits.push(`${where}: text`);
          if (n instanceof Element) {
            for (const a of n.attributes) if (a.value.includes(needle)) hits.push(`${where}: @${a.name}`);
            if (n.shadowRoot) visit(n.shadowRoot, `${where} > shadow(${n.localName})`);
            if (n instanceof HTMLIFrameElement) {
              try {
                if (n.contentDocument) visit(n.contentDocument, `${where} > iframe`);
              } catch {
                // Cross-origin: unreadable.
              }
            }
          }
        }
      };
      visit(document, 'document');
      for (const { host, root } of window.__hostile.roots) visit(root, `captured(${host})`);
      for (let i = 0; i < window.frames.length; i++) {
        try {
          visit(window.frames[i]!.document, `frames[${i}]`);
        } catch {
          // Cross-origin frame.
        }
      }
      for (const m of window.__hostile.messages) if (m.data.includes(needle)) hits.push(`message from ${m.origin}`);
      for (const m of window.__hostile.mutations) if (m.includes(needle)) hits.push('mutation');
      for (const store of [localStorage, sessionStorage])
        for (let i = 0; i < store.length; i++) if (store.getItem(store.key(i)!)?.includes(needle)) hits.push('storage');
      if (document.cookie.includes(needle) || window.name.includes(needle)) hits.push('cookie/name');
      for (const e of performance.getEntries()) if (JSON.stringify(e).includes(needle)) hits.push(`performance ${e.name}`);
      const databases = 'databases' in indexedDB ? (await indexedDB.databases()).map((d) => d.name) : [];
      return {
        hits,
        messages: window.__hostile.messages.length,
        frameMessages: window.__hostile.messages.filter((m) => m.data.includes('siyaq:')).length,
        mutations: window.__hostile.mutations.length,
        databases,
      };
    }, NEEDLE);
    expect(found.hits).toEqual([]);
    expect(found.databases).toEqual([]);
    // The frame talks to the content script through the background only: the page hears nothing
    // from it (its window listener works: it saw the highlighter's mutations).
    expect(found.frameMessages).toBe(0);
    expect(found.mutations).toBeGreaterThan(10);
  });
});

describe('a page script speaking for the extension', () => {
  it('cannot reach the background with chrome.runtime.sendMessage (no externally_connectable)', async () => {
    const before = await snapshot();
    const attempts = await page.evaluate(async (extensionId) => {
      const runtime = (window as unknown as { chrome?: { runtime?: { sendMessage?: Function } } }).chrome?.runtime;
      if (!runtime?.sendMessage) return ['no chrome.runtime.sendMessage in the page'];
      const results: string[] = [];
      for (const message of [
        { type: 'notes.search', query: '', limit: 1000 },
        { type: 'notes.delete', id: 'x' },
        { type: 'site.set', host: '127.0.0.1', enabled: false },
        { type: 'pause.set', paused: true },
      ]) {
        try {
          const reply = await new Promise((resolve, reject) => {
            try {
              runtime.sendMessage!(extensionId, message, (r: unknown) => resolve(r));
            } catch (e) {
              reject(e);
            }
            setTimeout(() => resolve('no reply'), 1000);
          });
          results.push(`reply: ${JSON.stringify(reply)}`);
        } catch (e) {
          results.push(`threw: ${String(e)}`);
        }
      }
      return results;
    }, session.extensionId);
    // Either the page has no runtime at all, or every call fails without a reply.
    for (const a of attempts) expect(a).toMatch(/^no chrome\.runtime|^threw|^reply: undefined$|^reply: "no reply"$/);
    expect(await snapshot()).toEqual(before);
  });

  it('cannot close, resize, retarget or switch the popover, nor change stored data, with window messages', async () => {
    const frame = await openByClick(page, 'khalifa-haftar');
    const before = await snapshot();
    // (Node's URL gives "null" as the origin of a chrome-extension: URL.)
    const extensionOrigin = `chrome-extension://${session.extensionId}`;

    const outcome = await page.evaluate(async (origin) => {
      const host = document.querySelector('[data-siyaq-popover]') as HTMLElement;
      const height = () => host.getBoundingClientRect().height;
      const start = height();
      const fromFrame = [
        { type: 'siyaq:close', returnFocus: false },
        { type: 'siyaq:size', height: 5 },
        { type: 'siyaq:notes-changed' },
        { type: 'siyaq:ready' },
      ];
      // Real messages from the page's own window.
      for (const data of fromFrame) window.postMessage(data, '*');
      // Synthetic ones claiming the extension's origin and the frame (its window, taken from one
      // of its own messages) as their source.
      // The frame never posts to the page, and a frame inside a shadow tree is not in
      // window.frames: the page has no handle on the frame's window at all now.
      const source = [...Array(window.frames.length).keys()].map((i) => window.frames[i]!);
      for (const data of fromFrame)
        for (const s of source) window.dispatchEvent(new MessageEvent('message', { data, origin, source: s }));
      // The background's message shapes, posted to the page and into every frame.
      const runtimeShaped = [
        { type: 'notes.delete', id: 'anything' },
        { type: 'site.set', host: '127.0.0.1', enabled: false },
        { type: 'pause.set', paused: true },
        { type: 'notes.save', note: { id: 'forged', entityId: 'derna', url: location.href, anchor: { exact: 'درنة' }, text: 'forged', createdAt: 1, updatedAt: 1 } },
      ];
      for (const data of runtimeShaped) {
        window.postMessage(data, '*');
        for (const s of source) s.postMessage(data, '*');
      }
      // A show for another site's page, into the frame: the frame refuses it.
      for (const s of source)
        s.postMessage(
          { type: 'siyaq:show', seq: 999, entityId: 'derna', anchor: null, noteIds: [], url: 'https://victim.example/a', title: 'x', focus: false, focusRing: false },
          '*',
        );
      // A show for this very page, without the frame's secret or with a guessed one: refused too
      // (it would otherwise switch the card the reader is looking at).
      for (const s of source)
        for (const secret of [undefined, '', 'guess'])
          s.postMessage(
            { type: 'siyaq:show', seq: 1000, entityId: 'derna', anchor: null, noteIds: [], url: location.href, title: document.title, focus: false, focusRing: false, secret },
            '*',
          );
      await new Promise((r) => setTimeout(r, 800));
      return { start, end: height(), visible: host.style.getPropertyValue('visibility') };
    }, extensionOrigin);

    expect(outcome.visible).toBe('visible');
    expect(outcome.end).toBe(outcome.start);
    expect(await popoverVisible(page)).toBe(true);
    expect(await shownEntity(frame)).toBe('khalifa-haftar');
    expect(await snapshot()).toEqual(before);
    // Still the reader's popover: Esc closes it.
    await page.keyboard.press('Escape');
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>('[data-siyaq-popover]')?.style.getPropertyValue('visibility') === 'hidden',
    );
  });

  it('leaves the note exactly as the reader wrote it', async () => {
    const stored = await control.evaluate(() => chrome.runtime.sendMessage({ type: 'notes.search', query: '', limit: 1000 }));
    expect(stored.ok).toBe(true);
    expect(stored.value.map((n: { text: string; entityId: string }) => [n.entityId, n.text])).toEqual([['khalifa-haftar', MARKER]]);
    // And the popover still shows it.
    await clickHighlight(page, 'khalifa-haftar', 1);
    const frame = await waitForCard(page, 'khalifa-haftar');
    await frame.waitForSelector('.note-editor .note-text');
    expect(await frame.textContent('.note-editor .note-text')).toBe(MARKER);
  });
});

/*
 * Issue 11, the page boundary: each test below is one way a page could learn or do what it must
 * not, as found by the adversarial review; each failed on the build before the fix.
 */
describe('issue 11: what a page can learn or do', () => {
  /** The per-session URL of popover.html (`use_dynamic_url`), which a page is never told. */
  const popoverUrl = () =>
    session.serviceWorker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { getURL(p: string): string } } }).chrome.runtime.getURL('/popover.html'));
  const send = (message: unknown) => control.evaluate((m) => chrome.runtime.sendMessage(m), message);
  const note = (over: Record<string, unknown>) => ({
    id: `n-${Math.random().toString(16).slice(2)}`,
    entityId: 'derna',
    url: 'https://victim.example/story',
    pageTitle: 'Victim story',
    anchor: { exact: 'درنة', prefix: '', suffix: '' },
    text: 'ملاحظة من موقع آخر',
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    ...over,
  });
  const serve = (path: string, html: string) => server.route(path, { body: html });
  const article = async () => (await fetch(server.articleUrl('000'))).text();
  async function freshPage(url: string): Promise<Page> {
    const p = await session.context.newPage();
    await p.goto(url);
    await waitForNames(p);
    return p;
  }
  /** Evaluates in this page's content-script world (what a compromised renderer could run). */
  async function inContentScript<T>(p: Page, expression: string): Promise<T> {
    const cdp = await session.context.newCDPSession(p);
    const contexts: Array<{ id: number; origin: string; auxData?: { type?: string; frameId?: string } }> = [];
    cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context as never));
    await cdp.send('Runtime.enable');
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const world = contexts.find(
      (c) => c.auxData?.type === 'isolated' && c.auxData.frameId === frameTree.frame.id && c.origin.includes(session.extensionId),
    );
    if (!world) throw new Error('no content-script world in the page');
    const r = await cdp.send('Runtime.evaluate', { expression, contextId: world.id, awaitPromise: true, returnByValue: true });
    await cdp.detach();
    return r.result.value as T;
  }
  /**
   * A real click on the `index`-th name of `entityId` in `target` (the page or a frame of it): at
   * the centre of its highlight range's first rect, scrolled into view first.
   */
  async function clickName(p: Page, entityId: string, index = 0, target: Page | Frame = p): Promise<void> {
    const point = await target.evaluate(
      ({ entityId, index }) => {
        const ranges = [...((CSS.highlights.get(`siyaq-entity-${entityId}`) as unknown as Iterable<AbstractRange>) ?? [])];
        // Document order: a range collapsed at a's start says where b's start is (-1 before, 1 after).
        ranges.sort((a, b) => {
          const r = document.createRange();
          r.setStart(a.startContainer, a.startOffset);
          return -r.comparePoint(b.startContainer, b.startOffset);
        });
        const s = ranges[index];
        if (!s) return null;
        s.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const r = document.createRange();
        r.setStart(s.startContainer, s.startOffset);
        r.setEnd(s.endContainer, s.endOffset);
        const rect = r.getClientRects()[0]!;
        return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
      },
      { entityId, index },
    );
    if (!point) throw new Error(`no name ${entityId} #${index}`);
    let dx = 0;
    let dy = 0;
    if (target !== p) {
      const box = (await (await (target as Frame).frameElement()).boundingBox())!;
      dx = box.x;
      dy = box.y;
    }
    await p.mouse.click(point.x + dx, point.y + dy);
  }
  async function openName(p: Page, entityId: string, index = 0): Promise<Frame> {
    // The highlights register near the viewport a moment after scrolling.
    for (let attempt = 0; ; attempt++) {
      await clickName(p, entityId, index);
      try {
        return await waitForCard(p, entityId, 4000);
      } catch (e) {
        if (attempt >= 2) throw e;
      }
    }
  }
  const hostBox = (p: Page) =>
    p.evaluate(() => {
      const r = document.querySelector('[data-siyaq-popover]')!.getBoundingClientRect();
      return { width: r.width, height: r.height };
    });

  it('learns nothing from the frame size or the performance timeline whether the reader has notes on a name', async () => {
    const p = await freshPage(server.url('/hostile/000.html'));
    try {
      // The box as the page measures it once it has settled (position and room beside the name).
      const settled = async () => {
        let last = await hostBox(p);
        await expect
          .poll(async () => {
            const now = await hostBox(p);
            const same = JSON.stringify(now) === JSON.stringify(last);
            last = now;
            return same;
          }, { interval: 300 })
          .toBe(true);
        return last;
      };
      // (The first open sizes the box to the room beside the name; measure from the second on.)
      await openName(p, 'derna');
      await p.keyboard.press('Escape');
      await openName(p, 'derna');
      const without = await settled();
      await p.keyboard.press('Escape');
      const saved = await send({ type: 'notes.save', note: note({ text: 'سطر\n'.repeat(40) }) });
      expect(saved.ok).toBe(true);
      await openName(p, 'derna');
      const frame = await popoverFrame(p);
      await frame.waitForSelector('.notes-elsewhere');
      expect(await settled()).toEqual(without);
      const entries = await p.evaluate(() => performance.getEntries().map((e) => `${e.entryType} ${e.name}`));
      expect(entries.filter((e) => /siyaq|extension:/i.test(e))).toEqual([]);
      await send({ type: 'notes.delete', id: saved.value.id });
    } finally {
      await p.close();
    }
  });

  it("cannot take the popover's shadow root by defining its element first (attachInternals)", async () => {
    serve(
      '/predefine/000.html',
      (await article()).replace(
        '<head>',
        `<head><script>
          window.__stolen = [];
          for (const name of ['siyaq-popover', 'siyaq-frame', 'siyaq-host']) {
            try {
              customElements.define(name, class extends HTMLElement {
                constructor() { super(); const i = this.attachInternals(); window.__stolen.push(i); }
              });
            } catch {}
          }
        </script>`,
      ),
    );
    const p = await freshPage(server.url('/predefine/000.html'));
    try {
      await openName(p, 'khalifa-haftar');
      const stolen = await p.evaluate(() =>
        (window as unknown as { __stolen: ElementInternals[] }).__stolen.map((i) => i.shadowRoot?.querySelector('iframe')?.src ?? 'no root'),
      );
      expect(stolen).toEqual([]);
    } finally {
      await p.close();
    }
  });

  it('gets nothing from a popover.html it embeds itself, even knowing its per-session URL', async () => {
    const secretNote = await send({ type: 'notes.save', note: note({ text: 'سر-من-موقع-آخر-7731' }) });
    expect(secretNote.ok).toBe(true);
    const p = await freshPage(server.url('/hostile/000.html'));
    try {
      const urls = [`chrome-extension://${session.extensionId}/popover.html`, await popoverUrl()];
      await p.evaluate(async (srcs) => {
        for (const src of srcs) {
          const f = document.createElement('iframe');
          f.src = `${src}#s3cret`;
          f.className = 'own-popover';
          document.body.append(f);
          await new Promise((r) => setTimeout(r, 800));
          const show = { type: 'siyaq:show', seq: 1, entityId: 'derna', anchor: { exact: 'درنة', prefix: '', suffix: '' }, noteIds: [], url: location.href, title: 'x', focus: false, focusRing: false };
          f.contentWindow!.postMessage({ ...show, secret: 's3cret' }, '*');
          f.contentWindow!.postMessage({ type: 'siyaq:nonce', nonce: '0123456789abcdef0123456789abcdef' }, '*');
        }
        await new Promise((r) => setTimeout(r, 1500));
      }, urls);
      const own = p.frames().filter((f) => f.parentFrame() === p.mainFrame() && f.url().includes('popover.html'));
      for (const f of own) {
        const text = await f.evaluate(() => document.body.innerText).catch(() => '');
        expect(text).not.toContain('7731');
        expect(await f.$('.entity-card').catch(() => null)).toBeNull();
      }
    } finally {
      await p.close();
      await send({ type: 'notes.delete', id: secretNote.value.id });
    }
  });

  it("cannot re-navigate the reader's popover frame to one it drives", async () => {
    const p = await freshPage(server.url('/hostile/000.html'));
    try {
      await openName(p, 'khalifa-haftar');
      const url = await popoverUrl();
      await p.evaluate(async (src) => {
        // Every frame window the page can get hold of: window.frames, and any window that ever
        // posted to it (the old channel's frame did).
        const windows = new Set<Window>(window.__hostile.sources);
        for (let i = 0; i < window.frames.length; i++) windows.add(window.frames[i]!);
        for (const w of windows) {
          try {
            w.location.href = `${src}?x#s3cret`;
          } catch {}
        }
        await new Promise((r) => setTimeout(r, 1000));
        for (const w of windows)
          w.postMessage(
            { type: 'siyaq:show', seq: 99, entityId: 'derna', anchor: null, noteIds: [], url: location.href, title: 'x', focus: false, focusRing: false, secret: 's3cret' },
            '*',
          );
        await new Promise((r) => setTimeout(r, 1000));
      }, url);
      for (const f of p.frames().filter((x) => x.url().includes('popover.html')))
        expect(await f.evaluate(() => document.querySelector('[role="dialog"]')?.getAttribute('data-entity-id') ?? null).catch(() => null)).not.toBe('derna');
      // The reader's next click still opens a working popover on what they clicked.
      await p.mouse.click(5, 500);
      const frame = await openName(p, 'islamic-state');
      expect(await shownEntity(frame)).toBe('islamic-state');
    } finally {
      await p.close();
    }
  });

  it('cannot make one real click lose a note for good (Delete under a transparent popover)', async () => {
    const p = await freshPage(server.url('/hostile/000.html'));
    try {
      const frame = await openName(p, 'derna');
      await frame.click('.note-add');
      await frame.fill('textarea', 'ملاحظة لا تضيع');
      await frame.click('form button[type="submit"]');
      const del = await frame.waitForSelector('.note-actions .danger');
      const inner = (await del.boundingBox())!;
      // The page lays an opaque bait button over Delete that lets clicks through to the frame.
      await p.evaluate(({ x, y, width, height }) => {
        const bait = document.createElement('button');
        bait.textContent = 'اربح جائزة';
        bait.setAttribute('style', `position:fixed;left:${x - 20}px;top:${y - 10}px;width:${width + 40}px;height:${height + 20}px;z-index:2147483647;pointer-events:none;background:gold`);
        document.body.append(bait);
      }, inner);
      await p.mouse.click(inner.x + inner.width / 2, inner.y + inner.height / 2);
      const undo = await frame.waitForSelector('[data-testid="toast"] .toast-action', { timeout: 5000 });
      await undo.click();
      await expect
        .poll(async () => ((await send({ type: 'notes.search', query: 'لا تضيع' })).value as unknown[]).length)
        .toBe(1);
      const [kept] = (await send({ type: 'notes.search', query: 'لا تضيع' })).value;
      await send({ type: 'notes.delete', id: kept.id });
    } finally {
      await p.close();
    }
  });

  it("reads no other site's note markers and switches no other site off, even from the content script's own world", async () => {
    const other = await send({ type: 'notes.save', note: note({ url: 'http://other.test/page' }) });
    const p = await freshPage(server.url('/hostile/000.html'));
    try {
      const answers = await inContentScript<Array<{ ok: boolean }>>(
        p,
        `Promise.all([
          chrome.runtime.sendMessage({ type: 'notes.markersForPage', url: 'http://other.test/page' }),
          chrome.runtime.sendMessage({ type: 'site.set', host: 'other.test', enabled: false }),
          chrome.runtime.sendMessage({ type: 'site.get', host: 'other.test' }),
          chrome.runtime.sendMessage({ type: 'site.get', host: location.hostname }),
        ])`,
      );
      expect(answers.map((a) => a.ok)).toEqual([false, false, false, true]);
      expect((await send({ type: 'site.get', host: 'other.test' })).value.enabled).toBe(true);
    } finally {
      await p.close();
      await send({ type: 'notes.delete', id: other.value.id });
    }
  });

  it("reads no other page's dismissal URL or context, even from the content script's own world", async () => {
    const base = { phrase: 'درنة', entityId: 'derna', createdAt: 0 };
    for (const d of [
      { ...base, id: 'dis-other-page', scope: 'page', url: 'http://other.test/visited', context: 'سياق-زيارة-9c1 من موقع آخر' },
      { ...base, id: 'dis-everywhere', scope: 'everywhere', url: 'http://other.test/history', context: 'سياق-زيارة-9c1 في كل مكان' },
    ])
      expect((await send({ type: 'dismissals.add', dismissal: d })).ok).toBe(true);
    const p = await freshPage(server.url('/hostile/000.html'));
    try {
      const answers = await inContentScript<Array<{ ok: boolean; value?: unknown }>>(
        p,
        `Promise.all([
          chrome.runtime.sendMessage({ type: 'dismissals.forPage', url: 'http://other.test/visited' }),
          chrome.runtime.sendMessage({ type: 'dismissals.forPage', url: location.href }),
        ])`,
      );
      expect(answers.map((a) => a.ok)).toEqual([false, true]);
      expect(answers[1]!.value).toEqual([{ entityId: 'derna', phrase: 'درنة' }]);
      expect(JSON.stringify(answers)).not.toMatch(/other\.test|9c1/);
    } finally {
      await p.close();
      for (const id of ['dis-other-page', 'dis-everywhere']) await send({ type: 'dismissals.remove', id });
    }
  });

  it('files the card\'s "not this one" for this page (a paired popover may), and the phrase is no longer painted', async () => {
    const p = await freshPage(server.url('/hostile/000.html'));
    try {
      const frame = await openName(p, 'derna');
      await frame.click('.not-this-open');
      await frame.click('button[data-scope="page"]');
      await expect
        .poll(async () => ((await send({ type: 'dismissals.list' })).value as Array<{ url: string; phrase: string }>).map((d) => d.url), { timeout: 10_000 })
        .toEqual([server.url('/hostile/000.html')]);
      const [dismissed] = (await send({ type: 'dismissals.list' })).value as Array<{ id: string; phrase: string }>;
      await waitForHighlights(p);
      const painted = await p.evaluate(() =>
        [...((CSS.highlights.get('siyaq-entity-derna') as unknown as Iterable<AbstractRange>) ?? [])].map((s) => {
          const r = document.createRange();
          r.setStart(s.startContainer, s.startOffset);
          r.setEnd(s.endContainer, s.endOffset);
          return r.toString();
        }),
      );
      expect(painted).not.toContain(dismissed!.phrase);
      await send({ type: 'dismissals.remove', id: dismissed!.id });
    } finally {
      await p.close();
    }
  });

  it('opens the popover inside a srcdoc frame and files its note under the page, not about:srcdoc', async () => {
    const body = (await article()).match(/<body[^>]*>([\s\S]*)<\/body>/)![1]!;
    const srcdoc = `<html lang="ar" dir="rtl"><head><meta charset="utf-8"></head><body>${body}</body></html>`;
    serve(
      '/srcdoc/host.html',
      `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>srcdoc host</title></head><body>
        <iframe id="inner" style="width:1000px;height:700px" srcdoc="${srcdoc.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"></iframe>
      </body></html>`,
    );
    const p = await session.context.newPage();
    try {
      await p.goto(server.url('/srcdoc/host.html'));
      const inner = await (await p.waitForSelector('#inner')).contentFrame();
      await waitForNames(inner!);
      await clickName(p, 'khalifa-haftar', 0, inner!);
      let frame: Frame | undefined;
      await expect
        .poll(async () => {
          frame = p.frames().find((f) => f.url().includes('popover.html'));
          return frame ? !!(await frame.$('[data-entity-id="khalifa-haftar"] .entity-card').catch(() => null)) : false;
        }, { timeout: 15_000 })
        .toBe(true);
      await addNote(frame!, 'ملاحظة في إطار srcdoc');
      const [saved] = (await send({ type: 'notes.search', query: 'إطار srcdoc' })).value;
      expect(saved.url).toBe(server.url('/srcdoc/host.html'));
      await send({ type: 'notes.delete', id: saved.id });
    } finally {
      await p.close();
    }
  });

  it('shows all 101 notes a reader has on one highlight', async () => {
    const p = await freshPage(server.url('/hostile/000.html'));
    try {
      const frame = await openName(p, 'islamic-state');
      await addNote(frame, 'الأولى من مئة وواحدة');
      const [first] = (await send({ type: 'notes.search', query: 'الأولى من مئة' })).value;
      for (let i = 0; i < 100; i++) await send({ type: 'notes.save', note: { ...first, id: `many-${i}`, text: `ملاحظة ${i}` } });
      await p.reload();
      await waitForNames(p);
      // The page's note markers load at idle after the names: reopen until they are attached.
      await expect
        .poll(
          async () => {
            await p.mouse.click(5, 5);
            const again = await openName(p, 'islamic-state');
            await again.waitForSelector('.entity-card');
            return again.locator('.note-editor .note-text').count();
          },
          { timeout: 30_000, interval: 1000 },
        )
        .toBe(101);
      for (const n of (await send({ type: 'notes.forEntity', entityId: 'islamic-state' })).value) await send({ type: 'notes.delete', id: n.id });
    } finally {
      await p.close();
    }
  });
});

/**
 * Hostile import files (issue 11): a file the reader is tricked into importing is the one way a
 * stranger's bytes reach the notes database and every page that renders notes. Each file below is
 * refused whole (nothing changes, the background's and the page's Object.prototype stay clean); a
 * valid file whose fields are markup is rendered as text wherever notes are shown. Remove the
 * zod validation of imported notes and the refusals fail; render a note with innerHTML and the
 * markup checks fail.
 */
describe('issue 11: hostile import files', () => {
  const send = (message: unknown) => control.evaluate((m) => chrome.runtime.sendMessage(m), message);
  const valid = (over: Record<string, unknown> = {}) => ({
    id: `imp-${Math.random().toString(16).slice(2)}`,
    entityId: 'derna',
    url: 'https://news.example/story',
    pageTitle: 'قصة',
    anchor: { exact: 'درنة', prefix: 'في ', suffix: ' أمس' },
    text: 'ملاحظة مستوردة',
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    ...over,
  });
  const siyaqFile = (notes: unknown[], extra = '') =>
    `{"format":"siyaq-notes","version":1,"exportedAt":"2026-01-01T00:00:00.000Z",${extra}"notes":${JSON.stringify(notes)}}`;
  /** The note as it would be written into a file by hand: JSON text, so `__proto__` stays an own key. */
  const withKey = (key: string, value: string) => JSON.stringify(valid()).replace(/^\{/, `{"${key}":${value},`);
  let dir: string;
  let options: Page;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'siyaq-import-attack-'));
    options = await session.context.newPage();
    await options.goto(session.extensionUrl('options.html#notes'));
    await options.waitForSelector('[data-testid="import-file"]');
  });
  afterAll(async () => {
    await options?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function importText(name: string, text: string): Promise<{ message: string; error: boolean }> {
    const path = join(dir, name);
    writeFileSync(path, text);
    const status = options.locator('[data-testid="import-status"]');
    const before = Number(await status.getAttribute('data-imports'));
    await options.setInputFiles('[data-testid="import-file"]', path);
    await expect.poll(async () => Number(await status.getAttribute('data-imports')), { timeout: 20_000 }).toBe(before + 1);
    return { message: (await status.textContent()) ?? '', error: (await status.getAttribute('class')) === 'error' };
  }
  const stored = async () => ((await send({ type: 'notes.search', query: '', limit: 1000 })).value as Array<{ id: string }>).map((n) => n.id).sort();
  const polluted = () =>
    Promise.all([
      options.evaluate(() => Object.keys(Object.prototype).concat('polluted' in {} ? ['polluted'] : [])),
      session.serviceWorker.evaluate(() => Object.keys(Object.prototype).concat('polluted' in {} ? ['polluted'] : [])),
    ]);

  it('refuses malformed, polluting, oversized-field, bad-date and non-http files whole, changing nothing', async () => {
    const ok = valid();
    const files: Record<string, string> = {
      'truncated.json': siyaqFile([ok]).slice(0, 80),
      'not-json.json': '<script>alert(1)</script>',
      // Prototype pollution: an own "__proto__" / "constructor" key in the file, on the file and on a note.
      'proto-file.json': siyaqFile([ok], '"__proto__":{"polluted":"yes"},'),
      'proto-note.json': siyaqFile([]).replace('"notes":[]', `"notes":[${withKey('__proto__', '{"polluted":"yes"}')}]`),
      'constructor-note.json': siyaqFile([]).replace('"notes":[]', `"notes":[${withKey('constructor', '{"prototype":{"polluted":"yes"}}')}]`),
      'extra-key.json': siyaqFile([{ ...ok, html: '<b>x</b>' }]),
      // Huge strings: each one field over its limit (the file itself is well under 20 MB).
      'huge-text.json': siyaqFile([valid({ text: 'ن'.repeat(1_000_001) })]),
      'huge-quote.json': siyaqFile([valid({ anchor: { exact: 'د'.repeat(2001), prefix: '', suffix: '' } })]),
      'huge-title.json': siyaqFile([valid({ pageTitle: 'ع'.repeat(1001) })]),
      'huge-id.json': siyaqFile([valid({ id: 'x'.repeat(101) })]),
      // Dates a JavaScript Date cannot hold broke every list and export (issue 11, item 10).
      'far-date.json': siyaqFile([valid({ updatedAt: 9e15 })]),
      'negative-date.json': siyaqFile([valid({ createdAt: -1 })]),
      // Page URLs rendered as links: only http(s).
      'javascript-url.json': siyaqFile([valid({ url: 'javascript:alert(document.domain)' })]),
      'data-url.json': siyaqFile([valid({ url: 'data:text/html,<script>alert(1)</script>' })]),
      'file-url.json': siyaqFile([valid({ url: 'file:///etc/passwd' })]),
      'unknown-entity-slug.json': siyaqFile([valid({ entityId: '../../etc' })]),
      // One bad note among good ones refuses the whole file.
      'one-bad-of-three.json': siyaqFile([valid(), valid({ url: 'javascript:void 0' }), valid()]),
      // The same attacks in the W3C format.
      'wa-javascript.jsonld': JSON.stringify({
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        type: 'Annotation',
        id: 'urn:siyaq:note:wa-js',
        created: '2024-01-01T00:00:00Z',
        body: { type: 'TextualBody', value: 'x' },
        target: { source: 'javascript:alert(1)', selector: { type: 'TextQuoteSelector', exact: 'درنة' } },
        'siyaq:entity': 'derna',
      }),
      'wa-far-date.jsonld': JSON.stringify({
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        type: 'Annotation',
        id: 'urn:siyaq:note:wa-date',
        created: '+275760-09-13T00:00:00.001Z',
        body: { type: 'TextualBody', value: 'x' },
        target: { source: 'https://news.example/', selector: { type: 'TextQuoteSelector', exact: 'درنة' } },
        'siyaq:entity': 'derna',
      }),
    };
    const before = await stored();
    const refused: string[] = [];
    for (const [name, text] of Object.entries(files)) {
      const r = await importText(name, text);
      if (r.error) refused.push(name);
      expect({ name, notes: await stored() }).toEqual({ name, notes: before });
    }
    expect(refused).toEqual(Object.keys(files));
    expect(await polluted()).toEqual([[], []]);
  });

  it('renders markup in an imported note, title or quote as text in the options list and the popover', async () => {
    const markup = '<img src="x" data-pwned="1"><script data-pwned="1">1</script>';
    const note = valid({
      id: 'imp-markup',
      text: `نص ${markup}`,
      pageTitle: `عنوان ${markup}`,
      anchor: { exact: 'درنة', prefix: markup.slice(0, 100), suffix: '' },
    });
    const r = await importText('markup.json', siyaqFile([note]));
    expect(r.error).toBe(false);
    try {
      await options.waitForSelector('li[data-note-id="imp-markup"]');
      const inList = await options.evaluate(() => {
        const li = document.querySelector('li[data-note-id="imp-markup"]')!;
        return { injected: document.querySelectorAll('[data-pwned]').length, text: li.textContent };
      });
      expect(inList.injected).toBe(0);
      expect(inList.text).toContain(`عنوان ${markup}`);

      // The popover on another page's درنة lists it among the notes elsewhere, as text.
      const p = await session.context.newPage();
      try {
        await p.goto(server.url('/hostile/000.html'));
        await waitForNames(p);
        const frame = await openByClick(p, 'derna');
        const item = await frame.waitForSelector('.notes-elsewhere li[data-note-id="imp-markup"]');
        expect(await frame.evaluate(() => document.querySelectorAll('[data-pwned]').length)).toBe(0);
        expect(await item.textContent()).toContain(`نص ${markup}`);
      } finally {
        await p.close();
      }
    } finally {
      await send({ type: 'notes.delete', id: 'imp-markup' });
    }
  });
});
