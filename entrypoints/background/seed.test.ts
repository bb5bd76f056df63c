import { describe, expect, it, vi } from 'vitest';

import { noteSearchKey } from './db';
import { seedIfNeeded } from './seed';
import { testDataset, testDb, testNote } from '../../tests/fixtures/dataset';

describe('seedIfNeeded', () => {
  it('seeds an empty database and records the version', async () => {
    const db = testDb();
    const dataset = testDataset('v1');
    const result = await seedIfNeeded(db, dataset, () => 42);
    expect(result).toEqual({ seeded: true, version: 'v1', previousVersion: undefined });
    expect(await db.entities.count()).toBe(dataset.entities.length);
    expect(await db.claims.count()).toBe(dataset.claims.length);
    expect((await db.articles.get('article-one'))?.text).toBe(dataset.articles[0]?.text);
    expect(await db.getMeta('datasetVersion')).toBe('v1');
    expect(await db.getMeta('seededAt')).toBe(42);
  });

  it('does nothing when the version is unchanged', async () => {
    const db = testDb();
    await seedIfNeeded(db, testDataset('v1'));
    await db.entities.delete('city-d');
    const result = await seedIfNeeded(db, testDataset('v1'));
    expect(result.seeded).toBe(false);
    // Proof it did not rewrite: the row deleted behind its back stays deleted.
    expect(await db.entities.get('city-d')).toBeUndefined();
  });

  it('re-seeds on a new version, dropping old rows and keeping notes, sites and settings', async () => {
    const db = testDb();
    await seedIfNeeded(db, testDataset('v1'));
    const note = testNote();
    await db.notes.put({ ...note, searchKey: noteSearchKey(note) });
    await db.sites.put({ host: 'news.example', enabled: false, updatedAt: 1 });
    await db.setMeta('paused', true);

    const next = testDataset('v2');
    next.entities = next.entities.filter((e) => e.id !== 'city-d');
    next.claims = next.claims.map((c) => ({ ...c, places: [] }));
    const result = await seedIfNeeded(db, next);

    expect(result).toMatchObject({ seeded: true, version: 'v2', previousVersion: 'v1' });
    expect(await db.entities.get('city-d')).toBeUndefined();
    expect(await db.claims.where('places').equals('city-d').count()).toBe(0);
    expect(await db.notes.get(note.id)).toMatchObject(note);
    expect(await db.sites.get('news.example')).toEqual({ host: 'news.example', enabled: false, updatedAt: 1 });
    expect(await db.getMeta('paused')).toBe(true);
    expect(await db.getMeta('datasetVersion')).toBe('v2');
  });

  it('writes once when called concurrently (install and startup racing)', async () => {
    const db = testDb();
    const results = await Promise.all([seedIfNeeded(db, testDataset('v1')), seedIfNeeded(db, testDataset('v1'))]);
    expect(results.filter((r) => r.seeded)).toHaveLength(1);
    expect(await db.entities.count()).toBe(testDataset().entities.length);
  });

  it('leaves the previous dataset intact when seeding fails half-way', async () => {
    const db = testDb();
    await seedIfNeeded(db, testDataset('v1'));
    const spy = vi.spyOn(db.articles, 'bulkPut').mockRejectedValueOnce(new Error('service worker killed'));
    const next = testDataset('v2');
    next.entities = next.entities.filter((e) => e.id !== 'city-d');
    await expect(seedIfNeeded(db, next)).rejects.toThrow('service worker killed');
    spy.mockRestore();
    expect(await db.getMeta('datasetVersion')).toBe('v1');
    expect(await db.entities.get('city-d')).toBeDefined();
    expect(await db.articles.count()).toBe(2);
    // The next start finishes the job.
    expect((await seedIfNeeded(db, next)).seeded).toBe(true);
    expect(await db.entities.get('city-d')).toBeUndefined();
  });

  it('refuses an invalid bundle without touching the seeded data', async () => {
    const db = testDb();
    await seedIfNeeded(db, testDataset('v1'));
    await expect(seedIfNeeded(db, { version: 'v2', articles: [], entities: [{ id: 'Not A Slug' }], claims: [] })).rejects.toThrow();
    await expect(seedIfNeeded(db, { entities: [] })).rejects.toThrow('no version');
    expect(await db.getMeta('datasetVersion')).toBe('v1');
    expect(await db.entities.count()).toBe(testDataset().entities.length);
  });
});
