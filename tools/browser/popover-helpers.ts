/**
 * Driving the popover from Playwright: find its extension-origin frame, open it on a highlight,
 * read the open→visible timing the content script records. Used by tests/e2e/popover.e2e.ts, the
 * demo (tools/demo.ts) and the bench.
 */
import type { Frame, Page } from 'playwright-core';

import { clickHighlight, highlightedEntityIds } from './highlights';

/** The popover's frame (`chrome-extension://…/popover.html`), waiting for it to exist. */
export async function popoverFrame(page: Page, timeout = 10_000): Promise<Frame> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const frame = page.frames().find((f) => f.url().includes('/popover.html'));
    if (frame) return frame;
    if (Date.now() > deadline) throw new Error('no popover frame in the page');
    await page.waitForTimeout(50);
  }
}

/** Whether the popover host is showing (its inline visibility; the page can read that much). */
export async function popoverVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const host = document.querySelector<HTMLElement>('[data-siyaq-popover]');
    return !!host && host.style.getPropertyValue('visibility') === 'visible';
  });
}

/** Waits until the popover is visible showing `entityId`'s card, and returns its frame. */
export async function waitForCard(page: Page, entityId: string, timeout = 10_000): Promise<Frame> {
  const frame = await popoverFrame(page, timeout);
  await frame.waitForSelector(`[role="dialog"][data-entity-id="${entityId}"] .entity-card`, { timeout });
  await page.waitForFunction(
    () => document.querySelector<HTMLElement>('[data-siyaq-popover]')?.style.getPropertyValue('visibility') === 'visible',
    undefined,
    { timeout },
  );
  // Chromium drops pointer input to a cross-origin frame that has just moved or appeared (its
  // guard against clickjacking frames): a click into the card within ~300 ms of it showing lands
  // on the host box instead. A reader's hand is slower; a test waits the guard out.
  await page.waitForTimeout(FRAME_INPUT_GUARD_MS);
  return frame;
}

/**
 * Adds a note through the open card's editor, as a reader does (the add button, typing, the save
 * button), and waits until the card shows it saved. `timeout` covers a slow first database write.
 */
export async function addNote(frame: Frame, text: string, timeout = 20_000): Promise<void> {
  await frame.click('.note-add');
  await frame.fill('textarea', text);
  await frame.click('form button[type="submit"]');
  await frame.waitForSelector('.note-editor .note-text', { timeout });
}

/** See `waitForCard`: measured here, a click 300 ms after the card showed reached it, one at once did not. */
const FRAME_INPUT_GUARD_MS = 500;

/** Clicks (a real, trusted click) the `index`-th registered range of `entityId` and waits for its card. */
export async function openByClick(page: Page, entityId: string, index = 0): Promise<Frame> {
  await clickHighlight(page, entityId, index);
  return waitForCard(page, entityId);
}

export interface OpenTiming {
  /** ms from the click (its event timestamp) to the popover visible with its card. */
  duration: number;
  entityId: string;
  by: string;
  /** ms the frame took from receiving `show` to having the card in its DOM. */
  frameMs: number;
  /** Whether the frame had the card already (prefetched). */
  cached: boolean;
}

/**
 * Every `siyaq:popover` measure the content script recorded on this page, oldest first. Content
 * scripts share the page's performance timeline, so the page (and the bench) can read them.
 */
export async function openTimings(page: Page): Promise<OpenTiming[]> {
  return page.evaluate(() =>
    performance.getEntriesByName('siyaq:popover').map((e) => {
      const detail = (e as PerformanceMeasure).detail as Omit<OpenTiming, 'duration'>;
      return { duration: e.duration, ...detail };
    }),
  );
}

export interface PopoverOpenStats {
  /** Opens measured (one per distinct entity on the page, at most `maxOpens`). */
  opens: number;
  /** The first open on the page (the frame's first render). */
  firstMs: number;
  medianMs: number;
  maxMs: number;
  /** How many opens found their card already in the frame (prefetched). */
  cached: number;
  all: OpenTiming[];
}

/**
 * For the bench: on an already highlighted `page` clicks one
 * highlight of each distinct entity (Esc between) and summarises the click→on-screen measures the
 * content script recorded. Timings depend on the machine; report them, never assert them.
 */
export async function measurePopoverOpens(page: Page, maxOpens = 12): Promise<PopoverOpenStats> {
  const ids = await highlightedEntityIds(page);
  const before = (await openTimings(page)).length;
  for (const id of ids.slice(0, maxOpens)) {
    await openByClick(page, id);
    await page.waitForFunction((n) => performance.getEntriesByName('siyaq:popover').length > n, before + ids.indexOf(id));
    await page.keyboard.press('Escape');
    await page.waitForTimeout(100);
  }
  const all = (await openTimings(page)).slice(before);
  const sorted = all.map((t) => t.duration).sort((a, b) => a - b);
  return {
    opens: all.length,
    firstMs: all[0]?.duration ?? NaN,
    medianMs: sorted[Math.floor(sorted.length / 2)] ?? NaN,
    maxMs: sorted.at(-1) ?? NaN,
    cached: all.filter((t) => t.cached).length,
    all,
  };
}
