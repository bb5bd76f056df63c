/** notes.*: the one write path for the reader's notes. */
import { normalizeKey } from '../../../core/arabic/normalize';
import { noteSearchKey, toNote } from '../db';
import { RequestError, type HandlersFor } from './context';

export const noteHandlers: HandlersFor<'notes.markersForPage' | 'notes.forEntity' | 'notes.save' | 'notes.delete' | 'notes.search'> = {
  'notes.markersForPage': async ({ db }, { url }) => {
    const notes = await db.notes.where('url').equals(pageUrl(url)).toArray();
    return notes.map(({ id, entityId, anchor }) => ({ id, entityId, anchor }));
  },

  'notes.forEntity': async ({ db }, { entityId }) => {
    const notes = await db.notes.where('entityId').equals(entityId).toArray();
    return notes.sort((a, b) => b.updatedAt - a.updatedAt).map(toNote);
  },

  'notes.save': async (deps, { note }) => {
    await deps.ready;
    const { db } = deps;
    if (!(await db.entities.get(note.entityId))) throw new RequestError(`unknown entity: ${note.entityId}`);
    return db.transaction('rw', db.notes, async () => {
      const existing = await db.notes.get(note.id);
      // The background's clock orders notes; an existing note keeps its creation time.
      const saved = {
        ...note,
        url: pageUrl(note.url),
        createdAt: existing?.createdAt ?? note.createdAt,
        updatedAt: Math.max((deps.now ?? Date.now)(), existing?.updatedAt ?? 0),
      };
      await db.notes.put({ ...saved, searchKey: noteSearchKey(saved) });
      return saved;
    });
  },

  'notes.delete': async ({ db }, { id }) => {
    await db.notes.delete(id);
    return null;
  },

  'notes.search': async ({ db }, { query, limit }) => {
    const key = normalizeKey(query);
    const notes = await db.notes
      .orderBy('updatedAt')
      .reverse()
      .filter((n) => key === '' || n.searchKey.includes(key))
      .limit(limit)
      .toArray();
    return notes.map(toNote);
  },

};

/** Notes belong to a page, not to a position on it: the URL without its #fragment. */
function pageUrl(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

