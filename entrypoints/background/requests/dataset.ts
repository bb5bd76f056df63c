/** entity.get / entity.refs / article.get: the dataset, read from IndexedDB. */
import type { ArticleMeta, Claim, Entity } from '../../../core/dataset/schema';
import type { SiyaqDB } from '../db';
import type { EntityCard, EntityRef } from '../../../protocol/messages';
import { RequestError, type HandlersFor } from './context';

export const datasetHandlers: HandlersFor<'entity.get' | 'entity.refs' | 'article.get'> = {
  'entity.get': async (deps, { id }) => {
    await deps.ready;
    return entityCard(deps.db, id);
  },

  'entity.refs': async (deps, { ids }) => {
    await deps.ready;
    const found = await deps.db.entities.bulkGet(ids);
    return found.filter((e): e is Entity => e !== undefined).map(toRef);
  },

  'article.get': async (deps, { id }) => {
    await deps.ready;
    const article = await deps.db.articles.get(id);
    if (!article) throw new RequestError(`unknown article: ${id}`);
    return article;
  },

};

function toRef(e: Entity): EntityRef {
  return { id: e.id, type: e.type, name: e.name };
}

async function entityCard(db: SiyaqDB, id: string): Promise<EntityCard> {
  const entity = await db.entities.get(id);
  if (!entity) throw new RequestError(`unknown entity: ${id}`);

  const [asSubject, asPlace, asClaimant] = await Promise.all([
    db.claims.where('subjects').equals(id).toArray(),
    db.claims.where('places').equals(id).toArray(),
    db.claims.where('claimant').equals(id).toArray(),
  ]);
  const claims = [...new Map([...asSubject, ...asPlace, ...asClaimant].map((c) => [c.id, c])).values()];

  const articleIds = [...new Set(claims.flatMap((c) => c.citations.map((cit) => cit.articleId)))];
  const articles = (await db.articles.bulkGet(articleIds))
    .filter((a) => a !== undefined)
    .map(({ text: _text, ...meta }): ArticleMeta => meta);
  const articleDate = new Map(articles.map((a) => [a.id, a.date.value]));
  const sortKey = (c: Claim) => {
    const value = c.date.value ?? articleDate.get(c.citations[0]?.articleId ?? '') ?? '';
    return value.split('/')[0] ?? '';
  };
  claims.sort((a, b) => {
    const ka = sortKey(a);
    const kb = sortKey(b);
    if (ka !== kb) return ka < kb ? 1 : -1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });

  const related = (await db.entities.bulkGet(entity.related)).filter((e) => e !== undefined).map(toRef);
  const refIds = new Set<string>([
    ...claims.flatMap((c) => [c.claimant, ...c.subjects, ...c.places]),
    ...articles.flatMap((a) => (a.outletId ? [a.outletId] : [])),
  ]);
  refIds.delete(id);
  const refs = (await db.entities.bulkGet([...refIds].sort())).filter((e) => e !== undefined).map(toRef);

  return { entity, claims, articles, related, refs };
}
