/**
 * The highlight engine's public contract in Chromium: names are CSS Custom Highlights (one
 * `siyaq-entity-<id>` Highlight per entity in `CSS.highlights`, a name split across `<b>` being one
 * range), the page's DOM is never touched (a main-world MutationObserver sees nothing under the
 * article), only blocks near the viewport have their ranges registered, and the keyboard path
 * (the next-name command) reaches every name's card without a tab stop in the article.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { launchWithExtension, waitForHighlights, type ExtensionSession } from '../../tools/browser/harness';
import { listHighlights } from '../../tools/browser/highlights';
import { waitForCard } from '../../tools/browser/popover-helpers';
import { startServer, type TestServer } from '../../tools/browser/server';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** A private copy of the build may be given (SIYAQ_EXTENSION_PATH), e.g. the old engine's, to see these fail. */
const extensionPath = process.env.SIYAQ_EXTENSION_PATH || undefined;

const PARAGRAPH = 'قالت مصادر إن قوات خليفة حفتر وصلت إلى مشارف درنة مساء أمس، فيما نفى تنظيم الدولة ذلك في بيان.';
const LONG_PAGE = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>صفحة طويلة</title></head>
<body><main><article>
<h1>تقرير</h1>
<p id="split">وأعلن <b>خليفة</b> حفتر أمس بدء العملية.</p>
${Array.from({ length: 800 }, (_, i) => `<p>${i}: ${PARAGRAPH}</p>`).join('\n')}
<p id="last">وفي الختام عاد الهدوء إلى درنة.</p>
</article></main></body></html>`;
const SHORT_PAGE = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>خبر قصير</title></head>
<body><main><article><h1>خبر</h1>
<p>قالت مصادر إن قوات حفتر وصلت إلى درنة.</p>
<p>ونفى تنظيم الدولة ذلك، فيما قال <a href="#more">خليفة حفتر</a> إن العملية مستمرة.</p>
<p id="more">وعاد الهدوء إلى درنة مساء.</p>
</article></main></body></html>`;

let session: ExtensionSession;
let server: TestServer;

