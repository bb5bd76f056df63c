/**
 * Hostile and odd pages in real Chromium with the built extension (fixtures in fixtures/hostile/):
 * a page that never stops mutating, a ~1M-character page, frames (same-origin, srcdoc,
 * about:blank), web components with open shadow roots (also defined late), editable regions being
 * typed into, page CSS aimed at everything, and a strict Content-Security-Policy.
 *
 * Attacks by page scripts, privacy, bad input and updates are in attacks/privacy/bad-input/
 * update.e2e.ts; this file is about pages that are merely unusual.
 */
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { launchWithExtension, waitForHighlights, type ExtensionSession } from '../../tools/browser/harness';
import { clickHighlight, highlightRect, waitForHighlight } from '../../tools/browser/highlights';
import { popoverFrame, waitForCard } from '../../tools/browser/popover-helpers';
import { startServer, type TestServer } from '../../tools/browser/server';

// Chrome's API as seen from an extension page (for page.stats to a tab).
declare const chrome: {
  tabs: {
    query(q: object): Promise<Array<{ id?: number }>>;
    sendMessage(tabId: number, message: unknown): Promise<any>;
  };
  runtime: { sendMessage(message: unknown): Promise<any> };
};

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


async function open(path: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(server.url(path));
  return page;
}

/**
 * Entity ids of the registered ranges in a frame (or page) under the element `root` (or, with
 * `shadowOf`, inside that element's open shadow root), in document order.
 */
async function idsIn(target: Page | Frame, root = 'body', shadowOf?: string): Promise<string[]> {
  return target.evaluate(
    ([r, host]) => {
      const scope: Node = host ? document.getElementById(host)!.shadowRoot! : document.querySelector(r!)!;
      const out: Array<{ id: string; range: Range }> = [];
      for (const [key, hl] of CSS.highlights) {
        if (!key.startsWith('siyaq-entity-')) continue;
        for (const a of hl as unknown as Set<AbstractRange>) {
          if (!scope.contains(a.startContainer)) continue;
          const range = document.createRange();
          range.setStart(a.startContainer, a.startOffset);
          range.setEnd(a.endContainer, a.endOffset);
          out.push({ id: key.slice('siyaq-entity-'.length), range });
        }
      }
      out.sort((x, y) => x.range.compareBoundaryPoints(Range.START_TO_START, y.range));
      return out.map((o) => o.id);
    },
    [root, shadowOf ?? ''],
  );
}

/** Whether the `::highlight()` rule of `entityId` reaches `root` (the document, or a host's shadow root). */
async function styled(page: Page, entityId: string, shadowOf?: string): Promise<boolean> {
  return page.evaluate(
    ([id, host]) => {
      const root: Document | ShadowRoot = host ? document.getElementById(host)!.shadowRoot! : document;
      return root.adoptedStyleSheets.some((s) => [...s.cssRules].some((r) => r.cssText.includes(`::highlight(siyaq-entity-${id})`)));
    },
    [entityId, shadowOf ?? ''],
  );
}


