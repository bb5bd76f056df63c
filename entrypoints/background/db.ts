/**
 * Siyaq's IndexedDB database, in the extension's own origin. The background service worker owns
 * it (seeds it and answers messages from it); extension pages may open it too. Content scripts
 * never do: there IndexedDB would be the news site's database, readable by the site.
 *
 * ## How the schema versions work
 *
 * Each `this.version(n).stores({...})` below declares the indexes of version `n` (Dexie stores any
 * property; only indexed ones are declared). Dexie opens the database at the highest declared
 * version and, for a database that was created under an older one, runs the upgraders of every
 * newer version in order, inside the `versionchange` transaction: an upgrade either completes or
 * leaves the old database untouched.
 *
 * Rules:
 * - A released version is never edited, nor its upgrader. A change is a new `version(n + 1)` that
 *   lists only the tables whose indexes change (Dexie carries the others forward; `null` deletes a
 *   table) and, if existing rows need new fields, an `.upgrade(tx => ...)` that fills them.
 * - Rows the reader wrote (notes, sites, meta settings) must survive every upgrade; the migration
 *   test in db.migration.test.ts opens a database written under the previous version and checks it.
 * - The dataset tables (entities, claims, articles) are not migrated row by row: the seeder
 *   (entrypoints/background/seed.ts) replaces them whenever the bundled dataset's version differs from
 *   `meta.datasetVersion`, so a schema change there only needs its index declared.
 *
 * History:
 * - v1: entities, claims (multiEntry subjects and places), articles, notes (by entity, url,
 *   updatedAt), sites (host → enabled), meta (key → value).
 * - v2: notes get `searchKey` (normalised text + page title + quoted passage, for the options
 *   page's search) and a compound `[entityId+url]` index; the upgrader fills `searchKey`.
 */
import Dexie, { type DexieOptions, type EntityTable } from 'dexie';

import type { Article, Claim, Entity } from '../../core/dataset/schema';
import { normalizeKey } from '../../core/arabic/normalize';
import type { Dismissal, Note, Settings } from '../../protocol/messages';

/** The database's name in the extension's origin. */
export const DB_NAME = 'siyaq';

/** A note as stored: the protocol's `Note` plus fields the database derives from it. */
export interface StoredNote extends Note {
  /** `normalizeKey` of the note's text, page title and quoted passage: substring search key (v2). */
  searchKey: string;
}

/** Per-site setting: highlighting on or off for one hostname. Absent row = on (the default). */
export interface SiteRecord {
  host: string;
  enabled: boolean;
  updatedAt: number;
}

/** Keys of the `meta` table and the type of each value. */
export interface MetaValues {
  /** `version` of the dataset currently seeded into entities/claims/articles. */
  datasetVersion: string;
  /** When the dataset was last seeded (ms since epoch). */
  seededAt: number;
  /** Global pause: highlighting off on every site while true. */
  paused: boolean;
  /** The reader's settings as they changed them (defaults are not stored). */
  settings: Partial<Settings>;
  /** "Not this one" marks, oldest first: a reader makes a few, never thousands. */
  dismissals: Dismissal[];
}
export type MetaKey = keyof MetaValues;

export interface MetaRecord<K extends MetaKey = MetaKey> {
  key: K;
  value: MetaValues[K];
}

/** The index declarations of version 1. Never edit: write a new version instead. */
export const SCHEMA_V1 = {
  entities: 'id, type',
  claims: 'id, *subjects, *places, claimant',
  articles: 'id',
  notes: 'id, entityId, url, updatedAt',
  sites: 'host',
  meta: 'key',
} as const;

/** Version 2: only the tables that change. Never edit: write a new version instead. */
export const SCHEMA_V2 = {
  notes: 'id, entityId, url, updatedAt, [entityId+url]',
} as const;

/** The schema version the code opens (the highest declared). */
export const SCHEMA_VERSION = 2;

/**
 * A next version that exists only in test builds (`WXT_SIYAQ_TEST_SCHEMA_BUMP=1` at build time,
 * tests/e2e/update.e2e.ts): an extra notes index and an upgrader that rewrites every note, so an
 * update to a newer schema runs in a real browser profile. Not a released version.
 */
export const TEST_SCHEMA_BUMP = {
  notes: 'id, entityId, url, updatedAt, [entityId+url], createdAt',
} as const;


/** The search key of a note: what the options page's search compares a normalised query against. */
export function noteSearchKey(note: Pick<Note, 'text' | 'pageTitle' | 'anchor'>): string {
  return normalizeKey(`${note.text} ${note.pageTitle} ${note.anchor.exact}`);
}

/** A stored note back to the protocol's `Note` (drops derived fields, which `Note` rejects). */
export function toNote(stored: StoredNote): Note {
  const { searchKey: _searchKey, ...note } = stored;
  return note;
}

/** Typed Dexie database. Pass `{ indexedDB, IDBKeyRange }` from fake-indexeddb in tests. */
export class SiyaqDB extends Dexie {
  entities!: EntityTable<Entity, 'id'>;
  claims!: EntityTable<Claim, 'id'>;
  articles!: EntityTable<Article, 'id'>;
  notes!: EntityTable<StoredNote, 'id'>;
  sites!: EntityTable<SiteRecord, 'host'>;
  meta!: EntityTable<MetaRecord, 'key'>;

  constructor(options?: DexieOptions, name: string = DB_NAME) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade((tx) =>
        tx
          .table<StoredNote, string>('notes')
          .toCollection()
          .modify((note) => {
            note.searchKey = noteSearchKey(note);
          }),
      );
    // Vite inlines the variable at build time, so a release build drops this branch entirely.
    if (import.meta.env.WXT_SIYAQ_TEST_SCHEMA_BUMP === '1')
      this.version(SCHEMA_VERSION + 1)
        .stores(TEST_SCHEMA_BUMP)
        .upgrade((tx) =>
          tx
            .table<StoredNote, string>('notes')
            .toCollection()
            .modify((note) => {
              note.searchKey = noteSearchKey(note);
            }),
        );
  }

  /** Reads one `meta` value, or `undefined` when unset. */
  async getMeta<K extends MetaKey>(key: K): Promise<MetaValues[K] | undefined> {
    const row = await this.meta.get(key);
    return row?.value as MetaValues[K] | undefined;
  }

  /** Writes one `meta` value. */
  async setMeta<K extends MetaKey>(key: K, value: MetaValues[K]): Promise<void> {
    await this.meta.put({ key, value } as MetaRecord);
  }
}
