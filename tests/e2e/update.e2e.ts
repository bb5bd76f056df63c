/**
 * Update safety in Chromium: an installed version with the reader's notes and settings is replaced
 * by a newer one whose database schema and dataset are both newer, and nothing the reader wrote
 * is lost.
 *
 * The old version is the build under test, copied to a fixed directory and run on a persistent
 * profile. The newer one is built from this checkout with `WXT_SIYAQ_TEST_SCHEMA_BUMP=1` (entrypoints/background/db.ts
 * then declares one more schema version, with an extra notes index and an upgrader that rewrites
 * every note) into a temporary directory; its manifest version is raised and its bundled dataset
 * gets a new version string (the content is the same, the version is what the seeder compares).
 * It is copied over the old directory — an unpacked extension keeps its id when its path stays
 * the same — and the same profile is launched again: the service worker starts on a database of
 * the older schema and a different seeded dataset, as after a store update.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Note } from '../../protocol/messages';
import { DEFAULT_EXTENSION_PATH, ROOT, launchWithExtension, makeUserDataDir, removeUserDataDir, type ExtensionSession } from '../../tools/browser/harness';

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<any>; getManifest(): { version: string } } };

/**
 * The extension page the test talks to the background from: the popup pinned to no tab, which
 * opens no database itself, so the schema upgrade is the service worker's.
 */
const CONTROL_PAGE = 'popup.html?tabId=999999';

let tmp: string;
let profile: string;
let session: ExtensionSession | undefined;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'siyaq-update-'));
  profile = makeUserDataDir();
});

afterAll(async () => {
  await session?.close();
  if (profile) removeUserDataDir(profile);
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** What the extension's database holds, read from an extension page (its origin's IndexedDB). */
interface DbState {
  nativeVersion: number;
  noteIndexes: string[];
  meta: Record<string, unknown>;
  notes: Note[];
  sites: unknown;
  site: unknown;
  manifestVersion: string;
}

async function readState(page: Page): Promise<DbState> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('siyaq');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = db.transaction(['meta', 'notes']);
    const meta = await new Promise<Array<{ key: string; value: unknown }>>((resolve) => {
      const r = tx.objectStore('meta').getAll();
      r.onsuccess = () => resolve(r.result);
    });
    const state = {
      nativeVersion: db.version,
      noteIndexes: [...tx.objectStore('notes').indexNames].sort(),
      meta: Object.fromEntries(meta.map((m) => [m.key, m.value])),
    };
    db.close();
    const send = (m: unknown) => chrome.runtime.sendMessage(m);
    const notes = await send({ type: 'notes.search', query: '', limit: 1000 });
    return {
      ...state,
      notes: (notes.value as Note[]).sort((a, b) => a.id.localeCompare(b.id)),
      sites: await send({ type: 'sites.list' }),
      site: await send({ type: 'site.get', host: '127.0.0.1' }),
      manifestVersion: chrome.runtime.getManifest().version,
    };
  });
}

const NOTES: Note[] = [
  {
    id: 'update-note-1',
    entityId: 'derna',
    url: 'http://127.0.0.1:1/articles/000.html',
    pageTitle: 'درنة',
    anchor: { exact: 'درنة', prefix: 'من مدينة ', suffix: ' شرقي ليبيا' },
    text: 'ملاحظة قبل التحديث: يجب أن تبقى كما هي.',
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
  },
  {
    id: 'update-note-2',
    entityId: 'khalifa-haftar',
    url: 'https://news.example/a?b=1',
    pageTitle: '',
    anchor: { exact: 'حفتر', prefix: '', suffix: '' },
    text: 'ثانية\nبسطرين و«علامات»',
    createdAt: 1_700_000_100_000,
    updatedAt: 1_700_000_100_000,
  },
];

/** Builds this checkout with the schema bump into `outDir`; returns the chrome-mv3 directory. */
function buildNewer(outDir: string): string {
  const run = spawnSync(
    process.execPath,
    ['--input-type=module', '-e', `const { build } = await import('wxt'); await build({ outDir: ${JSON.stringify(outDir)}, logLevel: 1 });`],
    { cwd: ROOT, env: { ...process.env, WXT_SIYAQ_TEST_SCHEMA_BUMP: '1' }, encoding: 'utf8', timeout: 120_000 },
  );
  if (run.status !== 0) throw new Error(`the newer build failed:\n${run.stderr}`);
  return join(outDir, 'chrome-mv3');
}

