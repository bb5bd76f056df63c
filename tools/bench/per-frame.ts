/**
 * What the content script costs on pages that are not Arabic, per frame: CDP `Performance.getMetrics`
 * ScriptDuration (all script the frame's renderer ran) and JSHeapUsedSize after a forced GC, with
 * and without the extension, on a plain English page (top frame) and on a page with 20 cross-site
 * iframes (each its own renderer process under site isolation, as ad frames are). Our cost is the
 * difference between the two browsers; the English pages run no script of their own.
 *
 * ScriptDuration only counts after `Performance.enable`, and an iframe's target exists only once
 * the frame has loaded something; so every frame first loads an empty page of its own site, the
 * metrics are enabled, and then the frame navigates (same site, same process) to the measured page.
 *
 * The floor: what any extension with the same `content_scripts` entry costs a frame (the browser
 * makes the extension's isolated world and injects a script at document_start), measured with an
 * extension whose content script is empty ({@link floorExtension}). Our cost above it is what our
 * code costs.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { BrowserContext, CDPSession, Frame, Page } from 'playwright-core';

export const IFRAMES = 20;

const FILLER = [
  'The ministry said on Tuesday that talks with regional partners would resume next month.',
  'Officials declined to comment on the reports, citing an ongoing investigation.',
  'Residents described long queues at fuel stations across the capital over the weekend.',
  'Analysts expect the central bank to keep interest rates unchanged at its next meeting.',
];

/** Routes for the server: the English article, a frame page of 20 cross-site iframes, the ad and an empty page. */
export function perFramePages(): Record<string, string> {
  const article = Array.from({ length: 30 }, (_, i) => `<p>${FILLER[i % FILLER.length]} ${FILLER[(i + 1) % FILLER.length]}</p>`).join('\n');
  const en = (title: string, body: string): string =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
  return {
    '/empty.html': en('empty', ''),
    '/en-article.html': en('Markets steady', `<article><h1>Markets steady</h1>${article}</article>`),
    '/ad.html': en('ad', '<div class="ad"><a href="#">Great offers on flights this week</a><p>Book now and save.</p></div>'),
  };
}

export interface FrameCost {
  /** Script run by the frame's renderer while loading the page, ms. */
  scriptMs: number;
  /** JS heap in use after GC, MB. */
  heapMB: number;
}

async function enable(cdp: CDPSession): Promise<void> {
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
}

async function read(cdp: CDPSession): Promise<FrameCost> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
  const get = (name: string): number => metrics.find((m) => m.name === name)?.value ?? NaN;
  return { scriptMs: get('ScriptDuration') * 1000, heapMB: get('JSHeapUsedSize') / 2 ** 20 };
}

/** Top frame: the English article, metrics on from before navigation. */
export async function topFrameCost(context: BrowserContext, url: (host: string, path: string) => string): Promise<FrameCost> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await enable(cdp);
    await page.goto(url('english.test', '/en-article.html'), { waitUntil: 'load' });
    // The door decides at DOMContentLoaded; give any late work time to run.
    await page.waitForTimeout(500);
    return await read(cdp);
  } finally {
    await page.close();
  }
}

/** The 20 cross-site iframes of a page: each frame's cost (the top frame not included). */
export async function iframeCosts(context: BrowserContext, url: (host: string, path: string) => string): Promise<FrameCost[]> {
  const page: Page = await context.newPage();
  try {
    const frames = Array.from({ length: IFRAMES }, (_, i) => `<iframe src="${url(`ads${i + 1}.test`, '/empty.html')}" width="300" height="120"></iframe>`);
    await page.goto(url('portal.test', '/empty.html'), { waitUntil: 'load' });
    await page.setContent(`<!doctype html><html lang="en"><body><h1>Portal</h1>${frames.join('\n')}</body></html>`, { waitUntil: 'load' });
    const children: Frame[] = page.mainFrame().childFrames();
    if (children.length !== IFRAMES) throw new Error(`expected ${IFRAMES} iframes, got ${children.length}`);
    const sessions: CDPSession[] = [];
    for (const frame of children) {
      const cdp = await context.newCDPSession(frame);
      await enable(cdp);
      sessions.push(cdp);
    }
    await Promise.all(children.map((frame) => frame.goto(frame.url().replace('/empty.html', '/ad.html'), { waitUntil: 'load' })));
    await page.waitForTimeout(800);
    const out: FrameCost[] = [];
    for (const cdp of sessions) out.push(await read(cdp));
    return out;
  } finally {
    await page.close();
  }
}

/**
 * Writes an extension with our built manifest's `content_scripts` entries (same matches, frames,
 * about:blank and run_at), each injecting one empty script, and nothing else.
 */
export function floorExtension(builtExtensionPath: string): { path: string; cleanup(): void } {
  const built = JSON.parse(readFileSync(join(builtExtensionPath, 'manifest.json'), 'utf8')) as {
    content_scripts: Array<Record<string, unknown>>;
  };
  const dir = mkdtempSync(join(tmpdir(), 'siyaq-bench-floor-'));
  const manifest = {
    manifest_version: 3,
    name: 'bench floor: an empty content script',
    version: '1.0.0',
    content_scripts: built.content_scripts.map((entry) => ({ ...entry, js: ['empty.js'] })),
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(join(dir, 'empty.js'), '');
  return { path: dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