describe('a page that never stops changing', () => {
  it('follows a ticker and a live blog: every added paragraph highlighted, the ticker left as it wrote it, quiet when the page is', async () => {
    const page = await session.context.newPage();
    // Tall enough that every paragraph the feed adds is near the viewport (its ranges registered).
    await page.setViewportSize({ width: 1000, height: 6000 });
    await page.goto(server.url('/fixtures/hostile/live.html?ms=3000'));
    await waitForHighlight(page);
    await page.waitForSelector('html[data-fixture-done]', { timeout: 20_000 });
    const live = await page.evaluate(() => (window as unknown as { __live: { ticks: number; added: number; wrong: string[] } }).__live);
    expect(live.ticks).toBeGreaterThan(20);
    // The ticker's text is what it wrote: never a mix of its new text and our stale pieces.
    expect(live.wrong).toEqual([]);
    expect(await page.locator('p.live').count()).toBe(live.added);

    // Every added paragraph is highlighted (the last ones within the extension's next slices).
    await page.waitForFunction(
      (added) => {
        const ps = [...document.querySelectorAll('p.live')];
        if (ps.length !== added) return false;
        const ids = ps.map(() => new Set<string>());
        for (const [key, hl] of CSS.highlights) {
          if (!key.startsWith('siyaq-entity-')) continue;
          for (const r of hl as unknown as Set<AbstractRange>) {
            const i = ps.findIndex((p) => p.contains(r.startContainer));
            if (i >= 0) ids[i]!.add(key.slice('siyaq-entity-'.length));
          }
        }
        return ids.every((s) => s.size === 2 && s.has('derna') && s.has('islamic-state'));
      },
      live.added,
      { timeout: 15_000, polling: 200 },
    );
    const missing: string[] = [];
    for (let i = 0; i < live.added; i++) {
      await page.evaluate((n) => document.querySelectorAll('p.live')[n]!.setAttribute('id', `live-${n}`), i);
      const ids = await idsIn(page, `#live-${i}`);
      if (ids.join(' ') !== 'derna islamic-state') missing.push(`${i}: ${ids.join(' ')}`);
    }
    expect(missing).toEqual([]);
    const ticker = await page.evaluate(() => document.getElementById('t')!.textContent);
    const expected: Record<string, string[]> = {
      'اشتباكات في درنة': ['derna'],
      'هدوء في بنغازي': ['benghazi'],
      'بيان من طبرق': ['tobruk'],
      'لا جديد الآن': [],
    };
    const key = Object.keys(expected).find((k) => ticker!.startsWith(k));
    if (key)
      await page.waitForFunction(
        (want) => {
          const t = document.getElementById('t')!;
          const ids: string[] = [];
          for (const [k, hl] of CSS.highlights)
            for (const r of hl as unknown as Set<AbstractRange>) if (t.contains(r.startContainer)) ids.push(k.slice('siyaq-entity-'.length));
          return ids.sort().join(' ') === [...want].sort().join(' ');
        },
        expected[key!]!,
        { timeout: 10_000 },
      );

    // No feedback loop: once the page is quiet, so are we. Nothing of ours may run on (our slices
    // rescheduling themselves) and no painted block is read again (its ranges would be new objects).
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const scriptMs = async (): Promise<number> => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? NaN) * 1000;
    };
    const rangesNow = () =>
      page.evaluate(() => {
        const w = window as unknown as { __ranges?: Map<AbstractRange, number> };
        const seen = (w.__ranges ??= new Map());
        let fresh = 0;
        let count = 0;
        for (const [k, hl] of CSS.highlights)
          if (k.startsWith('siyaq-entity-'))
            for (const r of hl as unknown as Set<AbstractRange>) {
              count++;
              if (!seen.has(r)) seen.set(r, count), fresh++;
            }
        return { count, fresh };
      });
    const before = await rangesNow();
    const s0 = await scriptMs();
    await page.waitForTimeout(2000);
    const s1 = await scriptMs();
    const after = await rangesNow();
    console.log(`live page: ${live.ticks} ticks, ${live.added} paragraphs; quiet page: ${(s1 - s0).toFixed(1)} ms of script in 2 s`);
    expect(after).toEqual({ count: before.count, fresh: 0 });
    // A quiet page runs no script of its own: what runs is ours, and a loop would use the thread.
    expect(s1 - s0).toBeLessThan(200);
    await cdp.detach();
    await page.close();
  });
});

/** The popup's page.stats for the tab showing `page` (the top document's names, whole page). */
async function pageStats(page: Page): Promise<{ count: number; entities: Array<{ id: string; count: number }> }> {
  const control = await session.context.newPage();
  try {
    await control.goto(session.extensionUrl('popup.html'));
    await page.bringToFront();
    const answer = await control.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return chrome.tabs.sendMessage(tab!.id!, { type: 'page.stats' });
    });
    if (!answer?.ok) throw new Error(`page.stats: ${JSON.stringify(answer)}`);
    return answer.value;
  } finally {
    await control.close();
  }
}

