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
  private loaded = false;
  private loading = false;
  /** Counts requests: only the latest one's answer is kept (an older one may arrive after it). */
  private generation = 0;

  constructor(
    private readonly pageUrl: () => string,
    private readonly signal: AbortSignal,
  ) {}

  /**
   * Loads the page's markers (call whenever the page gets names): once they have loaded; again
   * after a failed request (the service worker restarting), so one failure does not leave the
   * page's cards without their notes until a reload.
   */
  ensureLoaded(): void {
    if (this.loaded || this.loading) return;
    void this.refresh();
  }

  /** Re-reads the page's markers (after a note was saved or deleted). */
  async refresh(): Promise<void> {
    const generation = ++this.generation;
    this.loading = true;
    const r = await sendToBackground('notes.markersForPage', { url: this.pageUrl() });
    if (generation !== this.generation || this.signal.aborted) return;
    this.loading = false;
    if (!r.ok) return;
    this.markers = r.value;
    this.loaded = true;
  }

  /**
   * Ids of the notes whose anchor picks `name` among `sameEntity` (the entity's names on the page),
   * which is asked for only when the page has notes on that entity.
   */
  noteIdsFor(name: PageName, sameEntityOf: () => readonly PageName[]): string[] {
    const markers = this.markers.filter((m) => m.entityId === name.entityId);
    if (!markers.length) return [];
    const sameEntity = sameEntityOf();
    const candidates = sameEntity.includes(name) ? sameEntity : [...sameEntity, name];
    const anchors = candidates.map((n) => quoteForName(n));
    const mine = candidates.indexOf(name);
    return markers.filter((m) => pickBestCandidate(anchors, m.anchor) === mine).map((m) => m.id);
  }
}
