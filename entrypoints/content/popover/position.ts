/**
 * Where the popover goes: below the name (above when there is no room), against the name's Range
 * through a floating-ui virtual element, since the name has no element of its own.
 */
import { autoUpdate, computePosition, flip, offset, shift, size, type VirtualElement } from '@floating-ui/dom';

import { liveRangeOf, type PageName } from '../annotate/names';

/**
 * A virtual element for a name: its first line's box (a name wrapped over two lines anchors to
 * where it starts), its parent element as the context floating-ui watches for scrolling.
 */
export function referenceFor(name: PageName): VirtualElement | null {
  const range = liveRangeOf(name);
  const context = name.pieces[0]![0].parentElement;
  if (!range || !context) return null;
  return {
    getBoundingClientRect: () => {
      const rects = range.getClientRects();
      return rects.length ? rects[0]! : range.getBoundingClientRect();
    },
    getClientRects: () => range.getClientRects(),
    contextElement: context,
  };
}

/** Places `floating` (position: fixed) against `reference`; `onRoom` gets the height available. */
export async function place(
  reference: VirtualElement,
  floating: HTMLElement,
  onRoom: (availableHeight: number) => void,
): Promise<{ x: number; y: number }> {
  return computePosition(reference, floating, {
    strategy: 'fixed',
    placement: 'bottom',
    middleware: [
      offset(6),
      flip({ padding: 8 }),
      shift({ padding: 8 }),
      size({ padding: 8, apply: ({ availableHeight }) => onRoom(availableHeight) }),
    ],
  });
}

/** Keeps calling `update` while the reference or the page moves; returns the stop function. */
export function follow(reference: VirtualElement, floating: HTMLElement, update: () => void): () => void {
  return autoUpdate(reference, floating, update);
}