describe('a very large page', () => {
  it('reads ~1M characters to the end (registering only what is near the viewport), markup unchanged; switching the site off clears the highlights, DOM as parsed', async () => {
    const paragraphs = server.articles.flatMap((a) => a.text.split(/\n+/).filter((p) => p.trim()));
    const body: string[] = [];
    let size = 0;
    for (let i = 0; size < 1_000_000; i++) {
      const p = paragraphs[i % paragraphs.length]!;
      body.push(`<p>${p.replace(/[<&]/g, (c) => (c === '<' ? '&lt;' : '&amp;'))}</p>`);
      size += p.length;
    }
    // The last paragraph alone names al-Qaeda (no article does): the popup's list has it only once
    // the page has been read to the end.
    const tail = 'وفي ختام التقرير ذكر البيان تنظيم القاعدة مرة أخرى.';
    body.push(`<p>${tail}</p>`);
    server.route('/hostile/large.html', {
      body: `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>صفحة طويلة</title></head><body><main>${body.join('\n')}</main></body></html>`,
    });
    const page = await open('/hostile/large.html');
    await waitForHighlight(page, undefined, 30_000);
    let stats = await pageStats(page);
    for (let i = 0; i < 240 && !stats.entities.some((e) => e.id === 'al-qaeda'); i++) {
      await page.waitForTimeout(500);
      stats = await pageStats(page);
    }
    expect(stats.entities.some((e) => e.id === 'al-qaeda')).toBe(true);
    expect(stats.count).toBeGreaterThan(1000);
    // Known for the whole page, registered only near the viewport (we are still at the top).
    const registered = await page.evaluate(() => {
      let n = 0;
      for (const [k, hl] of CSS.highlights) if (k.startsWith('siyaq-entity-')) n += (hl as unknown as Set<unknown>).size;
      return { n, top: scrollY };
    });
    console.log(`large page: ${size} chars in ${body.length} paragraphs, ${stats.count} names, ${registered.n} registered at the top`);
    expect(registered.top).toBe(0);
    expect(registered.n).toBeGreaterThan(0);
    expect(registered.n).toBeLessThan(stats.count / 10);
    expect(await page.evaluate(() => CSS.highlights.has('siyaq-entity-al-qaeda'))).toBe(false);

    // The end of the page is painted once scrolled to, and the markup is the same to the character.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await waitForHighlight(page, 'al-qaeda', 20_000);
    expect(await idsIn(page, 'main > p:last-child')).toEqual(['al-qaeda']);
    const same = await page.evaluate(async () => {
      const html = await (await fetch(location.href)).text();
      const fresh = new DOMParser().parseFromString(html, 'text/html');
      return fresh.body.innerHTML === document.body.innerHTML;
    });
    expect(same).toBe(true);

    // Switching the site off restores the page exactly (in slices: long tasks are reported).
    await page.evaluate(() => {
      const w = window as unknown as { __long: number[] };
      w.__long = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__long.push(e.duration);
      }).observe({ type: 'longtask' });
    });
    const control = await session.context.newPage();
    await control.goto(session.extensionUrl('popup.html'));
    const setSite = (enabled: boolean) =>
      control.evaluate((on) => chrome.runtime.sendMessage({ type: 'site.set', host: '127.0.0.1', enabled: on }), enabled);
    try {
      expect((await setSite(false)).ok).toBe(true);
      await page.waitForFunction(() => ![...CSS.highlights.keys()].some((k) => k.startsWith('siyaq-entity-')), undefined, { timeout: 60_000 });
      const restored = await page.evaluate(async () => {
        const html = await (await fetch(location.href)).text();
        const fresh = new DOMParser().parseFromString(html, 'text/html');
        const textNodes = (root: Node) => {
          let n = 0;
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
          while (walker.nextNode()) n++;
          return n;
        };
        return {
          html: fresh.body.innerHTML === document.body.innerHTML,
          nodes: [textNodes(fresh.body), textNodes(document.body)],
          long: (window as unknown as { __long: number[] }).__long,
        };
      });
      console.log(`large page off: long tasks ${restored.long.map((d) => d.toFixed(0)).join(', ') || 'none'} ms`);
      expect(restored.html).toBe(true);
      expect(restored.nodes[1]).toBe(restored.nodes[0]);
    } finally {
      await setSite(true);
      await control.close();
    }
    await page.close();
  }, 300_000);
});

