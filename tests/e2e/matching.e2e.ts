/**
 * Matching and highlighting in real Chromium with the built extension, on the fixture pages in
 * fixtures/matching/. Every element with `data-expect="<ids>"` must hold exactly those highlights
 * (entity ids in document order, one per name); `data-expect=""` marks a negative.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { launchWithExtension, type ExtensionSession } from '../../tools/browser/harness';
import { startServer, type TestServer } from '../../tools/browser/server';

let session: ExtensionSession;
let server: TestServer;

beforeAll(async () => {
  server = await startServer();
  session = await launchWithExtension();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** Every registered range: its entity, text, the [data-expect] block it is in and the letters around it. */
async function ranges(page: Page): Promise<Array<{ id: string; text: string; expectIndex: number; before: string; after: string; skipped: boolean }>> {
  return page.evaluate(() => {
    const rows = [...document.querySelectorAll('[data-expect]')];
    const out: Array<{ id: string; text: string; expectIndex: number; before: string; after: string; skipped: boolean; range: Range }> = [];
    for (const [key, hl] of CSS.highlights) {
      if (!key.startsWith('siyaq-entity-')) continue;
      for (const r of hl as unknown as Iterable<AbstractRange>) {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        const el = range.startContainer.parentElement;
        out.push({
          id: key.slice('siyaq-entity-'.length),
          text: range.toString(),
          expectIndex: rows.findIndex((row) => row.contains(range.startContainer)),
          before: (range.startContainer.textContent ?? '').slice(0, range.startOffset).slice(-1),
          after: (range.endContainer.textContent ?? '').slice(range.endOffset, range.endOffset + 1),
          skipped: !!el?.closest('textarea, [contenteditable], code, [data-siyaq-ui], noscript'),
          range,
        });
      }
    }
    out.sort((a, b) => (a.range.compareBoundaryPoints(Range.START_TO_START, b.range)));
    return out.map(({ range: _r, ...rest }) => rest);
  });
}

async function open(name: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(server.url(`/fixtures/matching/${name}`));
  return page;
}

/** Waits until the range count has been stable for a while (the highlighter works in slices). */
async function settle(page: Page, atLeast = 1): Promise<number> {
  await page.waitForFunction(
    (n) => {
      let count = 0;
      for (const [key, hl] of CSS.highlights) if (key.startsWith('siyaq-entity-')) count += hl.size;
      return count >= n;
    },
    atLeast,
    { timeout: 15_000 },
  );
  let last = -1;
  for (;;) {
    const count = (await ranges(page)).length;
    if (count === last) return count;
    last = count;
    await page.waitForTimeout(300);
  }
}

async function expectations(page: Page): Promise<Array<{ text: string; want: string[]; got: string[] }>> {
  const all = await ranges(page);
  const rows = await page.evaluate(() =>
    [...document.querySelectorAll('[data-expect]')].map((el) => ({
      text: (el.textContent ?? '').trim().slice(0, 60),
      want: (el.getAttribute('data-expect') ?? '').split(' ').filter(Boolean),
    })),
  );
  return rows.map((row, i) => ({ ...row, got: all.filter((r) => r.expectIndex === i).map((r) => r.id) }));
}

/** Waits until the page has at least `atLeast` highlights and holds still, then checks every [data-expect] block. */
async function expectSettled(page: Page, atLeast: number): Promise<void> {
  await settle(page, atLeast);
  expectAll(await expectations(page));
}

function expectAll(rows: Array<{ text: string; want: string[]; got: string[] }>): void {
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) expect(row.got, row.text).toEqual(row.want);
}

