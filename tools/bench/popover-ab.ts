/**
 * `npx tsx tools/bench/popover-ab.ts [label=sourceRoot ...]`: click to card on screen, A/B, in one
 * run. Builds each source tree as a bench build (default: this checkout only), then alternates the
 * builds, `AB_RUNS` rounds (default 3) after one warm-up, each round a fresh browser per build on
 * the bench's big page (./bench-page.ts), opening two cards as tools/bench.ts does:
 *   - cold: a trusted click with no hover before it (Playwright moves the pointer and clicks at
 *     once), then, after Esc, another entity's name in the frame that is now up;
 *   - hover: the pointer rests on a name for `AB_DWELL_MS` (default 300: a reader's hand) before
 *     the click, on a fresh page, then the same for another entity.
 * Prints medians (min–max) of the `siyaq:popover` measure and, for builds that record the
 * `siyaq:p:*` probe marks (content, frame and service worker timelines, on one clock), the steps.
 * The floor of a first open is a tree whose entrypoints/popover/main.tsx only claims the nonce and
 * answers each show with `siyaq:rendered` (no framework, no data): the frame's load and channel alone.
 */
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import type { Frame, Page, Worker } from 'playwright-core';
import { build } from 'wxt';

import type { MatcherIndex } from '../../core/dataset/schema';
import { ROOT, launchWithExtension } from '../browser/harness';
import { ensureSetup } from '../browser/setup';
import { arabicPage, PARAGRAPHS } from './bench-page';
import { PAGE_PROBES, viewportPaint } from './page-probes';

const RUNS = Number(process.env.AB_RUNS ?? 3);
const DWELL_MS = Number(process.env.AB_DWELL_MS ?? 300);
const SCENARIOS = (process.env.AB_SCENARIOS ?? 'cold,hover').split(',');
/** Long animation frames in the page, with their script and rendering parts (AB_LOAF=1 prints them). */
const LOAF_PROBE = `
  window.__loaf = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        window.__loaf.push({ at: performance.timeOrigin + e.startTime, duration: e.duration, render: e.renderStart ? e.startTime + e.duration - e.renderStart : 0,
          style: e.styleAndLayoutStart ? e.startTime + e.duration - e.styleAndLayoutStart : 0,
          scripts: e.scripts.map((s) => s.invoker + ' ' + Math.round(s.duration) + 'ms').join('; ') });
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {}
`;

interface Mark {
  name: string;
  /** Epoch ms (timeOrigin + startTime): one clock across the page, the frame and the worker. */
  at: number;
}

async function marksOf(target: Page | Frame | Worker): Promise<Mark[]> {
  return (target as Page)
    .evaluate(() =>
      performance
        .getEntriesByType('mark')
        .filter((m) => m.name.startsWith('siyaq:'))
        .map((m) => ({ name: m.name, at: performance.timeOrigin + m.startTime })),
    )
    .catch(() => []);
}

async function frameNav(frame: Frame | undefined): Promise<Mark[]> {
  if (!frame) return [];
  return frame
    .evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      if (!nav) return [];
      const o = performance.timeOrigin;
      return [
        { name: 'frame-nav:start', at: o },
        { name: 'frame-nav:responseEnd', at: o + nav.responseEnd },
        { name: 'frame-nav:domInteractive', at: o + nav.domInteractive },
        { name: 'frame-nav:domContentLoaded', at: o + nav.domContentLoadedEventEnd },
        { name: 'frame-nav:load', at: o + nav.loadEventEnd },
      ];
    })
    .catch(() => []);
}

interface Open {
  ms: number;
  steps: Array<[string, number]>;
}

