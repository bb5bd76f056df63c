/**
 * The ONE entity-card builder: the background's `entity.get` and the options page's dataset view
 * both build cards here, so they cannot disagree about which claims a card shows, in what order,
 * or which names it can resolve.
 */
import type { ArticleMeta, Claim, Entity } from './schema';
import type { EntityCard, EntityRef } from '../../protocol/messages';
import { dateSortKey } from '../dates';

export const toRef = (e: Entity): EntityRef => ({ id: e.id, type: e.type, name: e.name });

/** Does claim `c` belong on the card of `id` (as subject, place or claimant)? */
export const claimConcerns = (c: Claim, id: string): boolean =>
  c.subjects.includes(id) || c.places.includes(id) || c.claimant === id;

/**
 * Newest first by the claim's date; an undated claim sorts by its first cited article's date, and
 * after dated ones when that is unknown too; ties by id.
 */
export function newestFirst(claims: readonly Claim[], articles: ReadonlyMap<string, ArticleMeta>): Claim[] {
  const key = (c: Claim) => {
    const own = dateSortKey(c.date);
    if (own) return own;
    const article = articles.get(c.citations[0]?.articleId ?? '');
    return article ? dateSortKey(article.date) : '';
  };
  return [...claims].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (ka !== kb) return ka < kb ? 1 : -1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}

/** Ids of the articles the claims cite, in first-cited order. */
export function citedArticleIds(claims: readonly Claim[]): string[] {
  return [...new Set(claims.flatMap((c) => c.citations.map((cit) => cit.articleId)))];
}

/**
 * Every entity the card names: claimants, subjects, places and outlets — INCLUDING the card's own
 * entity. An outlet's card cites its own articles and a person's card holds their own statements;
 * dropping the entity itself made those read «بحسب al-jazeera-net» and «وسيلة غير معروفة»
 * (16 of 54 cards, reviews/ux.md H1).
 */
export function refIdsOf(claims: readonly Claim[], articles: readonly ArticleMeta[]): string[] {
  return [
    ...new Set([
      ...claims.flatMap((c) => [c.claimant, ...c.subjects, ...c.places]),
      ...articles.flatMap((a) => (a.outletId ? [a.outletId] : [])),
    ]),
  ].sort();
}

/**
 * Builds the card of `entity` from its claims (any order), the articles they cite and a lookup of
 * the entities they name (`lookup` may hold more; unknown ids are left out).
 */
export function buildCard(
  entity: Entity,
  claims: readonly Claim[],
  articles: readonly ArticleMeta[],
  lookup: ReadonlyMap<string, Entity>,
): EntityCard {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const refsOf = (ids: readonly string[]) => ids.map((r) => lookup.get(r)).filter((e) => e !== undefined).map(toRef);
  return {
    entity,
    claims: newestFirst(claims, byId),
    articles: [...articles],
    related: refsOf(entity.related),
    refs: refsOf(refIdsOf(claims, articles)),
  };
}
