/**
 * The only module that touches `CSS.highlights` (tests/structure.test.ts checks it): paints names
 * as CSS Custom Highlights, one `Highlight` per entity present, registered as
 * `siyaq-entity-<entity id>` and holding that entity's ranges. The page's DOM is never changed:
 * no element, attribute, class or text node, no split text node.
 *
 * Why StaticRange: a live Range is updated by the browser on every mutation of its document, so
 * thousands of them make every page mutation cost more; a StaticRange costs nothing until painted.
 * The highlighter re-reads a block the page changed, so a stale static range lives one slice.
 */

/** The registry name of an entity's highlight (the public contract tests and tools rely on). */
export function highlightName(entityId: string): string {
  return `siyaq-entity-${entityId}`;
}

/** What the painter needs of a `Highlight` (a set of ranges). */
export interface RangeSet {
  add(range: AbstractRange): unknown;
  delete(range: AbstractRange): boolean;
  clear(): void;
  readonly size: number;
}

/** What the painter needs of `CSS.highlights`; unit tests pass a fake (happy-dom has none). */
export interface HighlightRegistryPort {
  create(): RangeSet;
  set(name: string, highlight: RangeSet): void;
  delete(name: string): void;
  /** Makes `::highlight()` rules for these entities apply in `root` (the document or an open shadow root). */
  adoptStyles(root: Document | ShadowRoot, entityIds: readonly string[]): void;
}

/** Whether this browser paints CSS Custom Highlights (Chrome 105+, Firefox 140+). */
export function highlightsSupported(win: Window = window): boolean {
  const w = win as Window & { CSS?: { highlights?: unknown }; Highlight?: unknown };
  return !!w.CSS?.highlights && typeof w.Highlight === 'function';
}

/**
 * The style of every entity's highlight. `::highlight()` takes only colour, background, text
 * decoration and text shadow: no cursor, outline or padding (nothing that could break Arabic
 * letter joining either). An underline plus a soft background reads on light and dark pages.
 * No rule depends on the reader's notes: the page can read `CSS.highlights` (see README, Privacy).
 */
export function highlightCss(entityIds: readonly string[]): string {
  if (!entityIds.length) return '';
  const sel = entityIds.map((id) => `::highlight(${highlightName(id)})`).join(',\n');
  return `${sel} {
  background-color: rgb(255 200 40 / 0.3);
  text-decoration: underline 2px rgb(214 140 0 / 0.9);
}
@media (prefers-color-scheme: dark) {
${sel} { background-color: rgb(255 200 40 / 0.22); text-decoration-color: rgb(255 190 60 / 0.95); }
}
@media (forced-colors: active) {
${sel} { background-color: transparent; text-decoration-color: Highlight; }
}
@media print {
${sel} { background-color: transparent; text-decoration: none; }
}`;
}

/** The browser's registry, or null where the API is missing. */
export function cssHighlightRegistry(win: Window = window): HighlightRegistryPort | null {
  if (!highlightsSupported(win)) return null;
  const w = win as Window & { CSS: { highlights: Map<string, unknown> }; Highlight: new () => RangeSet };
  let sheet: CSSStyleSheet | null = null;
  let made = false;
  const sheetFor = (entityIds: readonly string[]): CSSStyleSheet | null => {
    if (!made) {
      made = true;
      try {
        const s = new CSSStyleSheet();
        s.replaceSync(highlightCss(entityIds));
        sheet = s;
      } catch {
        sheet = null;
      }
    }
    return sheet;
  };
  return {
    create: () => new w.Highlight(),
    set: (name, highlight) => void w.CSS.highlights.set(name, highlight),
    delete: (name) => void w.CSS.highlights.delete(name),
    adoptStyles(root, entityIds) {
      // A constructed sheet, adopted: no <style> element in the page, none a strict CSP could block.
      const s = sheetFor(entityIds);
      if (!s) return;
      try {
        if (!root.adoptedStyleSheets.includes(s)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, s];
      } catch {
        // A root of another document (a frame's) cannot adopt this sheet; its names stay unpainted.
      }
    },
  };
}

/**
 * Keeps `CSS.highlights` equal to the ranges shown: `show`/`hide` one range of an entity; an
 * entity's `Highlight` is registered with its first range and deleted with its last.
 */
export class HighlightPainter {
  private readonly byEntity = new Map<string, RangeSet>();

  constructor(private readonly registry: HighlightRegistryPort) {}

  show(entityId: string, range: AbstractRange): void {
    let set = this.byEntity.get(entityId);
    if (!set) {
      set = this.registry.create();
      this.byEntity.set(entityId, set);
      this.registry.set(highlightName(entityId), set);
    }
    set.add(range);
  }

  hide(entityId: string, range: AbstractRange): void {
    const set = this.byEntity.get(entityId);
    if (!set) return;
    set.delete(range);
    if (set.size) return;
    this.byEntity.delete(entityId);
    this.registry.delete(highlightName(entityId));
  }

  /** Removes every highlight from the registry. */
  clear(): void {
    for (const [entityId, set] of this.byEntity) {
      set.clear();
      this.registry.delete(highlightName(entityId));
    }
    this.byEntity.clear();
  }

  /** Entities with at least one range shown. */
  entities(): string[] {
    return [...this.byEntity.keys()];
  }
}

/** A registry that keeps everything in memory (unit tests; pages of a browser without the API). */
export function memoryRegistry(): HighlightRegistryPort & { readonly map: Map<string, RangeSet> } {
  const map = new Map<string, RangeSet>();
  return {
    map,
    create: () => {
      const ranges = new Set<AbstractRange>();
      return {
        add: (r) => ranges.add(r),
        delete: (r) => ranges.delete(r),
        clear: () => ranges.clear(),
        get size() {
          return ranges.size;
        },
        [Symbol.iterator]: () => ranges[Symbol.iterator](),
      } as RangeSet;
    },
    set: (name, h) => void map.set(name, h),
    delete: (name) => void map.delete(name),
    adoptStyles: () => {},
  };
}