describe('updating to a version with a newer schema and dataset', () => {
  it('keeps every note and setting, upgrades the schema and re-seeds the dataset', async () => {
    const installed = join(tmp, 'siyaq-extension');
    cpSync(DEFAULT_EXTENSION_PATH, installed, { recursive: true });

    // The old version, used: notes, a site off, another on, the global pause.
    session = await launchWithExtension({ userDataDir: profile, extensionPath: installed });
    const oldId = session.extensionId;
    let page = await session.context.newPage();
    await page.goto(session.extensionUrl(CONTROL_PAGE));
    const send = (m: Record<string, unknown>) => page.evaluate((msg) => chrome.runtime.sendMessage(msg), m);
    for (const note of NOTES) expect(await send({ type: 'notes.save', note })).toMatchObject({ ok: true });
    expect(await send({ type: 'site.set', host: '127.0.0.1', enabled: false })).toMatchObject({ ok: true });
    expect(await send({ type: 'site.set', host: 'localhost', enabled: true })).toMatchObject({ ok: true });
    expect(await send({ type: 'pause.set', paused: true })).toMatchObject({ ok: true });
    await expect.poll(async () => (await readState(page)).meta.datasetVersion, { timeout: 15_000 }).toBeTruthy();
    const before = await readState(page);
    expect(before.notes.map((n) => n.id)).toEqual(NOTES.map((n) => n.id));
    expect(before.site).toEqual({ ok: true, value: { host: '127.0.0.1', enabled: false, paused: true } });
    await session.close();
    session = undefined;

    // The newer version, copied over the old one at the same path.
    const newer = buildNewer(join(tmp, 'newer'));
    const manifestPath = join(newer, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: string };
    const parts = manifest.version.split('.').map(Number);
    while (parts.length < 4) parts.push(0);
    parts[3]! += 1;
    manifest.version = parts.join('.');
    writeFileSync(manifestPath, JSON.stringify(manifest));
    const bundledVersion = (JSON.parse(readFileSync(join(ROOT, 'data/generated/dataset.json'), 'utf8')) as { version: string }).version;
    const newDatasetVersion = `${bundledVersion}-next`;
    const backgroundPath = join(newer, 'background.js');
    const background = readFileSync(backgroundPath, 'utf8');
    expect(background.split(`"${bundledVersion}"`).length - 1).toBe(1);
    writeFileSync(backgroundPath, background.replace(`"${bundledVersion}"`, JSON.stringify(newDatasetVersion)));
    rmSync(installed, { recursive: true });
    cpSync(newer, installed, { recursive: true });
    // Chromium keeps running the previously registered service worker script when an unpacked
    // extension's files change between two launches at the same path (observed: the old worker,
    // old schema and old dataset version 12 s after start). A store update or a reload from
    // chrome://extensions registers the new worker; dropping the profile's service worker
    // registrations (not its IndexedDB, not its preferences) makes this launch do the same.
    rmSync(join(profile, 'Default', 'Service Worker'), { recursive: true, force: true });

    session = await launchWithExtension({ userDataDir: profile, extensionPath: installed });
    expect(session.extensionId).toBe(oldId);
    page = await session.context.newPage();
    await page.goto(session.extensionUrl(CONTROL_PAGE));
    await expect
      .poll(async () => (await readState(page)).meta.datasetVersion, { timeout: 20_000 })
      .toBe(newDatasetVersion);
    const after = await readState(page);

    expect(after.manifestVersion).toBe(manifest.version);
    // Dexie stores version n as n × 10: the schema went one version up, with its new index.
    expect(after.nativeVersion).toBe(before.nativeVersion + 10);
    expect(before.noteIndexes).not.toContain('createdAt');
    expect(after.noteIndexes).toContain('createdAt');
    // Re-seeded: a new dataset version, seeded after the first.
    expect(after.meta.seededAt as number).toBeGreaterThan(before.meta.seededAt as number);
    // Everything the reader wrote, exactly.
    expect(after.notes).toEqual(before.notes);
    expect(after.sites).toEqual(before.sites);
    expect(after.site).toEqual(before.site);
    expect(after.meta.paused).toBe(true);
    // The notes' search key was rewritten by the upgrader and still finds them; the dataset answers.
    const found = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'notes.search', query: 'التحديث' }));
    expect(found.value.map((n: Note) => n.id)).toEqual(['update-note-1']);
    const card = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'entity.get', id: 'derna' }));
    expect(card.ok).toBe(true);
    expect(card.value.claims.length).toBeGreaterThan(0);
  });
});
