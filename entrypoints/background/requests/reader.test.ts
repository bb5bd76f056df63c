import { beforeEach, describe, expect, it } from 'vitest';

import { handleRequest, type HandlerDeps } from '../door';
import { seedIfNeeded } from '../seed';
import { DEFAULT_SETTINGS, ToBackground, type ToBackgroundResponse, type ToBackgroundType } from '../../../protocol/messages';
import { toJsonExport } from '../../../core/notes/transfer';
import { testDataset, testDb, testNote } from '../../../tests/fixtures/dataset';

let deps: HandlerDeps;
let broadcasts: number;

beforeEach(async () => {
  const db = testDb();
  broadcasts = 0;
  deps = { db, ready: seedIfNeeded(db, testDataset()), now: () => 5_000, onSettingsChange: async () => void broadcasts++ };
  await deps.ready;
});

async function ask<K extends ToBackgroundType>(type: K, payload: Record<string, unknown>, kind: 'extension-page' | 'content-script' = 'extension-page') {
  const result = await handleRequest(deps, { type, ...payload }, kind);
  if (!result.ok) throw new Error(result.error);
  return ToBackground[type].response.parse(result.value) as ToBackgroundResponse<K>;
}

const dismissal = {
  id: 'd1',
  phrase: 'المنظمة ج',
  entityId: 'organization-c',
  scope: 'site',
  url: 'https://news.example/a#frag',
  context: 'قال المنظمة ج إن',
  createdAt: 0,
};

describe('settings', () => {
  it('answers the defaults, stores a change, broadcasts it, and content scripts may read but not write', async () => {
    expect(await ask('settings.get', {}, 'content-script')).toEqual(DEFAULT_SETTINGS);
    expect(await ask('settings.set', { settings: { density: 'page', open: 'click' } })).toMatchObject({ density: 'page', open: 'click', hoverDelay: 150 });
    expect(broadcasts).toBe(1);
    expect((await ask('settings.get', {})).density).toBe('page');
    expect((await handleRequest(deps, { type: 'settings.set', settings: {} }, 'content-script')).ok).toBe(false);
    expect((await handleRequest(deps, { type: 'settings.set', settings: { hoverDelay: -1 } })).ok).toBe(false);
  });
});

describe('dismissals', () => {
  it('adds (keyed by page without fragment), lists, answers by page scope, and removes', async () => {
    const saved = await ask('dismissals.add', { dismissal });
    expect(saved).toMatchObject({ url: 'https://news.example/a', createdAt: 5_000 });
    expect(await ask('dismissals.list', {})).toHaveLength(1);
    expect(await ask('dismissals.forPage', { url: 'https://news.example/other' }, 'content-script')).toHaveLength(1);
    expect(await ask('dismissals.forPage', { url: 'https://elsewhere.example/' }, 'content-script')).toHaveLength(0);
    await ask('dismissals.remove', { id: 'd1' });
    expect(await ask('dismissals.list', {})).toEqual([]);
    expect(broadcasts).toBe(2);
    expect((await handleRequest(deps, { type: 'dismissals.add', dismissal }, 'content-script')).ok).toBe(false);
  });
});

describe('notes.list / notes.import', () => {
  it('imports a file whole, idempotently, and lists newest first', async () => {
    const file = toJsonExport([testNote({ id: 'a', updatedAt: 1 }), testNote({ id: 'b', updatedAt: 2 })]);
    expect(await ask('notes.import', { text: file })).toMatchObject({ ok: true, summary: { added: 2 } });
    expect(await ask('notes.import', { text: file })).toMatchObject({ ok: true, summary: { added: 0, unchanged: 2 } });
    expect((await ask('notes.list', {})).map((n) => n.id)).toEqual(['b', 'a']);
    expect(await ask('notes.import', { text: '{' })).toMatchObject({ ok: false, error: 'not-json' });
    expect((await handleRequest(deps, { type: 'notes.list' }, 'content-script')).ok).toBe(false);
  });
});
