/**
 * Driving the popover from Playwright: find its extension-origin frame, open it on a highlight,
 * read the open→visible timing the content script records. Used by tests/e2e/popover.e2e.ts, the
 * demo (scripts/demo.ts) and the bench.
 */
import type { Frame, Page } from 'playwright-core';

/** The highlight selector of one entity's n-th name on the page (first pieces only). */
export function highlightSelector(entityId: string): string {
  return `.siyaq-hl[data-entity-id="${entityId}"]:not([data-siyaq-cont])`;
}

/** The popover's frame (`chrome-extension://…/popover.html`), waiting for it to exist. */
export async function popoverFrame(page: Page, timeout = 10_000): Promise<Frame> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const frame = page.frames().find((f) => f.url().endsWith('/popover.html'));
    if (frame) return frame;
    if (Date.now() > deadline) throw new Error('no popover frame in the page');
    await page.waitForTimeout(50);
  }
}

/** Whether the popover host is showing (its inline visibility; the page can read that much). */
export async function popoverVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const host = document.querySelector<HTMLElement>('siyaq-popover');
    return !!host && host.style.getPropertyValue('visibility') === 'visible';
  });
}

/** Waits until the popover is visible showing `entityId`'s card, and returns its frame. */
export async function waitForCard(page: Page, entityId: string, timeout = 10_000): Promise<Frame> {
  const frame = await popoverFrame(page, timeout);
  await frame.waitForSelector(`[role="dialog"][data-entity-id="${entityId}"] .entity-card`, { timeout });
  await page.waitForFunction(
    () => document.querySelector<HTMLElement>('siyaq-popover')?.style.getPropertyValue('visibility') === 'visible',
    undefined,
    { timeout },
  );
  return frame;
}

/** Clicks the `index`-th highlight of `entityId` and waits for its card. */
export async function openByClick(page: Page, entityId: string, index = 0): Promise<Frame> {
  await page.locator(highlightSelector(entityId)).nth(index).click();
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

/** Waits until the frame has loaded the cards of the page's entities (its prefetch at idle). */
export async function settlePrefetch(page: Page, ms = 1500): Promise<void> {
  await popoverFrame(page);
  await page.waitForTimeout(ms);
}
