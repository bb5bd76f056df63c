/**
 * Probes the bench runs in the page's main world (registered with `addInitScript`, before the
 * page's own scripts): long animation frames, and when each highlight range first appeared in
 * `CSS.highlights` (the registry is per document, so the main world sees what the content script
 * registers). Reading the registry costs no layout; rects are taken once, at the end.
 */
import type { Page } from 'playwright-core';

/** Every long animation frame (task + style + layout + paint) and every new `siyaq-entity-*` range, by frame time. */
export const PAGE_PROBES = `
  window.__longtasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {}
  window.__siyaqSeen = new Map();
  window.__siyaqWatch = true;
  window.__siyaqTicks = [];
  const tick = () => {
    const now = performance.now();
    window.__siyaqTicks.push(now);
    if (window.CSS && CSS.highlights)
      for (const [name, highlight] of CSS.highlights)
        if (name.startsWith('siyaq-entity-')) for (const range of highlight) if (!window.__siyaqSeen.has(range)) window.__siyaqSeen.set(range, now);
    if (window.__siyaqWatch) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
`;

export interface ViewportPaint {
  /** Ranges in the first viewport when the page was done. */
  inViewport: number;
  /** When the last of them was first seen in the registry (page time, ms), NaN if none. */
  lastAt: number;
  /**
   * The page's frames: the probe's animation-frame ticks (page time, ms). Ranges are looked for
   * once a frame, before that frame's rendering: a range first seen at a tick was registered before
   * that frame painted, and after the frame before it.
   */
  frames: number[];
  /** The page's first-contentful-paint (page time, ms), NaN if not reported. */
  firstContentfulPaintAt: number;
  /**
   * Centres of viewport ranges' first rects, for trusted clicks: the first name, and one of
   * another entity (null when the viewport has no such name).
   */
  click: { first: { x: number; y: number }; other: { x: number; y: number } | null } | null;
}

/** Stops the watch and reads, for the ranges now in the viewport, when the last one came in. */
export async function viewportPaint(page: Page): Promise<ViewportPaint> {
  return page.evaluate(() => {
    const w = window as unknown as { __siyaqSeen: Map<AbstractRange, number>; __siyaqWatch: boolean; __siyaqTicks: number[] };
    w.__siyaqWatch = false;
    let inViewport = 0;
    let lastAt = NaN;
    let click: { first: { x: number; y: number }; other: { x: number; y: number } | null } | null = null;
    let firstEntity = '';
    const entityOf = new Map<AbstractRange, string>();
    for (const [name, highlight] of CSS.highlights)
      for (const r of highlight as unknown as Set<AbstractRange>) entityOf.set(r, name);
    for (const [range, at] of w.__siyaqSeen) {
      const live = document.createRange();
      try {
        live.setStart(range.startContainer, range.startOffset);
        live.setEnd(range.endContainer, range.endOffset);
      } catch {
        continue;
      }
      const rect = live.getClientRects()[0];
      if (!rect || rect.width === 0 || rect.bottom <= 0 || rect.top >= innerHeight) continue;
      inViewport++;
      lastAt = Number.isNaN(lastAt) ? at : Math.max(lastAt, at);
      if (rect.top <= 60 || rect.bottom >= innerHeight - 200 || !entityOf.has(range)) continue;
      const point = { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      if (!click) {
        click = { first: point, other: null };
        firstEntity = entityOf.get(range)!;
      } else if (!click.other && entityOf.get(range) !== firstEntity) click.other = point;
    }
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
    return { inViewport, lastAt, click, frames: w.__siyaqTicks, firstContentfulPaintAt: fcp };
  });
}

/**
 * A live page: appends one paragraph to the article every animation frame for `frames` frames and
 * returns the intervals between frames (ms): a frame's own cost, page and extension together.
 */
export async function liveFrameIntervals(page: Page, paragraphs: string[], frames: number): Promise<number[]> {
  // A string, not a function: tsx's keepNames would wrap the named inner callback in a helper the page lacks.
  return page.evaluate(`new Promise((resolve) => {
    const texts = ${JSON.stringify(paragraphs)};
    const article = document.querySelector('article') || document.body;
    const intervals = [];
    let last;
    let i = 0;
    const step = (t) => {
      if (last !== undefined) intervals.push(t - last);
      last = t;
      if (i >= ${frames}) return resolve(intervals);
      const p = document.createElement('p');
      p.textContent = texts[i % texts.length];
      article.append(p);
      i++;
      requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  })`);
}