describe('frames', () => {
  it('annotates same-origin, srcdoc and about:blank frames; only the top frame answers the popup', async () => {
    const page = await open('/fixtures/hostile/frames.html');
    await waitForHighlights(page);
    const frameOf = (id: string): Frame => {
      const f = page.frames().find((x) => x.parentFrame() === page.mainFrame() && x.url().includes(id));
      if (!f) throw new Error(`no frame ${id}`);
      return f;
    };
    const child = frameOf('frame-child.html');
    const srcdoc = frameOf('about:srcdoc');
    const blank = page.frames().find((f) => f.url() === 'about:blank')!;
    expect(blank).toBeTruthy();
    for (const f of [child, srcdoc, blank]) await waitForHighlight(f, undefined, 15_000);
    expect(await idsIn(page)).toEqual(['tobruk']);
    expect(await idsIn(child)).toEqual(['khalifa-haftar', 'derna']);
    expect((await idsIn(srcdoc)).sort()).toEqual(['derna', 'islamic-state', 'sirte'].sort());
    expect(await idsIn(blank)).toEqual(['benghazi']);

    // The popup's page.stats: the top document's answer (not whichever frame answers first).
    const control = await session.context.newPage();
    await control.goto(session.extensionUrl('popup.html'));
    await page.bringToFront();
    const tabId = await control.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
    expect(tabId).toBeDefined();
    for (let i = 0; i < 5; i++) {
      const stats = await control.evaluate((id) => chrome.tabs.sendMessage(id!, { type: 'page.stats' }), tabId);
      expect(stats).toEqual({ ok: true, value: { count: 1, entities: [{ id: 'tobruk', count: 1 }] } });
      const host = await control.evaluate((id) => chrome.tabs.sendMessage(id!, { type: 'page.host' }), tabId);
      expect(host).toEqual({ ok: true, value: '127.0.0.1' });
    }
    await control.close();

    // The popover works inside a frame: its own host in the frame's document.
    await clickHighlight(child, 'khalifa-haftar');
    const inner = await child.waitForFunction(
      () => document.querySelector<HTMLElement>('[data-siyaq-popover]')?.style.getPropertyValue('visibility') === 'visible',
      undefined,
      { timeout: 10_000 },
    );
    expect(await inner.jsonValue()).toBe(true);
    const card = page.frames().find((f) => f.url().includes('/popover.html') && f.parentFrame() === child);
    expect(card).toBeTruthy();
    await card!.waitForSelector('[role="dialog"][data-entity-id="khalifa-haftar"] .entity-card', { timeout: 10_000 });
    expect(await page.evaluate(() => document.querySelector('[data-siyaq-popover]') === null || document.querySelector<HTMLElement>('[data-siyaq-popover]')!.style.getPropertyValue('visibility') !== 'visible')).toBe(true);
    await page.close();
  });
});

describe('web components', () => {
  it('annotates open shadow roots, styled, including one defined later and content added to a root; a click there opens the card', async () => {
    const page = await open('/fixtures/hostile/shadow.html');
    await waitForHighlights(page);
    const inRoot = (id: string) => idsIn(page, 'body', id);
    await page.waitForFunction(() => {
      const late = document.getElementById('late')!.shadowRoot;
      const later = document.getElementById('early')!.shadowRoot!.querySelector('p.later');
      let lateOk = false;
      let laterOk = false;
      for (const [, hl] of CSS.highlights)
        for (const r of hl as unknown as Set<AbstractRange>) {
          if (late?.contains(r.startContainer)) lateOk = true;
          if (later?.contains(r.startContainer)) laterOk = true;
        }
      return lateOk && laterOk;
    }, undefined, { timeout: 15_000 });
    expect(await inRoot('early')).toEqual(['khalifa-haftar', 'derna', 'islamic-state', 'sirte']);
    expect(await inRoot('late')).toEqual(['benghazi']);
    // Styled like the page's names: the ::highlight() rules are adopted into each shadow root.
    expect(await styled(page, 'derna', 'early')).toBe(true);
    expect(await styled(page, 'benghazi', 'late')).toBe(true);
    // A trusted click on a name inside a shadow root opens the popover.
    const point = await page.evaluate(() => {
      const root = document.getElementById('early')!.shadowRoot!;
      const hl = CSS.highlights.get('siyaq-entity-derna') as unknown as Set<AbstractRange>;
      for (const r of hl) {
        if (!root.contains(r.startContainer)) continue;
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        const rect = range.getClientRects()[0]!;
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      return null;
    });
    expect(point).not.toBeNull();
    await page.mouse.click(point!.x, point!.y);
    await waitForCard(page, 'derna');
    await page.close();
  });
});

describe('editable regions', () => {
  it('never highlights inside contenteditable or form fields, even while the reader types a name', async () => {
    const page = await open('/fixtures/hostile/editable.html');
    await waitForHighlights(page);
    expect(await idsIn(page)).toEqual(['khalifa-haftar', 'derna']);
    const editor = page.locator('#editor');
    await editor.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' في درنة مع داعش');
    await page.locator('#area').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' وبنغازي');
    await page.waitForTimeout(800);
    // The caret stayed where the reader typed: the text reads in order, nothing wrapped.
    expect(await editor.textContent()).toBe('مسودة عن حفتر في درنة مع داعش');
    expect(await page.locator('#area').inputValue()).toBe('تعليق عن درنة وبنغازي');
    expect(await idsIn(page, '#editor')).toEqual([]);
    await editor.click();
    await page.keyboard.press('End');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('ش!');
    expect(await editor.textContent()).toBe('مسودة عن حفتر في درنة مع داعش!');
    expect(await idsIn(page, '#editor')).toEqual([]);
    await page.close();
  });
});

