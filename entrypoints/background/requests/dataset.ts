/** entity.get / entity.refs / article.get: the dataset, read from IndexedDB. */
import type { ArticleMeta, Entity } from '../../../core/dataset/schema';
import { buildCard, citedArticleIds, refIdsOf, toRef } from '../../../core/dataset/card';
import type { SiyaqDB } from '../db';
import type { EntityCard } from '../../../protocol/messages';
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

async function entityCard(db: SiyaqDB, id: string): Promise<EntityCard> {
  const entity = await db.entities.get(id);
  if (!entity) throw new RequestError(`unknown entity: ${id}`);

  const [asSubject, asPlace, asClaimant] = await Promise.all([
    db.claims.where('subjects').equals(id).toArray(),
    db.claims.where('places').equals(id).toArray(),
    db.claims.where('claimant').equals(id).toArray(),
  ]);
  const claims = [...new Map([...asSubject, ...asPlace, ...asClaimant].map((c) => [c.id, c])).values()];
  const articles = (await db.articles.bulkGet(citedArticleIds(claims)))
    .filter((a) => a !== undefined)
    .map(({ text: _text, ...meta }): ArticleMeta => meta);
  const ids = [...new Set([...refIdsOf(claims, articles), ...entity.related])];
  const named = (await db.entities.bulkGet(ids)).filter((e): e is Entity => e !== undefined);
  return buildCard(entity, claims, articles, new Map(named.map((e) => [e.id, e])));
}
