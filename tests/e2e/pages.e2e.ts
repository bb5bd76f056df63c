/**
 * The extension's own pages in Chromium: the source reader opens at a citation's quote (marked and
 * in view); the options page lists notes saved through the background, searches them Arabic-aware
 * and deletes with undo; notes exported (Siyaq JSON and W3C Web Annotation) and imported into a
 * fresh profile come back whole; a corrupt or foreign file changes nothing; axe-core finds no
 * serious or critical violation on either page.
 *
 * Tests do not depend on the browser's UI language (headless Chromium may pick the English
 * strings): they find elements by data-testid, roles and structure, never by label text.
 */
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Dataset } from '../../core/dataset/schema';
import type { Note } from '../../protocol/messages';
import { ROOT, launchWithExtension, type ExtensionSession } from '../../tools/browser/harness';

/** The extension APIs as the functions evaluated in extension pages see them. */
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<any> } };

const require = createRequire(import.meta.url);
/** A private copy of the build may be given (SIYAQ_EXTENSION_PATH) when others rebuild .output meanwhile. */
const extensionPath = process.env.SIYAQ_EXTENSION_PATH || undefined;
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const dataset: Dataset = JSON.parse(readFileSync(join(ROOT, 'data/generated/dataset.json'), 'utf8'));

/** The citation quoted furthest into its article: the reader must scroll to show it. */
function deepestCitation(): { articleId: string; quote: string } {
  const squash = (s: string) => s.replace(/\s+/g, '');
  let best = { articleId: '', quote: '', at: -1 };
  for (const c of dataset.claims)
    for (const cit of c.citations) {
      const text = dataset.articles.find((a) => a.id === cit.articleId)!.text;
      const at = squash(text).indexOf(squash(cit.quote));
      if (at > best.at) best = { ...cit, at };
    }
  return best;
}

const NOTES: Note[] = [
  {
    id: 'e2e-note-derna',
    entityId: 'derna',
    url: 'https://news.example/ar/derna.html',
    pageTitle: 'خبر عن مدينة درنة',
    anchor: { exact: 'درنة', prefix: 'انسحاب التنظيم من مدينة ', suffix: ' شرقي ليبيا' },
    text: 'القصف على درنة بعد انسحاب التنظيم: قارن بتقرير 2017.',
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
  },
  {
    id: 'e2e-note-haftar',
    entityId: 'khalifa-haftar',
    url: 'https://other.example/story?id=7',
    pageTitle: 'مقال رأي',
    anchor: { exact: 'حفتر', prefix: 'اللواء المتقاعد خليفة ', suffix: ' مثار تساؤل' },
    text: 'ملاحظة عن «حفتر» مع علامات: "اقتباس" و\\ وسطر\nثانٍ',
    createdAt: 1_700_000_100_000,
    updatedAt: 1_700_000_100_000,
  },
  {
    id: 'e2e-note-benghazi',
    entityId: 'benghazi',
    url: 'https://news.example/ar/benghazi.html',
    pageTitle: '',
    anchor: { exact: 'بنغازي', prefix: '', suffix: '' },
    text: 'ملاحظة ثالثة',
    createdAt: 1_700_000_200_000,
    updatedAt: 1_700_000_200_000,
  },
];

async function send(page: Page, message: Record<string, unknown>): Promise<any> {
  return page.evaluate((m) => chrome.runtime.sendMessage(m), message);
}

/** Every stored note, sorted by id (through the background, as any extension page would). */
async function storedNotes(page: Page): Promise<Note[]> {
  const r = await send(page, { type: 'notes.search', query: '', limit: 1000 });
  expect(r.ok).toBe(true);
  return (r.value as Note[]).sort((a, b) => a.id.localeCompare(b.id));
}

/** Runs axe-core in the page; returns the serious and critical violations. */
async function axeViolations(page: Page): Promise<{ id: string; impact: string; nodes: string[] }[]> {
  // Evaluated through the DevTools protocol, so the extension page's CSP does not block it.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as any).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    // A run that checked nothing would pass vacuously.
    if (result.passes.length === 0) throw new Error('axe checked nothing');
    return result.violations.map((v: any) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.slice(0, 3).map((n: any) => n.target.join(' ')),
    }));
  });
  return violations.filter((v: { impact: string }) => v.impact === 'serious' || v.impact === 'critical');
}

async function openOptions(session: ExtensionSession, hash = '#notes'): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(session.extensionUrl(`options.html${hash}`));
  await page.waitForSelector('#section-title');
  return page;
}

async function waitForNoteCount(page: Page, n: number): Promise<void> {
  await page.waitForFunction((n) => document.querySelectorAll('li[data-note-id]').length === n, n, { timeout: 15_000 });
}