/** Whether highlights are visible and the popover opens, shows its card and has a real size. */
async function expectUsable(page: Page, entityId: string): Promise<void> {
  const box = await highlightRect(page, entityId);
  expect(box && box.width > 0 && box.height > 0 && box.x >= 0).toBe(true);
  // Painted: the entity's ::highlight() rule is in the document's adopted sheets (no <style> a CSP could block).
  expect(await styled(page, entityId)).toBe(true);
  await clickHighlight(page, entityId);
  const frame = await waitForCard(page, entityId);
  const size = await page.evaluate(() => {
    const r = document.querySelector('[data-siyaq-popover]')!.getBoundingClientRect();
    return { w: r.width, h: r.height, x: r.x, y: r.y };
  });
  expect(size.w).toBeGreaterThan(200);
  expect(size.h).toBeGreaterThan(60);
  expect(size.x).toBeGreaterThanOrEqual(0);
  expect(await frame.locator('.entity-card').isVisible()).toBe(true);
}

describe('page CSS aimed at everything', () => {
  it('keeps highlights visible and the popover usable under `* { all: unset }`, iframe/mark/[role]/[tabindex] rules', async () => {
    const page = await open('/fixtures/hostile/css.html');
    await waitForHighlights(page);
    expect(await idsIn(page)).toEqual(['khalifa-haftar', 'derna', 'islamic-state', 'benghazi']);
    await expectUsable(page, 'khalifa-haftar');
    await page.close();
  });
});

describe('a strict Content-Security-Policy', () => {
  it("highlights, styles and opens the popover under default-src 'none'; style-src 'none'; frame-src 'none'", async () => {
    const csp = "default-src 'none'; style-src 'none'; script-src 'none'; frame-src 'none'; img-src 'none'";
    server.route('/hostile/csp.html', {
      headers: { 'content-security-policy': csp },
      body: `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>سياسة صارمة</title></head>
<body><p>أعلن مصدر أن قوات حفتر دخلت درنة، وأن مقاتلي داعش انسحبوا.</p>
<p style="color: red">سطر بنمط مضمن لا تسمح به السياسة.</p></body></html>`,
    });
    const violations: string[] = [];
    const page = await session.context.newPage();
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.goto(server.url('/hostile/csp.html'));
    // The policy is in force: the page's own inline style is refused.
    expect(await page.evaluate(() => getComputedStyle(document.querySelectorAll('p')[1]!).color)).not.toBe('rgb(255, 0, 0)');
    await waitForHighlights(page);
    expect(await idsIn(page)).toEqual(['khalifa-haftar', 'derna', 'islamic-state']);
    await expectUsable(page, 'derna');
    expect(await popoverFrame(page)).toBeTruthy();
    // Our own UI caused no violation report (the page's inline style did).
    console.log(`CSP page: ${violations.length} console CSP messages\n${violations.join('\n')}`);
    expect(violations.filter((v) => !/style-src/.test(v) || /siyaq|chrome-extension/.test(v))).toEqual([]);
    await page.close();
  });
});
