/**
 * Views of the bundled dataset for the options page: an entity's card (the same shape the
 * background answers `entity.get` with, so the popover's components render it), entities grouped by
 * type and filtered by a query, and claims grouped on a timeline.
 */
import type { ArticleMeta, Claim, Dataset, Entity, EntityType } from './schema';
import { dateSortKey } from '../dates';
import type { EntityCard, EntityRef } from '../../protocol/messages';
import { searchItems } from '../arabic/search';

const toRef = (e: Entity): EntityRef => ({ id: e.id, type: e.type, name: e.name });

function articleMeta(dataset: Dataset): Map<string, ArticleMeta> {
  return new Map(dataset.articles.map(({ text: _text, ...meta }) => [meta.id, meta]));
}

/**
 * Newest first by the claim's date; an undated claim sorts by its first cited article's date, and
 * after dated ones when that is unknown too (as `entity.get` orders them).
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

/** The card of entity `id`: its claims as subject, place or claimant, their articles and names. */
export function cardFromDataset(dataset: Dataset, id: string): EntityCard | undefined {
  const entity = dataset.entities.find((e) => e.id === id);
  if (!entity) return undefined;
  const byId = new Map(dataset.entities.map((e) => [e.id, e]));
  const allArticles = articleMeta(dataset);
  const claims = dataset.claims.filter((c) => c.subjects.includes(id) || c.places.includes(id) || c.claimant === id);
  const articleIds = [...new Set(claims.flatMap((c) => c.citations.map((cit) => cit.articleId)))];
  const articles = articleIds.map((a) => allArticles.get(a)).filter((a) => a !== undefined);
  const refIds = new Set([
    ...claims.flatMap((c) => [c.claimant, ...c.subjects, ...c.places]),
    ...articles.flatMap((a) => (a.outletId ? [a.outletId] : [])),
  ]);
  refIds.delete(id);
  const refsOf = (ids: Iterable<string>) =>
    [...ids]
      .map((r) => byId.get(r))
      .filter((e) => e !== undefined)
      .map(toRef);
  return {
    entity,
    claims: newestFirst(claims, allArticles),
    articles,
    related: refsOf(entity.related),
    refs: refsOf([...refIds].sort()),
  };
}

/** Display order of the entity groups. */
export const TYPE_ORDER: readonly EntityType[] = ['person', 'organization', 'place', 'event', 'outlet'];

/**
 * Entities matching `query` (names in both languages, aliases, descriptions; Arabic-aware), grouped
 * by type in {@link TYPE_ORDER}, each group sorted by the name in `lang`. Empty groups are left out.
 */
export function entityGroups(
  dataset: Dataset,
  query: string,
  lang: 'ar' | 'en',
): { type: EntityType; entities: Entity[] }[] {
  const found = searchItems(dataset.entities, query, (e) => [
    e.name.ar,
    e.name.en,
    e.description.ar,
    e.description.en,
    ...e.aliases.map((a) => (typeof a === 'string' ? a : a.text)),
  ]);
  const collator = new Intl.Collator(lang);
  return TYPE_ORDER.map((type) => ({
    type,
    entities: found.filter((e) => e.type === type).sort((a, b) => collator.compare(a.name[lang], b.name[lang])),
  })).filter((g) => g.entities.length > 0);
}

/** One group of the timeline: a year, or the undated claims (`year: null`). */
export interface TimelineGroup {
  year: string | null;
  claims: Claim[];
}

/**
 * Claims in date order, grouped by the year of their own date (a period by its start). Within a
 * year, coarser dates come first at the start of their span (`2017` before `2017-01-06`), and the
 * date is shown at its precision by the caller. Claims without a date of their own go to the last
 * group, `year: null` («غير مؤرخ»): an article's date is not the date of the events it reports.
 */
export function timelineGroups(claims: readonly Claim[]): TimelineGroup[] {
  const dated = new Map<string, Claim[]>();
  const undated: Claim[] = [];
  for (const c of claims) {
    const key = dateSortKey(c.date);
    if (!key) {
      undated.push(c);
      continue;
    }
    const year = key.slice(0, 4);
    dated.set(year, [...(dated.get(year) ?? []), c]);
  }
  const precisionRank = { year: 0, period: 1, month: 2, day: 3, unknown: 4 } as const;
  const groups: TimelineGroup[] = [...dated.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([year, cs]) => ({
      year,
      claims: cs.sort((a, b) => {
        const ka = dateSortKey(a.date);
        const kb = dateSortKey(b.date);
        if (ka !== kb) return ka < kb ? -1 : 1;
        const pa = precisionRank[a.date.precision];
        const pb = precisionRank[b.date.precision];
        return pa !== pb ? pa - pb : a.id < b.id ? -1 : 1;
      }),
    }));
  if (undated.length > 0) groups.push({ year: null, claims: undated.sort((a, b) => (a.id < b.id ? -1 : 1)) });
  return groups;
}
