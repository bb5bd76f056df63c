/**
 * "Which name is at this point?" without elements of our own: the caret position under the point
 * (`caretPositionFromPoint`, or Chromium's older `caretRangeFromPoint`), looked up in the index of
 * painted names by text node, then confirmed against the name's client rects: the caret snaps to
 * the nearest character even in a margin or beside a short line.
 */
import { liveRangeOf, type PageName } from './names';

/** What the hit test needs from the highlighter. */
export interface NameSource {
  namesAt(node: Node, offset: number): PageName[];
  paintedIn(root: ShadowRoot): PageName[];
  openShadowRoots(): ShadowRoot[];
}

interface CaretPosition {
  offsetNode: Node;
  offset: number;
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }) => CaretPosition | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/** The caret position at (x, y), entering the given open shadow roots where the browser can. */
export function caretAt(doc: Document, x: number, y: number, shadowRoots: ShadowRoot[] = []): CaretPosition | null {
  const d = doc as CaretDocument;
  if (typeof d.caretPositionFromPoint === 'function') {
    const pos = shadowRoots.length ? d.caretPositionFromPoint(x, y, { shadowRoots }) : d.caretPositionFromPoint(x, y);
    return pos ? { offsetNode: pos.offsetNode, offset: pos.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const range = d.caretRangeFromPoint(x, y);
    return range ? { offsetNode: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

/** Whether (x, y) is inside one of the rects (1 px of slack for rounding). */
export function inRects(rects: ArrayLike<DOMRectReadOnly>, x: number, y: number): boolean {
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i]!;
    if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return true;
  }
  return false;
}

function confirmed(name: PageName, x: number, y: number): boolean {
  const range = liveRangeOf(name);
  return !!range && inRects(range.getClientRects(), x, y);
}

/**
 * The painted name at (x, y), or null. `target` is the event's innermost target (its composed
 * path's first node): where the caret cannot enter the shadow root it is in, that root's painted
 * names are tested by their rects.
 */
export function nameAtPoint(
  doc: Document,
  source: NameSource,
  x: number,
  y: number,
  target?: EventTarget | null,
): PageName | null {
  const caret = caretAt(doc, x, y, source.openShadowRoots());
  if (caret)
    for (const name of source.namesAt(caret.offsetNode, caret.offset)) if (confirmed(name, x, y)) return name;
  const root = target && (target as Node).getRootNode?.();
  if (root && root.nodeType === 11 && (root as ShadowRoot).host)
    for (const name of source.paintedIn(root as ShadowRoot)) if (confirmed(name, x, y)) return name;
  return null;
}
