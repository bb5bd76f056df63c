/**
 * The keyboard path: names have no tab stops, so the reader moves from name to name with the
 * extension's commands (next / previous name: the card opens on it, focus in its dialog), the
 * card's own next / previous buttons, or the popup's list of the page's names.
 */
import { liveRangeOf, type PageName } from '../annotate/names';

export interface NavigationDeps {
  document: Document;
  /** The page's names in document order. */
  names(): readonly PageName[];
  /** The name whose card is open, if any. */
  current(): PageName | null;
  /** Opens a name's card with focus in it. */
  open(name: PageName): void;
}

export class NameNavigation {
  private readonly cursor = new Map<string, number>();
  private last: PageName | null = null;

  constructor(private readonly deps: NavigationDeps) {}

  /** Opens the next (1) or previous (-1) name's card; from the open card, else from the viewport's top. */
  step(direction: 1 | -1): PageName | null {
    const all = this.deps.names();
    if (!all.length) return null;
    const from = this.deps.current() ?? this.last;
    let index = from ? all.indexOf(from) : -1;
    if (index >= 0) index += direction;
    else {
      const below = all.findIndex((n) => (liveRangeOf(n)?.getBoundingClientRect().bottom ?? -1) >= 0);
      index = direction === 1 ? Math.max(0, below) : Math.max(0, below) - 1;
    }
    return this.go(all[(index + all.length) % all.length]!);
  }

  /** Opens the next name of `entityId` (repeated calls step through them); false when there is none. */
  toEntity(entityId: string): boolean {
    const of = this.deps.names().filter((n) => n.entityId === entityId);
    if (!of.length) return false;
    const index = ((this.cursor.get(entityId) ?? -1) + 1) % of.length;
    this.cursor.set(entityId, index);
    return this.go(of[index]!) !== null;
  }

  private go(name: PageName): PageName | null {
    this.last = name;
    scrollToName(this.deps.document, name);
    this.deps.open(name);
    return name;
  }
}

/** Scrolls the name to the middle of the viewport (its block first, for scrolling containers). */
export function scrollToName(doc: Document, name: PageName): void {
  const range = liveRangeOf(name);
  if (!range) return;
  const win = doc.defaultView ?? window;
  const rect = range.getBoundingClientRect();
  if (rect.top >= 0 && rect.bottom <= win.innerHeight && rect.height > 0) return;
  name.pieces[0]![0].parentElement?.scrollIntoView?.({ block: 'center' });
  const after = range.getBoundingClientRect();
  if (after.top < 0 || after.bottom > win.innerHeight) win.scrollBy(0, after.top - win.innerHeight / 2);
}
