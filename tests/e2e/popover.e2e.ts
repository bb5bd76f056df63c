/**
 * The context popover in Chromium: opening by click, hover and keyboard; the card's claims; the
 * source reader at the quote; notes that come back on the same highlight after a reload; and the
 * isolation promises (page CSS cannot hide or restyle the popover, page scripts cannot find a
 * note's text anywhere they can reach). axe-core runs inside the popover frame.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { launchWithExtension, waitForHighlights, type ExtensionSession } from '../../tools/browser/harness';
import { clickHighlight, hoverHighlight, listHighlights } from '../../tools/browser/highlights';
import { addNote, openByClick, openTimings, popoverFrame, popoverVisible, waitForCard } from '../../tools/browser/popover-helpers';
import { startServer, type TestServer } from '../../tools/browser/server';

/** A private copy of the build may be given (SIYAQ_EXTENSION_PATH) when others rebuild .output meanwhile. */
const extensionPath = process.env.SIYAQ_EXTENSION_PATH || undefined;
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** A note text no page could contain by chance. */
const SECRET = 'ملاحظتي-السرية-7f3a: لا يراها الموقع';

let session: ExtensionSession;
let server: TestServer;

beforeAll(async () => {
  server = await startServer();
  session = await launchWithExtension({ extensionPath });
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

async function articlePage(number = '000'): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(server.articleUrl(number));
  await waitForHighlights(page);
  return page;
}

/** The entity id of the card the popover shows. */
function shownEntity(frame: Frame): Promise<string | null> {
  return frame.evaluate(() => document.querySelector('[role="dialog"]')?.getAttribute('data-entity-id') ?? null);
}

describe('opening the popover', () => {
  it('opens on click with the entity, its claims newest first, and cited quotes', async () => {
    const page = await articlePage();
    try {
      const frame = await openByClick(page, 'khalifa-haftar');
      expect(await shownEntity(frame)).toBe('khalifa-haftar');
      const card = await frame.evaluate(() => ({
        label: document.querySelector('[role="dialog"]')?.getAttribute('aria-label') ?? '',
        claims: document.querySelectorAll('.claim').length,
        badges: [...document.querySelectorAll('.kind-badge')].map((b) => b.getAttribute('data-kind')),
        dates: [...document.querySelectorAll('.claim-date')].map((t) => t.getAttribute('datetime')),
        quotes: document.querySelectorAll('.citation blockquote').length,
        disclaimer: document.querySelector('.disclaimer')?.textContent ?? '',
      }));
      expect(card.label).toMatch(/Khalifa Haftar|خليفة حفتر/);
      expect(card.claims).toBeGreaterThan(3);
      expect(card.quotes).toBeGreaterThanOrEqual(card.claims);
      expect(card.badges.every((k) => ['allegation', 'reported-event', 'statement', 'opinion', 'analysis'].includes(k!))).toBe(true);
      // Newest first: the known dates never go forward in time down the list.
      const known = card.dates.filter((d): d is string => !!d);
      expect(known.length).toBeGreaterThan(1);
      expect([...known].sort().reverse()).toEqual(known);
      expect(card.disclaimer).toMatch(/not verified facts|لا حقائق متحقَّق منها/);
      // The frame's address carries nothing about the entity or the reader's notes.
      expect(new URL(frame.url()).search + new URL(frame.url()).hash).toBe('');
      // The page shares the content script's performance timeline: a product build records no
      // open timing there (only bench builds do, for npm run bench), so the page cannot learn
      // when, or on which name, the reader opened a card.
      expect(await openTimings(page)).toEqual([]);
      expect(await page.evaluate(() => performance.getEntries().filter((e) => e.name.startsWith('siyaq')).map((e) => e.name))).toEqual([]);
      // A click elsewhere on the page closes it.
      await page.mouse.click(5, 500);
      await page.waitForFunction(
        () => document.querySelector<HTMLElement>('[data-siyaq-popover]')?.style.getPropertyValue('visibility') === 'hidden',
      );
    } finally {
      await page.close();
    }
  });

  it('opens on hover after the intent delay, survives moving into it, closes after the grace period', async () => {
    const page = await articlePage();
    try {
      // No frame yet (it is made on first use): the pointer reaching the name makes it.
      await hoverHighlight(page, 'derna');
      const frame = await waitForCard(page, 'derna');
      expect(await shownEntity(frame)).toBe('derna');
      // Into the popover within the grace period: it stays.
      const box = await page.evaluate(() => {
        const r = document.querySelector('[data-siyaq-popover]')!.getBoundingClientRect();
        return { x: r.x + r.width / 2, y: r.y + 20 };
      });
      await page.mouse.move(box.x, box.y, { steps: 4 });
      await page.waitForTimeout(700);
      expect(await popoverVisible(page)).toBe(true);
      // Away from both: it closes after ~300 ms.
      await page.mouse.move(2, 2, { steps: 2 });
      await page.waitForTimeout(900);
      expect(await popoverVisible(page)).toBe(false);
      // A pass over a name shorter than the intent delay opens nothing.
      await hoverHighlight(page, 'derna');
      await page.mouse.move(2, 2);
      await page.waitForTimeout(400);
      expect(await popoverVisible(page)).toBe(false);
    } finally {
      await page.close();
    }
  });

  it('is a keyboard dialog: the next-name command opens with focus inside, Esc closes and returns focus', async () => {
    const page = await articlePage();
    try {
      const names = await listHighlights(page);
      // Focus somewhere in the page first: Esc must bring it back there.
      await page.evaluate(() => {
        document.body.tabIndex = -1;
        document.body.focus();
      });
      expect(await session.serviceWorker.evaluate(async () => globalThis.siyaqCommands!['next-name']())).toBe(true);
      const frame = await waitForCard(page, names[0]!.entityId);
      await frame.waitForFunction(() => document.activeElement?.getAttribute('role') === 'dialog');
      // Opened by the keyboard, the focused card shows its ring.
      expect(await frame.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid');
      await page.keyboard.press('Tab');
      expect(await frame.evaluate(() => !!document.activeElement?.closest('[role="dialog"]'))).toBe(true);
      await page.keyboard.press('Escape');
      await page.waitForFunction(
        () => document.querySelector<HTMLElement>('[data-siyaq-popover]')?.style.getPropertyValue('visibility') === 'hidden',
      );
      expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('navigates to a related entity inside the popover and back', async () => {
    const page = await articlePage();
    try {
      const frame = await openByClick(page, 'khalifa-haftar');
      // Opened by a click, focus is in the card but no ring is drawn around the whole card.
      await frame.waitForFunction(() => document.activeElement?.getAttribute('role') === 'dialog');
      expect(await frame.evaluate(() => document.activeElement!.matches(':focus-visible'))).toBe(true);
      expect(await frame.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('none');
      const related = await frame.getAttribute('[data-related-id]', 'data-related-id');
      expect(related).toBeTruthy();
      await frame.click(`[data-related-id="${related}"]`);
      await frame.waitForSelector(`[role="dialog"][data-entity-id="${related}"] .entity-card`);
      await frame.click('button.back');
      await frame.waitForSelector('[role="dialog"][data-entity-id="khalifa-haftar"] .entity-card');
    } finally {
      await page.close();
    }
  });

  it('«افتح المصدر» opens the reader at the quoted passage', async () => {
    const page = await articlePage();
    try {
      const frame = await openByClick(page, 'derna');
      const quote = (await frame.locator('.citation blockquote').first().textContent())!.replace(/^«|»$/g, '');
      const [reader] = await Promise.all([session.context.waitForEvent('page'), frame.locator('button.open-source').first().click()]);
      await reader.waitForLoadState();
      const url = new URL(reader.url());
      expect(url.pathname).toBe('/reader.html');
      expect(url.searchParams.get('article')).toBeTruthy();
      expect(url.searchParams.get('quote')).toBe(quote);
      const marked = await reader.waitForSelector('mark[data-quote]');
      const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
      const text = await reader.$$eval('mark[data-quote]', (ms) => ms.map((m) => m.textContent ?? '').join(' '));
      expect(squash(text)).toBe(squash(quote));
      expect(await marked.isVisible()).toBe(true);
      await reader.close();
    } finally {
      await page.close();
    }
  });

  it('cannot be hidden or restyled by the page CSS', async () => {
    const page = await articlePage();
    try {
      await page.addStyleTag({
        content:
          '[data-siyaq-popover], [data-siyaq-popover] *, iframe { display: none !important; opacity: 0 !important; ' +
          'width: 0 !important; height: 0 !important; transform: scale(0) !important; }',
      });
      const frame = await openByClick(page, 'khalifa-haftar');
      const rect = await page.evaluate(() => {
        const host = document.querySelector('[data-siyaq-popover]') as HTMLElement;
        const r = host.getBoundingClientRect();
        return { w: r.width, h: r.height, display: getComputedStyle(host).display, opacity: getComputedStyle(host).opacity };
      });
      expect(rect.w).toBeGreaterThan(300);
      expect(rect.h).toBeGreaterThan(60);
      expect(rect.display).toBe('block');
      expect(rect.opacity).toBe('1');
      expect(await frame.evaluate(() => getComputedStyle(document.querySelector('.entity-name')!).display)).toBe('block');
    } finally {
      await page.close();
    }
  });
});

describe('notes in the popover', () => {
  it('adds a note on a name; the page shows no mark; after a reload the card on that same name shows it', async () => {
    const page = await articlePage();
    try {
      const index = 2;
      const frame = await openByClick(page, 'khalifa-haftar', index);
      await addNote(frame, SECRET);
      expect(await frame.textContent('.note-editor .note-text')).toBe(SECRET);
      // No mark on the page: the page can read CSS.highlights, so a noted name looks like any other.
      const before = await listHighlights(page);
      await page.waitForTimeout(500);
      expect(await listHighlights(page)).toEqual(before);
      expect(await page.evaluate(() => [...CSS.highlights.keys()].filter((k) => !k.startsWith('siyaq-entity-')))).toEqual([]);

      await page.reload();
      await waitForHighlights(page);

      // Reopened on that highlight, the popover shows the note for editing; edit it, then delete it.
      const again = await openByClick(page, 'khalifa-haftar', index);
      await again.waitForSelector('.note-editor .note-text');
      expect(await again.textContent('.note-editor .note-text')).toBe(SECRET);
      // On another highlight of the same entity, it is listed among the notes elsewhere.
      await page.keyboard.press('Escape');
      const other = await openByClick(page, 'khalifa-haftar', 0);
      await other.waitForSelector('.notes-elsewhere .note-text');
      expect(await other.textContent('.notes-elsewhere .note-text')).toBe(SECRET);
      expect(await other.locator('.note-editor .note-text').count()).toBe(0);
    } finally {
      await page.close();
    }
  });

  it('the popover size the page can measure does not depend on the note text', async () => {
    const page = await articlePage();
    try {
      const hostHeight = () =>
        page.evaluate(() => Math.round(document.querySelector('[data-siyaq-popover]')!.getBoundingClientRect().height));
      const frame = await openByClick(page, 'fataeh');
      await page.waitForTimeout(300);
      const before = await hostHeight();
      // A small card: below the height cap, so a size leak would show.
      expect(before).toBeLessThan(520);
      await addNote(frame, Array.from({ length: 12 }, (_, i) => `${SECRET} ${i}`).join('\n'));
      await page.waitForTimeout(300);
      expect(await hostHeight()).toBe(before);
      await frame.click('.note-editor button.danger');
      await frame.waitForSelector('.note-add');
    } finally {
      await page.close();
    }
  });

  it('a page script cannot find the note text anywhere it can reach', async () => {
    const page = await articlePage();
    try {
      // The note from the previous test is on this page; open its popover so the text is on screen.
      await clickHighlight(page, 'khalifa-haftar', 2);
      const frame = await popoverFrame(page);
      await frame.waitForSelector('.note-editor .note-text');
      expect(await frame.textContent('.note-editor .note-text')).toBe(SECRET);

      const found = await page.evaluate(async (secret) => {
        const hits: string[] = [];
        const needle = secret.slice(0, 12);
        const seen = new Set<Node>();
        const visit = (root: Node, where: string): void => {
          if (seen.has(root)) return;
          seen.add(root);
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
          for (let n: Node | null = walker.currentNode; n; n = walker.nextNode()) {
            if (n.nodeType === Node.TEXT_NODE && n.nodeValue?.includes(needle)) hits.push(`${where}: text`);
            if (n instanceof Element) {
              for (const a of n.attributes) if (a.value.includes(needle)) hits.push(`${where}: @${a.name}`);
              if (n.shadowRoot) visit(n.shadowRoot, `${where} > shadow(${n.localName})`);
              if (n instanceof HTMLIFrameElement) {
                try {
                  const doc = n.contentDocument;
                  if (doc) visit(doc, `${where} > iframe`);
                } catch {
                  // Cross-origin: unreadable, which is the point.
                }
              }
            }
          }
        };
        visit(document, 'document');
        for (let i = 0; i < window.frames.length; i++) {
          try {
            visit(window.frames[i]!.document, `frames[${i}]`);
          } catch {
            // Cross-origin frame.
          }
        }
        if (document.documentElement.outerHTML.includes(needle)) hits.push('outerHTML');
        for (const store of [localStorage, sessionStorage])
          for (let i = 0; i < store.length; i++) if (store.getItem(store.key(i)!)?.includes(needle)) hits.push('storage');
        const host = document.querySelector('[data-siyaq-popover]');
        const databases = 'databases' in indexedDB ? (await indexedDB.databases()).map((d) => d.name) : [];
        return { hits, hostShadow: host ? host.shadowRoot : 'no host', databases };
      }, SECRET);
      expect(found.hits).toEqual([]);
      expect(found.hostShadow).toBeNull();
      expect(found.databases).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('accessibility', () => {
  it('axe-core finds no serious or critical violation in the popover frame', async () => {
    const page = await articlePage();
    try {
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        const frame = await openByClick(page, 'derna');
        // The note editor open too, so its form controls are checked.
        await frame.click('.note-add');
        await frame.evaluate(AXE_SOURCE);
        const violations = await frame.evaluate(async () => {
          const axe = (window as unknown as { axe: { run(ctx: Document): Promise<{ violations: Array<{ id: string; impact?: string; nodes: unknown[] }> }> } }).axe;
          const result = await axe.run(document);
          return result.violations
            .filter((v) => v.impact === 'serious' || v.impact === 'critical')
            .map((v) => `${v.id} (${v.impact}) ×${v.nodes.length}`);
        });
        expect({ colorScheme, violations }).toEqual({ colorScheme, violations: [] });
        await page.keyboard.press('Escape');
        await page.keyboard.press('Escape');
      }
    } finally {
      await page.close();
    }
  });
});
