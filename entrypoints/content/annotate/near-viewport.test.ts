// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';

import { NearViewport, WINDOW_FROM, type ViewportGeometry, type ViewportWatcherFactory } from './near-viewport';

/** 1,000 blocks 100 px tall, a viewport 800 px tall scrolled to `scroll`; frames run on `flush()`. */
function page() {
  document.body.innerHTML = Array.from({ length: 1000 }, (_, i) => `<p id="p${i}">${i}</p>`).join('');
  const blocks = [...document.querySelectorAll('p')];
  const state = { scroll: 0 };
  const frames: Array<() => void> = [];
  let moved: (() => void) | undefined;
  const geometry: ViewportGeometry = {
    rect: (el) => {
      const top = blocks.indexOf(el as HTMLParagraphElement) * 100 - state.scroll;
      return { top, bottom: top + 100 };
    },
    height: () => 800,
    frame: (cb) => void frames.push(cb),
    onMove: (cb) => ((moved = cb), () => (moved = undefined)),
  };
  const observed = new Set<Element>();
  let report: ((el: Element, near: boolean) => void) | undefined;
  const factory: ViewportWatcherFactory = (cb) => {
    report = cb;
    return { observe: (el) => void observed.add(el), unobserve: (el) => void observed.delete(el), disconnect: () => observed.clear() };
  };
  const flush = () => {
    while (frames.length) frames.shift()!();
  };
  const scrollTo = (y: number) => {
    state.scroll = y;
    moved?.();
    flush();
  };
  return { blocks, observed, factory, geometry, flush, scrollTo, report: (i: number, near: boolean) => report?.(blocks[i]!, near) };
}

describe('NearViewport', () => {
  it('observes every watched block on a page with few of them', () => {
    const p = page();
    const near = new NearViewport(document, { factory: p.factory, geometry: p.geometry, onNear() {}, onFar() {} });
    for (const el of p.blocks.slice(0, WINDOW_FROM)) near.watch(el);
    p.flush();
    expect(p.observed.size).toBe(WINDOW_FROM);
  });

  it('on a long page observes only a window around the viewport, and moves it with the reader', () => {
    const p = page();
    const far: Element[] = [];
    const near = new NearViewport(document, { factory: p.factory, geometry: p.geometry, onNear() {}, onFar: (el) => void far.push(el) });
    for (const el of p.blocks) near.watch(el);
    p.flush();
    const ids = () => [...p.observed].map((el) => Number(el.id.slice(1))).sort((a, b) => a - b);
    // 3 viewports below (and none above the top), plus a pad.
    expect(ids()[0]).toBe(0);
    expect(p.observed.size).toBeLessThan(50);
    p.report(3, true);
    expect(near.isNear(p.blocks[3]!)).toBe(true);

    p.scrollTo(50_000);
    expect(ids()[0]).toBeGreaterThan(400);
    expect(ids()[0]).toBeLessThan(500);
    expect(ids().at(-1)).toBeGreaterThan(530);
    expect(ids().at(-1)).toBeLessThan(560);
    // A near block that leaves the window goes far.
    expect(far).toEqual([p.blocks[3]]);
    expect(near.isNear(p.blocks[3]!)).toBe(false);

    // Forgotten blocks leave the window; a block added inside it is observed at once.
    near.forget(p.blocks[500]!);
    expect(p.observed.has(p.blocks[500]!)).toBe(false);
    near.watch(p.blocks[500]!);
    expect(p.observed.has(p.blocks[500]!)).toBe(true);
    p.scrollTo(99_000);
    expect(ids().at(-1)).toBe(999);
    expect(p.observed.has(p.blocks[500]!)).toBe(false);
  });
});
