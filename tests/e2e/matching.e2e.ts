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

const NAMES = 'siyaq-mark.siyaq-hl:not([data-siyaq-cont])';

async function open(name: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(server.url(`/fixtures/matching/${name}`));
  return page;
}

/** Waits until the highlight count has been stable for a while (the highlighter works in slices). */
async function settle(page: Page, atLeast = 1): Promise<number> {
  await page.waitForFunction((n) => document.querySelectorAll('siyaq-mark').length >= n, atLeast, { timeout: 15_000 });
  let last = -1;
  for (;;) {
    const count = await page.locator('siyaq-mark').count();
    if (count === last) return count;
    last = count;
    await page.waitForTimeout(300);
  }
}

async function expectations(page: Page): Promise<Array<{ text: string; want: string[]; got: string[] }>> {
  return page.evaluate((selector) => {
    return [...document.querySelectorAll('[data-expect]')].map((el) => ({
      text: (el.textContent ?? '').trim().slice(0, 60),
      want: (el.getAttribute('data-expect') ?? '').split(' ').filter(Boolean),
      got: [...el.querySelectorAll(selector)].map((m) => m.getAttribute('data-entity-id') ?? ''),
    }));
  }, NAMES);
}

function expectAll(rows: Array<{ text: string; want: string[]; got: string[] }>): void {
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) expect(row.got, row.text).toEqual(row.want);
}

describe('highlighting in Chromium', () => {
  it('finds names with clitics, quotes and inline markup, longest match first, and no look-alikes', async () => {
    const page = await open('prefixed.html');
    await settle(page, 10);
    expectAll(await expectations(page));
    const el = page.locator(NAMES).first();
    expect(await el.getAttribute('tabindex')).toBe('0');
    expect(await el.getAttribute('role')).toBe('button');
    expect(await el.getAttribute('aria-haspopup')).toBe('dialog');
    // The page's text is untouched: compare with the served HTML parsed afresh.
    const same = await page.evaluate(async () => {
      const html = await (await fetch(location.href)).text();
      const fresh = new DOMParser().parseFromString(html, 'text/html');
      return fresh.body.textContent === document.body.textContent;
    });
    expect(same).toBe(true);
    await page.close();
  });

  it('keeps letters joined: each highlight is a whole word, bounded by spaces or punctuation', async () => {
    const page = await open('prefixed.html');
    await settle(page, 10);
    const edges = await page.evaluate(() => {
      const letter = /[\p{L}\p{M}]/u;
      const bad: string[] = [];
      for (const m of document.querySelectorAll('siyaq-mark')) {
        const before = m.previousSibling?.textContent?.slice(-1) ?? '';
        const after = m.nextSibling?.textContent?.slice(0, 1) ?? '';
        if (letter.test(before) || letter.test(after)) bad.push(`${before}|${m.textContent}|${after}`);
      }
      return bad;
    });
    expect(edges).toEqual([]);
    await page.close();
  });

  it('matches spelling variants: tatweel, diacritics, hamza and alef maqsura, invisible joiners', async () => {
    const page = await open('variants.html');
    await settle(page, 6);
    expectAll(await expectations(page));
    await page.close();
  });

  it('leaves ambiguous words alone on a page without enough context, but takes confirmed ones', async () => {
    const page = await open('ambiguous.html');
    await settle(page, 1);
    expectAll(await expectations(page));
    await page.close();
  });

  it('skips form fields, editable regions, code, scripts and the extension UI', async () => {
    const page = await open('skip.html');
    await settle(page, 2);
    expectAll(await expectations(page));
    const inside = await page.evaluate(
      () =>
        document.querySelectorAll(
          'textarea siyaq-mark, [contenteditable] siyaq-mark, code siyaq-mark, [data-siyaq-ui] siyaq-mark, noscript siyaq-mark',
        ).length,
    );
    expect(inside).toBe(0);
    expect(await page.locator('siyaq-mark').count()).toBe(2);
    await page.close();
  });

  it('annotates content the page adds or changes later (live feed, SPA render, text updates)', async () => {
    const page = await open('dynamic.html');
    await page.waitForSelector('html[data-fixture-done]');
    await settle(page, 1 + 40 + 2 + 1);
    expectAll(await expectations(page));
    await page.close();
  });

  it('does nothing on a non-Arabic page, even with a few Arabic words', async () => {
    const page = await open('english.html');
    await page.waitForLoadState('load');
    await page.waitForTimeout(1500);
    expect(await page.locator('siyaq-mark').count()).toBe(0);
    await page.close();
  });
});
