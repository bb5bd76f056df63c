/**
 * A name found on the page, as positions in the page's own text nodes (never a node of ours), and
 * the index that answers "which name is at this (text node, offset)?" for the hit test.
 */
import type { Owner, Segment } from './blocks';

/** One occurrence of an entity's name. A name split across inline elements is one `Name`. */
export interface PageName {
  readonly entityId: string;
  /** The block (or shadow root) whose text holds it. */
  readonly owner: Owner;
  /** The segment of `owner` it was found in, and its offsets in that segment's text. */
  readonly segment: number;
  readonly start: number;
  readonly end: number;
  /** Each text node it covers with the offsets covered in it, in document order. */
  readonly pieces: ReadonlyArray<readonly [Text, number, number]>;
  /** What the highlight registry holds for it while it is registered (near the viewport). */
  painted: StaticRange | null;
}

/**
 * The name a hit covers in `segment`, with spaces at its edges left out (a highlight never starts
 * or ends in a space); null when nothing of it is left.
 */
export function nameFromHit(
  owner: Owner,
  segmentIndex: number,
  segment: Segment,
  hit: { start: number; end: number; entityId: string },
): PageName | null {
  const { nodes, starts, text } = segment;
  let from = hit.start;
  let to = hit.end;
  while (from < to && isSpace(text.charCodeAt(from))) from++;
  while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
  if (to <= from) return null;
  const pieces: Array<readonly [Text, number, number]> = [];
  for (let i = 0; i < nodes.length; i++) {
    const nodeStart = starts[i] ?? 0;
    const nodeEnd = starts[i + 1] ?? text.length;
    if (nodeEnd <= from) continue;
    if (nodeStart >= to) break;
    const node = nodes[i];
    const a = Math.max(from, nodeStart) - nodeStart;
    const b = Math.min(to, nodeEnd) - nodeStart;
    if (node && b > a) pieces.push([node, a, b]);
  }
  if (!pieces.length) return null;
  return { entityId: hit.entityId, owner, segment: segmentIndex, start: from, end: to, pieces, painted: null };
}

/** Whether the name's text nodes still hold the text it was found in (the page may have changed them). */
export function isCurrent(name: PageName): boolean {
  for (const [node, , b] of name.pieces) if (!node.isConnected || node.length < b) return false;
  return true;
}

/** A StaticRange over the name (what the registry holds). */
export function staticRangeOf(name: PageName, doc: Document): StaticRange {
  const first = name.pieces[0]!;
  const last = name.pieces[name.pieces.length - 1]!;
  const init = { startContainer: first[0], startOffset: first[1], endContainer: last[0], endOffset: last[2] };
  const Static = (globalThis as { StaticRange?: typeof StaticRange }).StaticRange ?? (doc.defaultView as { StaticRange?: typeof StaticRange } | null)?.StaticRange;
  // DOM emulations without StaticRange (happy-dom, in unit tests) get its plain shape.
  return Static ? new Static(init) : ({ ...init, collapsed: false } as StaticRange);
}

/** A live Range over the name, for geometry (rects, scrolling) and its text; null if the page changed it. */
export function liveRangeOf(name: PageName): Range | null {
  if (!isCurrent(name)) return null;
  const first = name.pieces[0]!;
  const last = name.pieces[name.pieces.length - 1]!;
  const range = first[0].ownerDocument.createRange();
  range.setStart(first[0], first[1]);
  range.setEnd(last[0], last[2]);
  return range;
}

/** Names by the text nodes they cover: the hit test's lookup. */
export class NameIndex {
  private readonly byNode = new Map<Text, PageName[]>();

  add(name: PageName): void {
    for (const [node] of name.pieces) {
      const list = this.byNode.get(node);
      if (list) list.push(name);
      else this.byNode.set(node, [name]);
    }
  }

  remove(name: PageName): void {
    for (const [node] of name.pieces) {
      const list = this.byNode.get(node);
      if (!list) continue;
      const i = list.indexOf(name);
      if (i >= 0) list.splice(i, 1);
      if (!list.length) this.byNode.delete(node);
    }
  }

  clear(): void {
    this.byNode.clear();
  }

  /**
   * The names whose text covers the caret position (node, offset): a caret sits between two
   * characters, so a name ending or starting there counts too (the confirmation against the
   * name's rects decides). Nearest first.
   */
  at(node: Node, offset: number): PageName[] {
    const list = this.byNode.get(node as Text);
    if (!list) return [];
    const out: PageName[] = [];
    for (const name of list)
      for (const [n, a, b] of name.pieces) if (n === node && offset >= a && offset <= b) out.push(name);
    return out.sort((x, y) => distance(x, node, offset) - distance(y, node, offset));
  }
}

function distance(name: PageName, node: Node, offset: number): number {
  for (const [n, a, b] of name.pieces) if (n === node) return offset > a && offset < b ? 0 : 1;
  return 2;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 160 || (code >= 9 && code <= 13) || code === 0x200f || code === 0x200e;
}
