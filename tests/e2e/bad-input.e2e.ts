/**
 * Bad input in Chromium: a 50 MB import file is refused with a message that says why, and changes
 * nothing; a note written as HTML with script is shown as text in the popover, among the notes
 * elsewhere and on the options page, and nothing in it runs or loads; a note of exactly
 * NOTE_MAX_CHARS (1,000,000) characters saves through the popover and comes back whole; one
 * character more is refused by the background with an error naming the limit, and the stored
 * note stays as it was.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { NOTE_MAX_CHARS, type Note } from '../../protocol/messages';
import { launchWithExtension, waitForHighlights, type ExtensionSession } from '../../tools/browser/harness';
import { addNote, openByClick } from '../../tools/browser/popover-helpers';
import { startServer, type TestServer } from '../../tools/browser/server';

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<any> } };

const extensionPath = process.env.SIYAQ_EXTENSION_PATH || undefined;
/** Would set `__siyaqXss` and load `/xss-probe` in any context that parsed it as HTML. */
const HOSTILE =
  '<img src="/xss-probe" onerror="window.__siyaqXss=1"><script>window.__siyaqXss=2</script>' +
  '<b onmouseover="window.__siyaqXss=3">عريض؟</b> ملاحظة';

let session: ExtensionSession;
let server: TestServer;
let control: Page;
let tmp: string;
const requested: string[] = [];

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'siyaq-bad-input-'));
  server = await startServer();
  session = await launchWithExtension({ extensionPath });
  session.context.on('request', (r) => requested.push(r.url()));
  control = await session.context.newPage();
  await control.goto(session.extensionUrl('options.html#about'));
});

