/**
 * Plain-http pages under real-looking hosts (http://news.test): not secure contexts, so any
 * [SecureContext]-only API (crypto.randomUUID, …) is missing, content scripts included. The core
 * paths — highlight, card, note, site toggle — must work there as on 127.0.0.1. And a site on
 * https whose certificate the browser does not trust (self-signed, accepted by the reader): a
 * secure context again, under a real-looking host. Firefox's plain-http path is in firefox.e2e.ts.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { launchWithExtension, waitForHighlights, type ExtensionSession } from '../../tools/browser/harness';
import { addNote, openByClick } from '../../tools/browser/popover-helpers';
import { listHighlights } from '../../tools/browser/highlights';
import { startServer, type TestServer } from '../../tools/browser/server';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<any> };
  tabs: { query(q: object): Promise<Array<{ id?: number }>> };
};

const SITE_SWITCH = /التظليل على هذا الموقع|Highlight on this site/;

let session: ExtensionSession;
let server: TestServer;
let tlsServer: TestServer;

beforeAll(async () => {
  [server, tlsServer] = await Promise.all([startServer(), startServer({ tls: true })]);
  // As a reader who clicked through the certificate warning.
  session = await launchWithExtension({ args: ['--ignore-certificate-errors'] });
});

afterAll(async () => {
  await session?.close();
  await server?.close();
  await tlsServer?.close();
});

const noHighlights = (page: Page) =>
  page.waitForFunction(() => ![...CSS.highlights.keys()].some((k) => k.startsWith('siyaq-entity-')), undefined, { timeout: 20_000 });

async function httpArticle(host: string): Promise<Page> {
  const page = await session.context.newPage();
  const path = new URL(server.articleUrl('000')).pathname;
  await page.goto(server.hostUrl(host, path));
  return page;
}

describe('plain-http news sites', () => {
  it('the page is really not a secure context', async () => {
    const page = await httpArticle('news.test');
    try {
      expect(await page.evaluate(() => [window.isSecureContext, typeof crypto.randomUUID])).toEqual([false, 'undefined']);
    } finally {
      await page.close();
    }
  });

  it('highlights, opens a card, saves a note and switches the site off and on', async () => {
    const page = await httpArticle('news.test');
    try {
      await waitForHighlights(page);
      expect((await listHighlights(page)).filter((h) => h.entityId === 'khalifa-haftar').length).toBeGreaterThan(0);

      const frame = await openByClick(page, 'khalifa-haftar', 1);
      await addNote(frame, 'ملاحظة على صفحة http');
      expect(await frame.textContent('.note-editor .note-text')).toBe('ملاحظة على صفحة http');
      await page.keyboard.press('Escape');

      // Switched off from an extension page (the popup's path), the open tab loses its highlights.
      const popup = await session.context.newPage();
      await popup.goto(session.extensionUrl('popup.html?tabId=999999'));
      const off = await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'site.set', host: 'news.test', enabled: false }));
      expect(off).toMatchObject({ ok: true });
      await noHighlights(page);
      const on = await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'site.set', host: 'news.test', enabled: true }));
      expect(on).toMatchObject({ ok: true });
      await waitForHighlights(page);
      await popup.close();
    } finally {
      await page.close();
    }
  });

  it('the popup names the site (asked of the content script: no tab URL without a grant) and its switch turns it off and on', async () => {
    const page = await httpArticle('news.test');
    const popup = await session.context.newPage();
    try {
      await waitForHighlights(page);
      // The popup is opened as a page pinned to the news tab; that tab's id is read as the active tab.
      await popup.goto(session.extensionUrl('popup.html?tabId=999999'));
      await page.bringToFront();
      const tabId = await popup.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
      expect(tabId).toBeGreaterThan(0);
      await popup.goto(session.extensionUrl(`popup.html?tabId=${tabId}`));
      const siteSwitch = popup.getByRole('switch', { name: SITE_SWITCH });
      await siteSwitch.waitFor({ state: 'attached' });
      expect(await popup.locator('.host').textContent()).toBe('news.test');
      expect(await siteSwitch.isChecked()).toBe(true);

      await siteSwitch.click();
      await noHighlights(page);
      expect(await siteSwitch.isChecked()).toBe(false);
      expect(await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'site.get', host: 'news.test' }))).toMatchObject({
        ok: true,
        value: { enabled: false },
      });
      await siteSwitch.click();
      await waitForHighlights(page);
      expect(await siteSwitch.isChecked()).toBe(true);
    } finally {
      await popup.close();
      await page.close();
    }
  });
});

describe('https with a self-signed certificate', () => {
  it('highlights, opens a card and saves a note on https://secure-news.test', async () => {
    const page = await session.context.newPage();
    try {
      const path = new URL(tlsServer.articleUrl('000')).pathname;
      await page.goto(tlsServer.hostUrl('secure-news.test', path));
      expect(page.url()).toMatch(/^https:\/\/secure-news\.test:\d+\//);
      expect(await page.evaluate(() => window.isSecureContext)).toBe(true);
      await waitForHighlights(page);
      expect((await listHighlights(page)).filter((h) => h.entityId === 'khalifa-haftar').length).toBeGreaterThan(0);

      const frame = await openByClick(page, 'khalifa-haftar', 0);
      await addNote(frame, 'ملاحظة على صفحة https');
      expect(await frame.textContent('.note-editor .note-text')).toBe('ملاحظة على صفحة https');
    } finally {
      await page.close();
    }
  });
});
