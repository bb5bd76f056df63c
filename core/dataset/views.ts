/**
 * Views of the bundled dataset for the options page: an entity's card (the same shape the
 * background answers `entity.get` with, so the popover's components render it), entities grouped by
 * type and filtered by a query, and claims grouped on a timeline.
 */
import type { ArticleMeta, Claim, Dataset, Entity, EntityType } from './schema';
import { dateSortKey } from '../dates';
import type { EntityCard } from '../../protocol/messages';
import { buildCard, citedArticleIds, claimConcerns } from './card';
import { searchItems } from '../arabic/search';

/** The card of entity `id` from the bundled dataset (built by core/dataset/card.ts, as `entity.get` is). */
export function cardFromDataset(dataset: Dataset, id: string): EntityCard | undefined {
  const entity = dataset.entities.find((e) => e.id === id);
  if (!entity) return undefined;
  const claims = dataset.claims.filter((c) => claimConcerns(c, id));
  const wanted = new Set(citedArticleIds(claims));
  const articles = dataset.articles.filter((a) => wanted.has(a.id)).map(({ text: _text, ...meta }): ArticleMeta => meta);
  const order = citedArticleIds(claims);
  articles.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  return buildCard(entity, claims, articles, new Map(dataset.entities.map((e) => [e.id, e])));
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
