/**
 * Which of the reader's notes belong to the name a card opens on: the page's note markers (anchors
 * only, no text) are matched to the entity's names by text and context (core/anchoring). Nothing
 * of this is shown on the page: the page can read the highlight registry, so an on-page note mark would
 * tell the site which names the reader annotated (README, Privacy). The card shows the notes.
 */
import { sendToBackground } from '../../../protocol/messaging';
import type { NoteMarker } from '../../../protocol/messages';
import { pickBestCandidate } from '../../../core/anchoring/text-quote';
import type { PageName } from '../annotate/names';
import { quoteForName } from '../annotate/range-quote';

export class NoteAnchors {
  private markers: NoteMarker[] = [];
  private requested = false;

  constructor(
    private readonly pageUrl: () => string,
    private readonly signal: AbortSignal,
  ) {}

  /** Loads the page's markers once (call when the page first has names). */
  ensureLoaded(): void {
    if (this.requested) return;
    void this.refresh();
  }

  /** Re-reads the page's markers (after a note was saved or deleted). */
  async refresh(): Promise<void> {
    this.requested = true;
    const r = await sendToBackground('notes.markersForPage', { url: this.pageUrl() });
    if (r.ok && !this.signal.aborted) this.markers = r.value;
  }

  /** Ids of the notes whose anchor picks `name` among `sameEntity` (the entity's names on the page). */
  noteIdsFor(name: PageName, sameEntity: readonly PageName[]): string[] {
    const markers = this.markers.filter((m) => m.entityId === name.entityId);
    if (!markers.length) return [];
    const candidates = sameEntity.includes(name) ? sameEntity : [...sameEntity, name];
    const anchors = candidates.map((n) => quoteForName(n));
    const mine = candidates.indexOf(name);
    return markers.filter((m) => pickBestCandidate(anchors, m.anchor) === mine).map((m) => m.id);
  }
}
