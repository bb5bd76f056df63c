/**
 * Seeding IndexedDB from the bundled dataset (data/generated/dataset.json).
 *
 * ## How the dataset version works
 *
 * The dataset build writes a content hash of the compiled data as `Dataset.version`. The seeder
 * keeps the version it last wrote in `meta.datasetVersion`. Whenever the background starts
 * (install, browser start, or a service-worker wake-up) it compares the two; when they differ, or
 * the database is empty, it replaces entities, claims and articles with the bundled ones. Notes,
 * sites and the other meta settings are never touched, so an update of the extension that ships a
 * new dataset keeps everything the reader wrote.
 *
 * The comparison and the replacement run in one read-write transaction, so the seeding is
 * idempotent and atomic: two concurrent calls write once (the second sees the new version), and a
 * service worker killed half-way leaves the previous dataset in place — the next start seeds again.
 */
import { Dataset } from '../../core/dataset/schema';
import type { SiyaqDB } from './db';

export interface SeedResult {
  /** True when this call replaced the dataset tables. */
  seeded: boolean;
  /** The dataset version now in the database. */
  version: string;
  /** The version that was there before (undefined for a fresh database). */
  previousVersion: string | undefined;
}

/**
 * Replaces entities, claims and articles with `bundled` if its version differs from the seeded
 * one. `bundled` is validated with the `Dataset` schema first (only when a write is needed), so a
 * broken bundle never replaces a good seed.
 */
export async function seedIfNeeded(db: SiyaqDB, bundled: unknown, now: () => number = Date.now): Promise<SeedResult> {
  const bundledVersion = readVersion(bundled);
  const current = await db.getMeta('datasetVersion');
  if (current === bundledVersion) return { seeded: false, version: current, previousVersion: current };

  const dataset = Dataset.parse(bundled);
  return db.transaction('rw', [db.entities, db.claims, db.articles, db.meta], async () => {
    // Re-read inside the transaction: another caller may have seeded since the check above.
    const previousVersion = await db.getMeta('datasetVersion');
    if (previousVersion === dataset.version)
      return { seeded: false, version: dataset.version, previousVersion };
    await Promise.all([db.entities.clear(), db.claims.clear(), db.articles.clear()]);
    await db.entities.bulkPut(dataset.entities);
    await db.claims.bulkPut(dataset.claims);
    await db.articles.bulkPut(dataset.articles);
    await db.setMeta('datasetVersion', dataset.version);
    await db.setMeta('seededAt', now());
    return { seeded: true, version: dataset.version, previousVersion };
  });
}

function readVersion(bundled: unknown): string {
  const version = (bundled as { version?: unknown } | null)?.version;
  if (typeof version !== 'string' || version === '') throw new Error('bundled dataset has no version');
  return version;
}
