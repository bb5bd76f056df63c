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
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { launchWithExtension, waitForHighlights, type ExtensionSession } from '../../tools/browser/harness';
import { clickHighlight } from '../../tools/browser/highlights';
import { openByClick, popoverFrame, popoverVisible, waitForCard } from '../../tools/browser/popover-helpers';
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
  await waitForHighlights(page);
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
    await frame.click('.note-add');
    await frame.fill('textarea', MARKER);
    await frame.click('form button[type="submit"]');
    await frame.waitForSelector('.note-editor .note-text');
    expect(await frame.textContent('.note-editor .note-text')).toBe(MARKER);

    const roots = await page.evaluate(() => ({
      captured: window.__hostile.roots.map((r) => `${r.host}:${r.mode}`),
      host: !!document.querySelector('siyaq-popover'),
      hostShadow: document.querySelector('siyaq-popover')?.shadowRoot ?? null,
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
    // The page did hear the frame's messages and see the highlighter's mutations: the listeners work.
    expect(found.frameMessages).toBeGreaterThan(0);
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
      const host = document.querySelector('siyaq-popover') as HTMLElement;
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
      const source = window.__hostile.sources;
      if (source.length === 0) throw new Error('the page never saw a message from the frame');
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
          { type: 'siyaq:show', seq: 999, entityId: 'derna', anchor: null, noteIds: [], url: 'https://victim.example/a', title: 'x', focus: false },
          '*',
        );
      // A show for this very page, without the frame's secret or with a guessed one: refused too
      // (it would otherwise switch the card the reader is looking at).
      for (const s of source)
        for (const secret of [undefined, '', 'guess'])
          s.postMessage(
            { type: 'siyaq:show', seq: 1000, entityId: 'derna', anchor: null, noteIds: [], url: location.href, title: document.title, focus: false, secret },
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
      () => document.querySelector<HTMLElement>('siyaq-popover')?.style.getPropertyValue('visibility') === 'hidden',
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
