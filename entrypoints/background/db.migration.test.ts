import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';

import { DB_NAME, SCHEMA_V1, SiyaqDB, type SiteRecord } from './db';
import type { Note } from '../../protocol/messages';
import { fakeIdb, testDataset, testNote } from '../../tests/fixtures/dataset';

/** Writes a database the way version 1 of the extension did: v1 stores only, v1-shaped rows. */
async function writeV1(idb: ReturnType<typeof fakeIdb>, notes: Note[], sites: SiteRecord[]) {
  const v1 = new Dexie(DB_NAME, idb);
  v1.version(1).stores(SCHEMA_V1);
  await v1.open();
  await v1.table('notes').bulkPut(notes);
  await v1.table('sites').bulkPut(sites);
  await v1.table('meta').bulkPut([
    { key: 'paused', value: true },
    { key: 'datasetVersion', value: 'old-dataset' },
  ]);
  const dataset = testDataset('old-dataset');
  await v1.table('entities').bulkPut(dataset.entities);
  await v1.table('claims').bulkPut(dataset.claims);
  await v1.table('articles').bulkPut(dataset.articles);
  expect(v1.verno).toBe(1);
  v1.close();
}

describe('migration from schema v1', () => {
  const notes = [
    testNote({ id: 'n1', text: 'نصُّ الملاحظة الأولى' }),
    testNote({ id: 'n2', entityId: 'person-a', url: 'https://other.example/a', text: '', updatedAt: 5_000 }),
    testNote({ id: 'n3', text: 'x'.repeat(100_000), pageTitle: 'طويلة' }),
  ];
  const sites: SiteRecord[] = [
    { host: 'news.example', enabled: false, updatedAt: 10 },
    { host: 'other.example', enabled: true, updatedAt: 20 },
  ];

  it('keeps every note, site and setting, and fills the v2 fields', async () => {
    const idb = fakeIdb();
    await writeV1(idb, notes, sites);

    const db = new SiyaqDB(idb);
    await db.open();
    expect(db.verno).toBe(2);

    const stored = await db.notes.orderBy('id').toArray();
    expect(stored.map(({ searchKey: _k, ...n }) => n)).toEqual(notes);
    expect(stored.map((n) => n.searchKey)).toEqual([
      expect.stringContaining('نصالملاحظهالاولي'),
      expect.any(String),
      expect.stringContaining('طويله'),
    ]);
    expect(await db.sites.orderBy('host').toArray()).toEqual(sites);
    expect(await db.getMeta('paused')).toBe(true);
    expect(await db.getMeta('datasetVersion')).toBe('old-dataset');
    expect(await db.entities.count()).toBe(testDataset().entities.length);
    // The index v2 adds answers for rows written under v1.
    expect(await db.notes.where('[entityId+url]').equals(['person-a', 'https://other.example/a']).primaryKeys()).toEqual([
      'n2',
    ]);
    db.close();
  });

  it('is a no-op when the database is already current', async () => {
    const idb = fakeIdb();
    await writeV1(idb, notes, sites);
    await new SiyaqDB(idb).open().then((db) => db.close());
    const again = new SiyaqDB(idb);
    expect(await again.notes.count()).toBe(notes.length);
    expect(await again.sites.count()).toBe(sites.length);
  });
});
