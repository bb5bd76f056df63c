/**
 * What to paint of a page's hits, given the reader's settings and "not this one" dismissals. Pure:
 * the content script passes the hits of the page in document order and paints what comes back.
 */
import type { EntityType } from '../dataset/schema';
import { normalizeKey } from '../arabic/normalize';
import { hostOf } from '../site-host';
import type { Dismissal, Settings } from '../../protocol/messages';

/** A hit as the filter needs it: the entity, the text as it reads on the page, and its block. */
export interface PageHit {
  entityId: string;
  /** The matched text on the page (compared to a dismissal's phrase, Arabic-folded). */
  text: string;
  /** Identity of the block (paragraph) it sits in: any value, compared with `===`. */
  block: unknown;
}

/** The page URL a dismissal and a note are keyed by: without its #fragment. */
export function pageKey(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

/**
 * A dismissal as the filter needs it. Without `scope` it is one the background already found to
 * apply to this page (`dismissals.forPage` answers a content script only the phrase and entity).
 */
export type HitDismissal = Pick<Dismissal, 'entityId' | 'phrase'> & Partial<Pick<Dismissal, 'scope' | 'url'>>;

/** Whether dismissal `d` applies on the page at `url`. */
export function dismissalApplies(d: Pick<Dismissal, 'scope' | 'url'>, url: string): boolean {
  if (d.scope === 'everywhere') return true;
  if (d.scope === 'page') return pageKey(d.url) === pageKey(url);
  const host = hostOf(url);
  return host !== undefined && host === hostOf(d.url);
}

/**
 * The hits to paint, in their order: kinds switched off are dropped, dismissed phrases (for that
 * entity, where their scope covers `url`) are dropped, and then density keeps every mention, the
 * first of each entity per block, or the first of each entity on the page.
 */
export function filterHits<H extends PageHit>(
  hits: readonly H[],
  options: {
    settings: Pick<Settings, 'density' | 'types'>;
    dismissals: readonly HitDismissal[];
    url: string;
    typeOf: (entityId: string) => EntityType | undefined;
    /**
     * Entities already shown on this page, for `page` density when the page's hits come in
     * several calls (block by block): filled as hits are kept.
     */
    seenOnPage?: Set<string>;
  },
): H[] {
  const { settings, url, typeOf } = options;
  const types = new Set(settings.types);
  const dismissed = new Set(
    options.dismissals
      .filter((d) => d.scope === undefined || d.url === undefined || dismissalApplies({ scope: d.scope, url: d.url }, url)).map((d) => `${d.entityId}\u0000${normalizeKey(d.phrase)}`),
  );
  const seenOnPage = options.seenOnPage ?? new Set<string>();
  const seenInBlock = new Map<unknown, Set<string>>();
  const out: H[] = [];
  for (const hit of hits) {
    const type = typeOf(hit.entityId);
    if (type !== undefined && !types.has(type)) continue;
    if (dismissed.size > 0 && dismissed.has(`${hit.entityId}\u0000${normalizeKey(hit.text)}`)) continue;
    if (settings.density === 'page') {
      if (seenOnPage.has(hit.entityId)) continue;
      seenOnPage.add(hit.entityId);
    } else if (settings.density === 'paragraph') {
      let seen = seenInBlock.get(hit.block);
      if (!seen) seenInBlock.set(hit.block, (seen = new Set()));
      if (seen.has(hit.entityId)) continue;
      seen.add(hit.entityId);
    }
    out.push(hit);
  }
  return out;
}
