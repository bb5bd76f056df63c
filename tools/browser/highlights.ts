/**
 * Reading the highlights from Playwright: Siyaq paints names as CSS Custom Highlights, one
 * `Highlight` per entity registered as `siyaq-entity-<id>` in `CSS.highlights` (the page's main
 * world can read it too), holding StaticRanges. There are no elements to select: these helpers
 * list the registered ranges, measure one and click it with a real (trusted) mouse click.
 */
import type { Frame, Page } from 'playwright-core';

/** The registry name of an entity's highlight. */
export const highlightName = (entityId: string): string => `siyaq-entity-${entityId}`;

export interface HighlightInfo {
  entityId: string;
  /** The range's text (`Range.toString()` of the same boundaries). */
  text: string;
}

/** Every registered range of every `siyaq-entity-*` highlight, in document order. */
export async function listHighlights(target: Page | Frame): Promise<HighlightInfo[]> {
  return target.evaluate(() => {
    const out: Array<{ entityId: string; range: Range }> = [];
    const registry = (globalThis as { CSS?: { highlights?: Map<string, Set<AbstractRange>> } }).CSS?.highlights;
    if (!registry) return [];
    for (const [key, hl] of registry) {
      if (!key.startsWith('siyaq-entity-')) continue;
      for (const r of hl) {
        const range = document.createRange();
        try {
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
        } catch {
          continue;
        }
        out.push({ entityId: key.slice('siyaq-entity-'.length), range });
      }
    }
    out.sort((a, b) => {
      const an = a.range.startContainer;
      const bn = b.range.startContainer;
      if (an === bn) return a.range.startOffset - b.range.startOffset;
      return an.compareDocumentPosition(bn) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    });
    return out.map(({ entityId, range }) => ({ entityId, text: range.toString() }));
  });
}

/** Distinct entity ids with at least one registered range, in document order of their first range. */
export async function highlightedEntityIds(target: Page | Frame): Promise<string[]> {
  return [...new Set((await listHighlights(target)).map((h) => h.entityId))];
}

/** Number of registered ranges (all entities). */
export async function countHighlights(target: Page | Frame): Promise<number> {
  return target.evaluate(() => {
    const registry = (globalThis as { CSS?: { highlights?: Map<string, Set<unknown>> } }).CSS?.highlights;
    let n = 0;
    if (registry) for (const [key, hl] of registry) if (key.startsWith('siyaq-entity-')) n += hl.size;
    return n;
  });
}

/**
 * The viewport rect (of `target`'s document) of the first line of the `index`-th registered range
 * of `entityId`, in document order; scrolls it to the middle of the viewport first. Null if none.
 */
export async function highlightRect(
  target: Page | Frame,
  entityId: string,
  index = 0,
): Promise<{ x: number; y: number; width: number; height: number } | null> {
  return target.evaluate(
    ({ name, index }) => {
      const hl = (globalThis as { CSS?: { highlights?: Map<string, Set<AbstractRange>> } }).CSS?.highlights?.get(name);
      if (!hl) return null;
      const ranges = [...hl].map((r) => {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        return range;
      });
      ranges.sort((a, b) =>
        a.startContainer === b.startContainer
          ? a.startOffset - b.startOffset
          : a.startContainer.compareDocumentPosition(b.startContainer) & Node.DOCUMENT_POSITION_FOLLOWING
            ? -1
            : 1,
      );
      const range = ranges[index];
      if (!range) return null;
      const first = range.getClientRects()[0] ?? range.getBoundingClientRect();
      if (first.top < 0 || first.bottom > innerHeight) {
        (range.startContainer.parentElement ?? document.body).scrollIntoView({ block: 'center' });
      }
      const r = range.getClientRects()[0] ?? range.getBoundingClientRect();
      return { x: r.left, y: r.top, width: r.width, height: r.height };
    },
    { name: highlightName(entityId), index },
  );
}

/** Where in the page's viewport a point of `target`'s (a frame's) viewport is. */
async function frameOffset(target: Page | Frame): Promise<{ x: number; y: number }> {
  if (!('parentFrame' in target) || !target.parentFrame()) return { x: 0, y: 0 };
  const box = await (await target.frameElement()).boundingBox();
  // The frame's border and padding are 0 in our fixtures; boundingBox is in the top page's viewport.
  return { x: box?.x ?? 0, y: box?.y ?? 0 };
}

function pageOf(target: Page | Frame): Page {
  return 'page' in target && typeof target.page === 'function' ? target.page() : (target as Page);
}

/** The centre of the `index`-th range of `entityId`, in the top page's viewport (for page.mouse). */
export async function highlightPoint(target: Page | Frame, entityId: string, index = 0): Promise<{ x: number; y: number }> {
  const rect = await highlightRect(target, entityId, index);
  if (!rect) throw new Error(`no registered range ${index} of ${entityId}`);
  const offset = await frameOffset(target);
  return { x: offset.x + rect.x + rect.width / 2, y: offset.y + rect.y + rect.height / 2 };
}

/** Clicks the `index`-th range of `entityId` with a real mouse click (a trusted event). */
export async function clickHighlight(target: Page | Frame, entityId: string, index = 0): Promise<void> {
  const { x, y } = await highlightPoint(target, entityId, index);
  await pageOf(target).mouse.click(x, y);
}

/** Moves the mouse over the `index`-th range of `entityId` (hover intent opens its card). */
export async function hoverHighlight(target: Page | Frame, entityId: string, index = 0): Promise<void> {
  const { x, y } = await highlightPoint(target, entityId, index);
  const page = pageOf(target);
  await page.mouse.move(x - 2, y, { steps: 2 });
  await page.mouse.move(x, y, { steps: 2 });
}

/** Waits until `entityId` has a registered range (or any entity, without one). */
export async function waitForHighlight(target: Page | Frame, entityId?: string, timeout = 10_000): Promise<void> {
  await target.waitForFunction(
    (name) => {
      const registry = (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights;
      if (!registry) return false;
      if (name) return registry.has(name);
      for (const key of registry.keys()) if (key.startsWith('siyaq-entity-')) return true;
      return false;
    },
    entityId ? highlightName(entityId) : null,
    { timeout, polling: 50 },
  );
}