beforeAll(async () => {
  server = await startServer({ routes: { '/long.html': { body: LONG_PAGE }, '/short.html': { body: SHORT_PAGE } } });
  session = await launchWithExtension({ extensionPath });
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** Records, from the page's main world, every mutation under <article> after the parser is done. */
const RECORD_MUTATIONS = `(() => {
  const seen = [];
  let parsed = false;
  const mo = new MutationObserver((records) => {
    if (!parsed) return;
    for (const r of records) if (document.querySelector('article')?.contains(r.target)) seen.push(r.type + ':' + r.target.nodeName);
  });
  mo.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  // The parser's own insertions are not ours: dropped until parsing ends (before DOMContentLoaded,
  // when the content script starts).
  document.addEventListener('readystatechange', () => {
    if (document.readyState !== 'interactive') return;
    mo.takeRecords();
    parsed = true;
  });
  window.__mutations = () => { for (const r of mo.takeRecords()) if (document.querySelector('article')?.contains(r.target)) seen.push(r.type + ':' + r.target.nodeName); return seen; };
})();`;

async function newPage(path: string, init?: string): Promise<Page> {
  const page = await session.context.newPage();
  if (init) await page.addInitScript(init);
  await page.goto(server.url(path));
  return page;
}

describe('the highlight registry', () => {
  it('holds one Highlight per entity, siyaq-entity-<id>, whose ranges are the names; a name across <b> is one range', async () => {
    const page = await newPage('/long.html');
    try {
      await waitForHighlights(page);
      const haftar = await page.evaluate(() => {
        const hl = CSS.highlights.get('siyaq-entity-khalifa-haftar') as unknown as Set<AbstractRange> | undefined;
        return [...(hl ?? [])].map((r) => {
          const range = document.createRange();
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          return { text: range.toString(), inB: r.startContainer.parentElement?.localName === 'b', type: r.constructor.name };
        });
      });
      expect(haftar.length).toBeGreaterThan(3);
      expect(new Set(haftar.map((h) => h.text))).toEqual(new Set(['خليفة حفتر']));
      // The split one: one range from inside <b> to the text after it.
      expect(haftar.filter((h) => h.inB)).toHaveLength(1);
      const keys = await page.evaluate(() => [...CSS.highlights.keys()].sort());
      expect(keys).toEqual(['siyaq-entity-derna', 'siyaq-entity-islamic-state', 'siyaq-entity-khalifa-haftar']);
    } finally {
      await page.close();
    }
  });

  it('registers ranges only near the viewport: a far block gets its ranges once scrolled to', async () => {
    const page = await newPage('/long.html');
    try {
      await waitForHighlights(page);
      const inLast = () =>
        page.evaluate(() => {
          const last = document.getElementById('last')!;
          let n = 0;
          let all = 0;
          for (const [, hl] of CSS.highlights)
            for (const r of hl as unknown as Set<AbstractRange>) {
              all++;
              if (last.contains(r.startContainer)) n++;
            }
          return { n, all };
        });
      const top = await inLast();
      expect(top.n).toBe(0);
      // 800 paragraphs × 3 names: far fewer are registered at the top of the page.
      expect(top.all).toBeGreaterThan(5);
      expect(top.all).toBeLessThan(800);
      await page.evaluate(() => document.getElementById('last')!.scrollIntoView({ block: 'center' }));
      await page.waitForFunction(() => {
        const last = document.getElementById('last')!;
        for (const [, hl] of CSS.highlights) for (const r of hl as unknown as Set<AbstractRange>) if (last.contains(r.startContainer)) return true;
        return false;
      }, undefined, { timeout: 10_000 });
      expect((await inLast()).all).toBeLessThan(800);
    } finally {
      await page.close();
    }
  });
});

describe('the page is never touched', () => {
  it('a main-world MutationObserver sees zero mutations under the article while a long page is highlighted and scrolled', async () => {
    const page = await newPage('/long.html', RECORD_MUTATIONS);
    try {
      await waitForHighlights(page);
      for (const at of [0.25, 0.5, 0.75, 1]) {
        await page.evaluate((f) => window.scrollTo(0, document.documentElement.scrollHeight * f), at);
        await page.waitForTimeout(300);
      }
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.waitForTimeout(300);
      expect(await listHighlights(page)).not.toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { __mutations(): string[] }).__mutations())).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('the keyboard path', () => {
  it('reaches every name\'s card with the next-name command (no tab stop in the article), and axe finds nothing serious', async () => {
    const page = await newPage('/short.html');
    try {
      await page.bringToFront();
      await waitForHighlights(page);
      const names = await listHighlights(page);
      expect(names.map((n) => n.entityId)).toEqual(['khalifa-haftar', 'derna', 'islamic-state', 'khalifa-haftar', 'derna']);
      // No name is a tab stop: the article has no focusable element but the page's own link.
      const focusable = await page.evaluate(
        () => document.querySelectorAll('article [tabindex], article [role="button"], article siyaq-mark').length,
      );
      expect(focusable).toBe(0);
      const seen: string[] = [];
      for (let i = 0; i < names.length; i++) {
        expect(await session.serviceWorker.evaluate(async () => globalThis.siyaqCommands!['next-name']())).toBe(true);
        const frame = await waitForCard(page, names[i]!.entityId);
        await frame.waitForFunction(() => document.activeElement?.getAttribute('role') === 'dialog');
        seen.push(await frame.evaluate(() => document.querySelector('[role="dialog"]')!.getAttribute('data-entity-id')!));
      }
      expect(seen).toEqual(names.map((n) => n.entityId));
      // And back with previous-name.
      await session.serviceWorker.evaluate(async () => globalThis.siyaqCommands!['previous-name']());
      await waitForCard(page, names[names.length - 2]!.entityId);

      await page.addScriptTag({ content: AXE_SOURCE });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(ctx: unknown): Promise<{ violations: Array<{ id: string; impact: string }> }> } }).axe;
        const result = await axe.run(document);
        return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
      });
      expect(violations).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