describe('highlighting in Chromium', () => {
  it('finds names with clitics, quotes and inline markup, longest match first, and no look-alikes', async () => {
    const page = await open('prefixed.html');
    await expectSettled(page, 10);
    // The page is untouched: compare its markup with the served HTML parsed afresh.
    const same = await page.evaluate(async () => {
      const html = await (await fetch(location.href)).text();
      const fresh = new DOMParser().parseFromString(html, 'text/html');
      return fresh.body.innerHTML === document.body.innerHTML;
    });
    expect(same).toBe(true);
    await page.close();
  });

  it('keeps letters joined: each highlight is a whole word, bounded by spaces or punctuation', async () => {
    const page = await open('prefixed.html');
    await settle(page, 10);
    const letter = /[\p{L}\p{M}]/u;
    const edges = (await ranges(page))
      .filter((r) => letter.test(r.before) || letter.test(r.after))
      .map((r) => `${r.before}|${r.text}|${r.after}`);
    expect(edges).toEqual([]);
    await page.close();
  });

  it('matches spelling variants: tatweel, diacritics, hamza and alef maqsura, invisible joiners', async () => {
    const page = await open('variants.html');
    await expectSettled(page, 6);
    await page.close();
  });

  it('leaves ambiguous words alone on a page without enough context (an unrelated name is no context)', async () => {
    const page = await open('ambiguous.html');
    await expectSettled(page, 1);
    await page.close();
  });

  it('takes confirmed ones, and the name elsewhere on that page, but never the verb reading (سرت شائعات)', async () => {
    // The page policy is whole-page: once «مدينة سرت» confirms the place, the page's other pending
    // «سرت» count too, in any block and whatever order the highlighter read them in.
    const page = await open('ambiguous-confirmed.html');
    await expectSettled(page, 3);
    await page.close();
  });

  it('takes back a name shown before the page named its namesake (a ticker names Libya, the article Lebanon far below)', async () => {
    // The headline's «طرابلس» is read first and the ticker's «ليبيا» accepted it; the body names
    // Lebanon ~9,000 characters below, read slices later. What stays is the whole-page decision.
    const page = await open('namesake-later.html');
    await settle(page, 1);
    // Only names near the viewport are registered: the page stays at its top, where the ticker and
    // the headline are; the highlighter reads the rest of this small page within a few slices.
    await page.waitForTimeout(1000);
    expectAll(await expectations(page));
    await page.close();
  });

  it("does not read a sidebar's headlines as the story's topic (a Lebanese «most read» beside a Libyan story)", async () => {
    const page = await open('sidebar.html');
    await expectSettled(page, 2);
    await page.close();
  });

  it("reads a name another body took over by the page's date (article:published_time 2024: not the 2016 council)", async () => {
    const page = await open('dated-2024.html');
    await expectSettled(page, 2);
    await page.close();
  });

  it("reads the page's date from its address when its metadata has none (/2024/06/02/: not the 2016 council)", async () => {
    const page = await open('2024/06/02/council.html');
    await expectSettled(page, 2);
    await page.close();
  });

  it("reads a single-page site's next article as itself: its own date and evidence, not the last one's", async () => {
    const page = await open('spa-navigate.html');
    await expectSettled(page, 1);
    // The router changes the address, then writes the next article and its date 150 ms later.
    await page.click('#next');
    await page.waitForSelector('html[data-fixture-done]');
    await expectSettled(page, 4);
    await page.close();
  });

  it('skips form fields, editable regions, code, scripts and the extension UI', async () => {
    const page = await open('skip.html');
    await expectSettled(page, 2);
    const all = await ranges(page);
    expect(all.filter((r) => r.skipped)).toEqual([]);
    expect(all).toHaveLength(2);
    await page.close();
  });

  it('annotates content the page adds or changes later (live feed, SPA render, text updates)', async () => {
    const page = await open('dynamic.html');
    await page.waitForSelector('html[data-fixture-done]');
    await expectSettled(page, 1 + 40 + 2 + 1);
    await page.close();
  });

  it('does nothing on a non-Arabic page, even with a few Arabic words', async () => {
    const page = await open('english.html');
    await page.waitForLoadState('load');
    await page.waitForTimeout(1500);
    expect(await ranges(page)).toEqual([]);
    await page.close();
  });
});
