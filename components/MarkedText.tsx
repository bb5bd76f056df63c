import Mark from 'mark.js';
import { useLayoutEffect, useRef } from 'preact/hooks';

import type { Range } from '../core/arabic/search';

export interface MarkedTextProps {
  text: string;
  /**
   * Spans of `text` to mark, `[start, end)`, sorted and not overlapping. What matches is decided by
   * core/arabic (`findMatches` for a search, `locateQuote` for a citation): the same folding as the
   * background's notes search, so the words marked are the words that made a note match.
   */
  ranges: readonly Range[];
  /** Called with each `<mark>` mark.js adds (e.g. to tag the reader's quote). */
  onMark?: (mark: HTMLElement) => void;
}

/**
 * `text` with `ranges` wrapped in `<mark>` by mark.js (`markRanges`, one call per element and no
 * `acrossElements`: one paragraph or one note at a time, never a whole page). Preact renders the
 * `<span>` empty and never reconciles its children, so mark.js owns them: on every change the text
 * is reset and marked again, and no stale `<mark>` is left behind.
 *
 * mark.js's own term matching is not used: its `diacritics` table is Latin-centric, and `synonyms`
 * cannot fold hamza forms, ة/ه or tatweel inside a word; a second Arabic matcher here could drift
 * from the one that decides which notes match.
 */
export default function MarkedText({ text, ranges, onMark }: MarkedTextProps) {
  const ref = useRef<HTMLSpanElement>(null);
  const key = ranges.map((r) => `${r.start}-${r.end}`).join(',');

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.textContent = text;
    if (ranges.length === 0) return;
    new Mark(el).markRanges(
      ranges.map((r) => ({ start: r.start, length: r.end - r.start })),
      { element: 'mark', iframes: false, each: (mark) => onMark?.(mark as HTMLElement) },
    );
    // `key` stands for `ranges` (a new array on every render of the parent).
  }, [text, key]);

  return <span ref={ref} />;
}
