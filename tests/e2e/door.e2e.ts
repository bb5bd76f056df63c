/**
 * The content script's door (entrypoints/content/index.ts) on pages that are not Arabic: only the
 * small door is parsed there, never `/content-main.js` (matcher, dataset index, zod, Preact, the
 * popover host). Arabic pages still load main and highlight, whether they declare `lang="ar"` (main
 * is fetched at document_start) or not (found by sampling at DOMContentLoaded). What we watch is
 * what V8 compiled: CDP `Debugger.scriptParsed` reports every script of every world of the page,
 * the content script's isolated world included. Speed is measured by `npm run bench`, not here.
 */
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { launchWithExtension, type ExtensionSession } from '../../tools/browser/harness';
import { startServer, type TestServer } from '../../tools/browser/server';

let session: ExtensionSession;
let server: TestServer;

const ENGLISH = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Markets</title></head><body>
<article><h1>Markets steady</h1>${'<p>The ministry said on Tuesday that talks with regional partners would resume next month, and officials declined to comment.</p>'.repeat(40)}</article>
</body></html>`;

beforeAll(async () => {
  server = await startServer();
  server.route('/plain-english.html', { body: ENGLISH });
  session = await launchWithExtension();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** Names painted: `siyaq-entity-*` highlights in the page's registry (the main world reads it too). */
async function painted(page: Page): Promise<number> {
  const read = (): number => {
    let n = 0;
    for (const [name, highlight] of CSS.highlights) if (name.startsWith('siyaq-entity-')) n += highlight.size;
    return n;
  };
  await page.waitForFunction(read, undefined, { timeout: 20_000 });
  return page.evaluate(read);
}

interface Parsed {
  url: string;
  scriptId: string;
}

/** Opens `url` in a new page with the debugger on from before navigation; collects the extension's scripts. */
async function openWatching(url: string): Promise<{ page: Page; cdp: CDPSession; scripts: Parsed[] }> {
  const page = await session.context.newPage();
  const cdp = await session.context.newCDPSession(page);
  const scripts: Parsed[] = [];
  cdp.on('Debugger.scriptParsed', (e: { url: string; scriptId: string }) => {
    if (e.url.startsWith('chrome-extension://')) scripts.push({ url: e.url, scriptId: e.scriptId });
  });
  await cdp.send('Debugger.enable');
  await page.goto(url, { waitUntil: 'load' });
  return { page, cdp, scripts };
}

const isMain = (s: Parsed): boolean => new URL(s.url).pathname === '/content-main.js';
const isDoor = (s: Parsed): boolean => new URL(s.url).pathname === '/content.js';

describe('the content script on a page that is not Arabic', () => {
  it('parses only the door: no main module, and the door holds no dataset index, matcher or zod', async () => {
    const { page, cdp, scripts } = await openWatching(server.hostUrl('english.test', '/plain-english.html'));
    try {
      // Well past DOMContentLoaded and the door's decision (it runs at DCL).
      await page.waitForTimeout(1000);
      expect(scripts.filter(isDoor)).toHaveLength(1);
      expect(scripts.filter(isMain)).toEqual([]);
      const door = scripts.find(isDoor) as Parsed;
      const { scriptSource } = (await cdp.send('Debugger.getScriptSource', { scriptId: door.scriptId })) as { scriptSource: string };
      // The dataset's matcher index names Haftar by id; zod's runtime carries its `_zod` internals.
      expect(scriptSource).not.toContain('khalifa-haftar');
      expect(scriptSource).not.toContain('_zod');
      expect(scriptSource).not.toContain('preact');
      // Nor WXT's content-script context, which every frame paid for (it reads runtime.id as it
      // starts, instantiating the extension bindings): main makes it, on Arabic pages only.
      expect(scriptSource).not.toContain('content-script-started');
    } finally {
      await page.close();
    }
  });
});

describe('the content script on Arabic pages', () => {
  it('loads main and highlights a page that declares lang="ar"; the page itself cannot fetch main', async () => {
    const { page, scripts } = await openWatching(server.hostUrl('news.test', new URL(server.articleUrl('000')).pathname));
    try {
      expect(await painted(page)).toBeGreaterThan(0);
      const main = scripts.filter(isMain);
      expect(main).toHaveLength(1);
      // use_dynamic_url: the page can't probe the extension's permanent id with this resource
      // (popover.html, without it, answers 200 to the same fetch), and no resource timing shows it.
      const seen = await page.evaluate(async (url) => {
        const status = await fetch(url).then((r) => String(r.status), () => 'blocked');
        return { status, timing: performance.getEntriesByType('resource').some((e) => e.name.includes('content-main')) };
      }, session.extensionUrl('content-main.js'));
      expect(seen).toEqual({ status: 'blocked', timing: false });
    } finally {
      await page.close();
    }
  });

  it('loads main and highlights an Arabic page without a lang attribute (decided by sampling at DOMContentLoaded)', async () => {
    const article = await (await fetch(server.articleUrl('000'))).text();
    server.route('/no-lang.html', { body: article.replace(/<html lang="ar"/, '<html') });
    const { page, scripts } = await openWatching(server.hostUrl('news.test', '/no-lang.html'));
    try {
      expect(await page.evaluate(() => document.documentElement.hasAttribute('lang'))).toBe(false);
      expect(await painted(page)).toBeGreaterThan(0);
      expect(scripts.filter(isMain)).toHaveLength(1);
    } finally {
      await page.close();
    }
  });
});
