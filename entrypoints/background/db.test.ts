import { describe, expect, it } from 'vitest';

import { DB_NAME, SCHEMA_VERSION, SiyaqDB, noteSearchKey, toNote } from './db';
import { fakeIdb, testDataset, testNote } from '../../tests/fixtures/dataset';

describe('SiyaqDB', () => {
  it('opens at the current schema version with every table', async () => {
    const db = new SiyaqDB(fakeIdb());
    await db.open();
    expect(db.name).toBe(DB_NAME);
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['articles', 'claims', 'entities', 'meta', 'notes', 'sites']);
    expect(db.notes.schema.indexes.map((i) => i.name).sort()).toEqual(['[entityId+url]', 'entityId', 'updatedAt', 'url']);
    db.close();
  });

  it('finds claims through the multiEntry subjects and places indexes', async () => {
    const db = new SiyaqDB(fakeIdb());
    await db.claims.bulkPut(testDataset().claims);
    expect((await db.claims.where('subjects').equals('organization-c').primaryKeys()).sort()).toEqual([
      'claim-arrived',
      'claim-lost-control',
    ]);
    expect(await db.claims.where('places').equals('city-d').count()).toBe(2);
    expect(await db.claims.where('claimant').equals('person-a').primaryKeys()).toEqual(['claim-arrived']);
    expect(await db.claims.where('subjects').equals('city-d').count()).toBe(0);
  });

  it('finds notes by entity and page through the compound index', async () => {
    const db = new SiyaqDB(fakeIdb());
    const a = testNote({ id: 'a' });
    const b = testNote({ id: 'b', url: 'https://news.example/other' });
    const c = testNote({ id: 'c', entityId: 'person-a' });
    await db.notes.bulkPut([a, b, c].map((n) => ({ ...n, searchKey: noteSearchKey(n) })));
    const ids = await db.notes.where('[entityId+url]').equals(['organization-c', 'https://news.example/story']).primaryKeys();
    expect(ids).toEqual(['a']);
  });

  it('keeps typed meta values', async () => {
    const db = new SiyaqDB(fakeIdb());
    expect(await db.getMeta('paused')).toBeUndefined();
    await db.setMeta('paused', true);
    await db.setMeta('datasetVersion', 'abc');
    expect(await db.getMeta('paused')).toBe(true);
    expect(await db.getMeta('datasetVersion')).toBe('abc');
  });

  it('derives a normalised search key and drops it when handing a note out', () => {
    const note = testNote({ text: 'إِلى مدينةٍ', pageTitle: 'العنوان', anchor: { exact: 'المنظمة', prefix: '', suffix: '' } });
    const key = noteSearchKey(note);
    expect(key).toContain('اليمدينه');
    expect(key).toContain('العنوان');
    expect(key).toContain('المنظمه');
    expect(toNote({ ...note, searchKey: key })).toEqual(note);
  });
});