async function importFile(page: Page, path: string): Promise<string> {
  const status = page.locator('[data-testid="import-status"]');
  const before = Number(await status.getAttribute('data-imports'));
  await page.setInputFiles('[data-testid="import-file"]', path);
  await expect.poll(async () => Number(await status.getAttribute('data-imports')), { timeout: 15_000 }).toBe(before + 1);
  return (await status.textContent()) ?? '';
}

let session: ExtensionSession;
let fresh: ExtensionSession | undefined;
let tmp: string;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'siyaq-pages-'));
  session = await launchWithExtension({ extensionPath });
});

afterAll(async () => {
  await session?.close();
  await fresh?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('reader page', () => {
  it('opens at the quote: the passage is marked, focused and in view', async () => {
    const { articleId, quote } = deepestCitation();
    const page = await session.context.newPage();
    await page.goto(session.extensionUrl(`reader.html?article=${articleId}&quote=${encodeURIComponent(quote)}`));
    const mark = page.locator('mark[data-quote]').first();
    await mark.waitFor();
    const marked = (await page.locator('mark[data-quote]').allTextContents()).join(' ');
    expect(marked.replace(/\s+/g, ' ').trim()).toBe(quote.replace(/\s+/g, ' ').trim());
    // mark.js wraps the passage (its attribute), not a Preact-rendered <mark>.
    expect(await mark.getAttribute('data-markjs')).toBe('true');
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(0);
    const inView = await mark.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    });
    expect(inView).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.matches('mark[data-quote]'))).toBe(true);
    expect(await page.locator('article.source-text').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('[data-testid="quote-not-found"]').count()).toBe(0);
    await page.close();
  });

  it('says so when the quote is not in the article', async () => {
    const page = await session.context.newPage();
    const articleId = dataset.articles[0]!.id;
    await page.goto(session.extensionUrl(`reader.html?article=${articleId}&quote=${encodeURIComponent('جملة لا ترد في أي مقال')}`));
    await page.locator('[data-testid="quote-not-found"]').waitFor();
    expect(await page.locator('mark').count()).toBe(0);
    expect(await page.locator('article.source-text p').count()).toBeGreaterThan(3);
    await page.close();
  });

  it('has no serious or critical axe violation', async () => {
    const { articleId, quote } = deepestCitation();
    const page = await session.context.newPage();
    await page.goto(session.extensionUrl(`reader.html?article=${articleId}&quote=${encodeURIComponent(quote)}`));
    await page.locator('mark[data-quote]').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('options page', () => {
  beforeAll(async () => {
    const page = await openOptions(session);
    for (const note of NOTES) expect((await send(page, { type: 'notes.save', note })).ok).toBe(true);
    await page.close();
  });

  it('lists the notes saved through the background, searches them Arabic-aware, deletes with undo', async () => {
    const page = await openOptions(session);
    await waitForNoteCount(page, NOTES.length);

    // درنه (ه for ة) finds the note about درنة; nothing else mentions it.
    await page.fill('[data-testid="notes-search"]', 'درنه');
    await waitForNoteCount(page, 1);
    expect(await page.locator('li[data-note-id]').getAttribute('data-note-id')).toBe('e2e-note-derna');
    // mark.js marks the words our folding matched: درنة in the title, the quote and the note.
    expect(await page.locator('li[data-note-id] mark[data-markjs]').allTextContents()).toEqual(['درنة', 'درنة', 'درنة']);
    await page.fill('[data-testid="notes-search"]', '');
    await page.selectOption('[data-testid="notes-site"]', 'news.example');
    await waitForNoteCount(page, 2);
    await page.selectOption('[data-testid="notes-site"]', '');
    await page.selectOption('[data-testid="notes-entity"]', 'khalifa-haftar');
    await waitForNoteCount(page, 1);
    await page.selectOption('[data-testid="notes-entity"]', '');
    await waitForNoteCount(page, NOTES.length);

    const before = await storedNotes(page);
    await page.click('li[data-note-id="e2e-note-benghazi"] button.delete');
    await waitForNoteCount(page, NOTES.length - 1);
    expect((await storedNotes(page)).map((n) => n.id)).not.toContain('e2e-note-benghazi');
    await page.click('[data-testid="toast"] .toast-action');
    await waitForNoteCount(page, NOTES.length);
    const restored = (await storedNotes(page)).find((n) => n.id === 'e2e-note-benghazi');
    expect(restored).toMatchObject({ ...before.find((n) => n.id === 'e2e-note-benghazi'), updatedAt: expect.any(Number) });
    await page.close();
  });

  it('exports both formats, and importing them into a fresh profile restores every note', async () => {
    const page = await openOptions(session);
    await waitForNoteCount(page, NOTES.length);
    const original = await storedNotes(page);
    expect(original).toHaveLength(NOTES.length);

    const paths: Record<string, string> = {};
    for (const which of ['export-json', 'export-annotations']) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid="${which}"]`)]);
      paths[which] = join(tmp, download.suggestedFilename());
      await download.saveAs(paths[which]);
    }
    expect(paths['export-json']).toMatch(/\.json$/);
    const annotations = JSON.parse(readFileSync(paths['export-annotations']!, 'utf8'));
    expect(annotations['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(annotations.id).toBeTruthy();
    expect(annotations.first.id).toBeTruthy();
    expect(annotations.first.items[0]).toMatchObject({
      type: 'Annotation',
      body: { type: 'TextualBody' },
      target: { selector: { type: 'TextQuoteSelector' } },
    });
    await page.close();

    fresh = await launchWithExtension({ extensionPath });
    const other = await openOptions(fresh);
    expect(await storedNotes(other)).toEqual([]);

    await importFile(other, paths['export-annotations']!);
    await waitForNoteCount(other, NOTES.length);
    expect(await storedNotes(other)).toEqual(original);

    // The same notes again, in the other format and then the same file twice: nothing is added.
    await importFile(other, paths['export-json']!);
    await importFile(other, paths['export-json']!);
    expect(await storedNotes(other)).toEqual(original);
    await other.close();
  });

  it('a corrupt, foreign or oversized file gives a message and changes nothing', async () => {
    const page = await openOptions(session);
    await waitForNoteCount(page, NOTES.length);
    const before = await storedNotes(page);

    const good = join(tmp, 'good.json');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-json"]')]);
    await download.saveAs(good);
    const text = readFileSync(good, 'utf8');
    const files: Record<string, string | Buffer> = {
      'corrupt.json': text.slice(0, Math.floor(text.length * 0.6)),
      'foreign.json': JSON.stringify({ name: 'not-siyaq', version: '1.0.0', dependencies: {} }),
      'one-bad-note.json': text.replace('"entityId": "derna"', '"entityId": "Not A Slug!"'),
      'binary.json': Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x02]),
      'other-tool.jsonld': JSON.stringify({
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        type: 'Annotation',
        id: 'https://annotations.example/a/1',
        created: '2020-01-01T00:00:00Z',
        body: { type: 'TextualBody', value: 'not ours' },
        target: { source: 'https://example.com/', selector: { type: 'TextQuoteSelector', exact: 'x' } },
      }),
      // Over the 20 MB limit: refused before it is read.
      'huge.json': Buffer.alloc(21 * 1024 * 1024, 0x20),
    };
    for (const [name, body] of Object.entries(files)) {
      const path = join(tmp, name);
      writeFileSync(path, body);
      expect(await importFile(page, path)).not.toBe('');
      expect(await page.locator('[data-testid="import-status"]').getAttribute('class')).toBe('error');
      expect(await storedNotes(page)).toEqual(before);
    }
    await page.close();
  });

  it("imports another tool's Web Annotations whose quote names a known entity, and says what it left out", async () => {
    const page = await openOptions(session);
    await waitForNoteCount(page, NOTES.length);
    const path = join(tmp, 'hypothesis-like.jsonld');
    writeFileSync(
      path,
      JSON.stringify({
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        type: 'AnnotationPage',
        items: [
          { id: 'https://annotations.example/a/haftar', type: 'Annotation', created: '2024-01-01T00:00:00Z', body: { type: 'TextualBody', value: 'من أداة أخرى' }, target: { source: 'https://news.example/x', selector: { type: 'TextQuoteSelector', exact: 'قال خليفة حفتر إن' } } },
          { id: 'https://annotations.example/a/none', type: 'Annotation', created: '2024-01-01T00:00:00Z', body: { type: 'TextualBody', value: 'x' }, target: { source: 'https://news.example/x', selector: { type: 'TextQuoteSelector', exact: 'lorem ipsum' } } },
        ],
      }),
    );
    const message = await importFile(page, path);
    expect(await page.locator('[data-testid="import-status"]').getAttribute('class')).toBeNull();
    expect(message).toMatch(/1/);
    const stored = await storedNotes(page);
    expect(stored.find((n) => n.id === 'https://annotations.example/a/haftar')).toMatchObject({ entityId: 'khalifa-haftar', text: 'من أداة أخرى' });
    expect(stored.some((n) => n.id === 'https://annotations.example/a/none')).toBe(false);
    await send(page, { type: 'notes.delete', id: 'https://annotations.example/a/haftar' });
    await page.close();
  });

  it('has no serious or critical axe violation in any section, light or dark', async () => {
    const page = await openOptions(session);
    await waitForNoteCount(page, NOTES.length);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const hash of ['#notes', '#dataset/khalifa-haftar', '#timeline', '#about']) {
        await page.goto(session.extensionUrl(`options.html${hash}`));
        await page.waitForSelector(hash === '#notes' ? 'li[data-note-id]' : hash.startsWith('#dataset') ? '.entity-card' : hash === '#timeline' ? '.timeline-group' : 'table.sources');
        const violations = await axeViolations(page);
        expect({ hash, scheme, violations }).toEqual({ hash, scheme, violations: [] });
      }
    }
    await page.close();
  });
});
