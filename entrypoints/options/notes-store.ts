/**
 * The options page's access to the reader's notes: a client of the background like every page
 * (the background alone opens IndexedDB). The list is fetched again after each change this page
 * makes and whenever the page becomes visible (notes written in a popover meanwhile); an import is
 * sent whole and written by the background in ONE transaction, so a file is imported whole or not at all.
 */
import type { ImportOutcome, Note, Result } from '../../protocol/messages';
import { sendToBackground } from '../../protocol/messaging';
import { MAX_IMPORT_BYTES } from '../../core/notes/transfer';

export interface NotesStore {
  /** Calls `listener` with every note, newest first, now and after each change; returns unsubscribe. */
  subscribe(listener: (notes: Note[]) => void, onError: (error: unknown) => void): () => void;
  save(note: Note): Promise<Result<unknown>>;
  remove(id: string): Promise<Result<unknown>>;
  import(file: File): Promise<ImportOutcome>;
  /** Ids of the notes whose text, page title or quote match `query` (Arabic-folded, by the background). */
  search(query: string): Promise<Set<string>>;
}

/** The store over the background's requests. */
export function backgroundNotesStore(): NotesStore {
  const listeners = new Set<{ next: (notes: Note[]) => void; error: (e: unknown) => void }>();
  const refresh = async () => {
    const result = await sendToBackground('notes.list', {});
    for (const l of listeners) if (result.ok) l.next(result.value);
    else l.error(new Error(result.error));
  };
  const after = async <T>(p: Promise<T>): Promise<T> => {
    const value = await p;
    await refresh();
    return value;
  };
  const onVisible = () => {
    if (document.visibilityState === 'visible') void refresh();
  };
  return {
    subscribe(next, error) {
      const entry = { next, error };
      listeners.add(entry);
      if (listeners.size === 1) document.addEventListener('visibilitychange', onVisible);
      void refresh();
      return () => {
        listeners.delete(entry);
        if (listeners.size === 0) document.removeEventListener('visibilitychange', onVisible);
      };
    },
    save: (note) => after(sendToBackground('notes.save', { note })),
    remove: (id) => after(sendToBackground('notes.delete', { id })),
    async import(file) {
      if (file.size > MAX_IMPORT_BYTES) return { ok: false, error: 'too-large' };
      const result = await after(sendToBackground('notes.import', { text: await file.text() }));
      return result.ok ? result.value : { ok: false, error: 'invalid', detail: result.error };
    },
    async search(query) {
      const result = await sendToBackground('notes.search', { query, limit: 1000 });
      return new Set(result.ok ? result.value.map((n) => n.id) : []);
    },
  };
}
