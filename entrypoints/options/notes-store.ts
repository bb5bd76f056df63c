/**
 * The options page's access to the reader's notes. Single-note edits go through the background
 * (which validates them and keeps the derived search key); the list is read from the database,
 * which extension pages may open, and kept live; an import is written in ONE database transaction,
 * so a file is imported whole or not at all — a message per note could stop half-way.
 */
import { liveQuery } from 'dexie';

import { SiyaqDB, noteSearchKey, toNote } from '../background/db';
import type { Note, Result } from '../../protocol/messages';
import { sendToBackground } from '../../protocol/messaging';
import { importNotes, type ImportResult } from '../../core/notes/transfer';

export interface NotesStore {
  /** Calls `listener` with every note, newest first, now and after each change; returns unsubscribe. */
  subscribe(listener: (notes: Note[]) => void, onError: (error: unknown) => void): () => void;
  save(note: Note): Promise<Result<unknown>>;
  remove(id: string): Promise<Result<unknown>>;
  import(file: File): Promise<ImportResult>;
}

/** The store over the extension's own database. */
export function databaseNotesStore(db: SiyaqDB = new SiyaqDB()): NotesStore {
  return {
    subscribe(listener, onError) {
      const sub = liveQuery(async () => (await db.notes.orderBy('updatedAt').reverse().toArray()).map(toNote)).subscribe({
        next: listener,
        error: onError,
      });
      return () => sub.unsubscribe();
    },
    save: (note) => sendToBackground('notes.save', { note }),
    remove: (id) => sendToBackground('notes.delete', { id }),
    import: (file) =>
      importNotes(
        file,
        {
          bulkGet: async (ids) => (await db.notes.bulkGet(ids)).map((n) => (n ? toNote(n) : undefined)),
          bulkPut: (notes) => db.notes.bulkPut(notes.map((n) => ({ ...n, searchKey: noteSearchKey(n) }))),
        },
        (fn) => db.transaction('rw', db.notes, fn),
      ),
  };
}