afterAll(async () => {
  await session?.close();
  await server?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

async function send(message: Record<string, unknown>): Promise<any> {
  return control.evaluate((m) => chrome.runtime.sendMessage(m), message);
}

async function allNotes(): Promise<Note[]> {
  const r = await send({ type: 'notes.search', query: '', limit: 1000 });
  expect(r.ok).toBe(true);
  return (r.value as Note[]).sort((a, b) => a.id.localeCompare(b.id));
}

async function articlePage(): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(server.articleUrl('000'));
  await waitForHighlights(page);
  return page;
}

async function addNoteInPopover(page: Page, entityId: string, index: number, text: string): Promise<Frame> {
  const frame = await openByClick(page, entityId, index);
  await addNote(frame, text);
  return frame;
}

/** Nothing in `where` ran the hostile note's script or made an element of its markup. */
async function expectInert(where: Page | Frame, scope: string): Promise<void> {
  const state = await where.evaluate(
    (sel) => ({
      xss: (window as unknown as { __siyaqXss?: number }).__siyaqXss ?? null,
      elements: [...document.querySelectorAll(sel)].flatMap((el) => [...el.querySelectorAll('img, script, b')].map((e) => e.localName)),
    }),
    scope,
  );
  expect(state).toEqual({ xss: null, elements: [] });
}

describe('hostile and oversized notes', () => {
  it('a note written as HTML with script is text everywhere it is shown, and nothing in it runs', async () => {
    const page = await articlePage();
    try {
      const frame = await addNoteInPopover(page, 'khalifa-haftar', 1, HOSTILE);
      expect(await frame.textContent('.note-editor .note-text')).toBe(HOSTILE);
      await expectInert(frame, '.note-editor');

      // Another highlight of the same name lists it among the notes elsewhere.
      await page.keyboard.press('Escape');
      const other = await openByClick(page, 'khalifa-haftar', 0);
      await other.waitForSelector('.notes-elsewhere .note-text');
      expect(await other.textContent('.notes-elsewhere .note-text')).toBe(HOSTILE);
      await expectInert(other, '.notes-elsewhere');
      await page.keyboard.press('Escape');

      // The options page's list, and its search for a word from inside the markup.
      const options = await session.context.newPage();
      await options.goto(session.extensionUrl('options.html#notes'));
      await options.waitForSelector('li[data-note-id]');
      expect(await options.locator('li[data-note-id]').first().textContent()).toContain(HOSTILE);
      await options.fill('[data-testid="notes-search"]', 'onerror');
      await options.waitForFunction(() => document.querySelectorAll('li[data-note-id]').length === 1);
      await expectInert(options, 'li[data-note-id]');
      await options.close();

      await page.waitForTimeout(300);
      expect(await probeRequests()).toEqual([]);
      expect((await allNotes()).map((n) => n.text)).toEqual([HOSTILE]);
    } finally {
      await page.close();
    }
  });

  it(`a note of ${NOTE_MAX_CHARS.toLocaleString('en')} characters saves and shows whole; one more is refused and nothing is lost`, async () => {
    const unit = 'ملاحظة طويلة جدًا ';
    const long = (unit.repeat(Math.ceil(NOTE_MAX_CHARS / unit.length)).slice(0, NOTE_MAX_CHARS - 1) + '.').trim();
    expect(long.length).toBe(NOTE_MAX_CHARS);
    const page = await articlePage();
    try {
      const frame = await addNoteInPopover(page, 'derna', 0, long);
      expect(await frame.evaluate(() => document.querySelector('.note-editor .note-text')!.textContent!.length)).toBe(NOTE_MAX_CHARS);
      const saved = (await allNotes()).find((n) => n.entityId === 'derna')!;
      expect(saved.text).toBe(long);

      // One character more, straight to the background (the editor's maxLength stops typing there).
      const over = await send({ type: 'notes.save', note: { ...saved, text: `${long}!` } });
      expect(over.ok).toBe(false);
      expect(over.error).toMatch(/^invalid notes\.save: /);
      expect(over.error).toMatch(/note\.text/);
      expect(over.error).toMatch(/1000000|1,000,000/);
      expect((await allNotes()).find((n) => n.id === saved.id)!.text).toBe(long);

      // The options page lists it (its length intact).
      const options = await session.context.newPage();
      await options.goto(session.extensionUrl('options.html#notes'));
      await options.waitForSelector(`li[data-note-id="${saved.id}"]`);
      const shown = await options.locator(`li[data-note-id="${saved.id}"]`).textContent();
      expect(shown).toContain(long.slice(0, 200));
      await options.close();
    } finally {
      await page.close();
    }
  });
});

describe('a 50 MB import file', () => {
  it('is refused before it is read, with a message that gives the limit, and changes nothing', async () => {
    const before = await allNotes();
    expect(before.length).toBeGreaterThan(0);
    const path = join(tmp, 'huge-notes.json');
    // Valid JSON all the way (an array of notes-like objects): only the size may refuse it.
    const one = JSON.stringify({ ...before[0], id: 'x'.repeat(40) });
    const count = Math.ceil((50 * 1024 * 1024) / (one.length + 1));
    writeFileSync(path, `{"format":"siyaq-notes","version":1,"notes":[${Array(count).fill(one).join(',')}]}`);

    const page = await session.context.newPage();
    await page.goto(session.extensionUrl('options.html#notes'));
    await page.waitForSelector('li[data-note-id]');
    const status = page.locator('[data-testid="import-status"]');
    const imports = Number(await status.getAttribute('data-imports'));
    await page.setInputFiles('[data-testid="import-file"]', path);
    await expect.poll(async () => Number(await status.getAttribute('data-imports')), { timeout: 15_000 }).toBe(imports + 1);
    expect(await status.getAttribute('class')).toBe('error');
    expect(await status.textContent()).toMatch(/20 ?MB|20 ?ميغابايت/);
    // The page still answers, and nothing changed.
    expect(await page.evaluate(() => document.querySelectorAll('li[data-note-id]').length)).toBe(before.length);
    expect(await allNotes()).toEqual(before);
    await page.close();
  });
});

/** Requests for the hostile markup's image, from any context. */
async function probeRequests(): Promise<string[]> {
  return requested.filter((u) => u.includes('xss-probe'));
}