/** Opens two names' cards (first, then another entity's after Esc); returns each measure and its steps. */
async function opens(page: Page, worker: Worker, hover: boolean): Promise<Open[]> {
  const paint = await viewportPaint(page);
  const points = [paint.click?.first, paint.click?.other];
  const out: Open[] = [];
  for (const [i, point] of points.entries()) {
    if (!point) {
      out.push({ ms: NaN, steps: [] });
      continue;
    }
    if (hover) {
      await page.mouse.move(point.x, point.y);
      await page.waitForTimeout(DWELL_MS);
    }
    const before = Date.now() - 5;
    await page.mouse.click(point.x, point.y);
    const measure = await page
      .waitForFunction(
        (n) => {
          const m = performance.getEntriesByName('siyaq:popover')[n];
          return m ? { duration: m.duration, start: performance.timeOrigin + m.startTime } : null;
        },
        i,
        { timeout: 10_000 },
      )
      .then((h) => h.jsonValue() as Promise<{ duration: number; start: number }>)
      .catch(() => null);
    await page.waitForTimeout(100);
    const frame = page.frames().find((f) => f.url().includes('/popover.html'));
    const marks = [
      ...(await marksOf(page)),
      ...(await marksOf(worker)).map((m) => ({ ...m, name: m.name.replace('siyaq:p:', 'siyaq:p:sw:') })),
      ...(frame ? await marksOf(frame) : []),
      ...(await frameNav(frame)),
    ];
    const t0 = measure?.start ?? before;
    if (process.env.AB_LOAF === '1') {
      const loaf = (await page.evaluate(() => (window as unknown as { __loaf: Array<Record<string, unknown>> }).__loaf)) as Array<{ at: number; duration: number; render: number; style: number; scripts: string }>;
      for (const f of loaf.filter((f) => f.at + f.duration >= t0 - 100 && f.at <= t0 + (measure?.duration ?? 0)))
        console.log(`  loaf @${Math.round(f.at - t0)} ${Math.round(f.duration)}ms render+style ${Math.round(f.render)} style/layout ${Math.round(f.style)} scripts: ${f.scripts}`);
    }
    const steps = marks
      .filter((m) => m.at >= (hover ? t0 - DWELL_MS - 50 : before - 50) && (!measure || m.at <= t0 + measure.duration + 1))
      .sort((a, b) => a.at - b.at)
      .map((m): [string, number] => [m.name.replace('siyaq:p:', ''), Math.round((m.at - t0) * 10) / 10]);
    out.push({ ms: measure?.duration ?? NaN, steps });
    await page.keyboard.press('Escape');
    await page.waitForTimeout(300);
  }
  return out;
}

async function buildFrom(label: string, root: string): Promise<{ path: string; cleanup(): void }> {
  const dir = mkdtempSync(join(tmpdir(), `siyaq-ab-${label}-`));
  if (!existsSync(join(root, 'node_modules'))) symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'));
  if (!existsSync(join(root, 'data/generated'))) cpSync(join(ROOT, 'data/generated'), join(root, 'data/generated'), { recursive: true });
  process.env.WXT_SIYAQ_BENCH = 'true';
  await build({ root, outDir: join(dir, 'out'), logLevel: 'warn' } as Parameters<typeof build>[0]);
  return { path: join(dir, 'out/chrome-mv3'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

function median(xs: number[]): number {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

async function main(): Promise<void> {
  ensureSetup('bench');
  const variants = process.argv.slice(2).map((arg) => {
    const [label, root] = arg.split('=');
    return { label: label!, root: resolve(root!) };
  });
  if (!variants.length) variants.push({ label: 'this', root: ROOT });
  const index = JSON.parse(readFileSync(join(ROOT, 'data/generated/matcher-index.json'), 'utf8')) as MatcherIndex;
  const html = arabicPage(index, PARAGRAPHS);
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/ar.html`;
  const builds = [];
  for (const v of variants) builds.push({ ...v, ...(await buildFrom(v.label, v.root)) });
  const results = new Map<string, number[]>();
  const add = (key: string, ms: number) => results.set(key, [...(results.get(key) ?? []), ms]);
  try {
    for (let round = 0; round <= RUNS; round++) {
      for (const b of round % 2 ? [...builds].reverse() : builds) {
        const session = await launchWithExtension({ extensionPath: b.path });
        try {
          for (const scenario of SCENARIOS) {
            const page = await session.context.newPage();
            await page.addInitScript(PAGE_PROBES);
            await page.addInitScript(LOAF_PROBE);
            await page.goto(url, { waitUntil: 'domcontentloaded' });
            await page.waitForFunction(() => document.documentElement.hasAttribute('data-siyaq-bench'), null, { timeout: 120_000, polling: 50 });
            await page.waitForTimeout(400);
            const [first, again] = await opens(page, session.serviceWorker, scenario === 'hover');
            const tag = round === 0 ? ' (warm-up)' : '';
            console.log(`\n[${b.label}] round ${round}${tag} ${scenario}: first ${first!.ms.toFixed(1)} ms, again ${again!.ms.toFixed(1)} ms`);
            if (process.env.AB_STEPS !== '0')
              for (const [which, o] of [['first', first!], ['again', again!]] as const)
                console.log(`  ${which}: ${o.steps.map(([n, t]) => `${n}@${t}`).join('  ')}`);
            if (round > 0) {
              add(`${b.label} ${scenario} first`, first!.ms);
              add(`${b.label} ${scenario} again`, again!.ms);
            }
            await page.close();
          }
        } finally {
          await session.close();
        }
      }
    }
  } finally {
    server.close();
    for (const b of builds) b.cleanup();
  }
  console.log('\nmedian (min–max) ms, click → card on screen:');
  for (const [key, xs] of results)
    console.log(`  ${key.padEnd(28)} ${median(xs).toFixed(1)} (${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)})  n=${xs.length}`);
}

await main();
