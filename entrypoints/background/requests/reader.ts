/**
 * settings.* / dismissals.* / notes.list / notes.import: the reader's settings, their "not this
 * one" marks, and the options page's notes list and import — every page a client of the background.
 */
import matcherIndex from '../../../data/generated/matcher-index.json';
import type { MatcherIndex } from '../../../core/dataset/schema';
import { compileMatcher, type Matcher } from '../../../core/matcher/matcher';
import { importNotes } from '../../../core/notes/transfer';
import { dismissalApplies, pageKey } from '../../../core/settings/filter-hits';
import { DEFAULT_SETTINGS, type Dismissal, type Settings } from '../../../protocol/messages';
import type { SiyaqDB } from '../db';
import { noteSearchKey, toNote } from '../db';
import type { HandlerDeps, HandlersFor } from './context';

type ReaderRequest =
  | 'settings.get'
  | 'settings.set'
  | 'pause.get'
  | 'dismissals.forPage'
  | 'dismissals.list'
  | 'dismissals.add'
  | 'dismissals.remove'
  | 'notes.list'
  | 'notes.import';

export const readerHandlers: HandlersFor<ReaderRequest> = {
  'settings.get': async ({ db }) => readSettings(db),

  'settings.set': async (deps, { settings }) => {
    const stored = (await deps.db.getMeta('settings')) ?? {};
    const next = { ...stored, ...settings };
    await deps.db.setMeta('settings', next);
    await changed(deps);
    return { ...DEFAULT_SETTINGS, ...next };
  },

  'pause.get': async ({ db }) => ({ paused: (await db.getMeta('paused')) ?? false }),

  'dismissals.forPage': async ({ db }, { url }) =>
    (await dismissals(db)).filter((d) => dismissalApplies(d, url)).map(({ entityId, phrase }) => ({ entityId, phrase })),

  'dismissals.list': async ({ db }) => dismissals(db),

  'dismissals.add': async (deps, { dismissal }) => {
    const saved: Dismissal = { ...dismissal, url: pageKey(dismissal.url), createdAt: (deps.now ?? Date.now)() };
    const rest = (await dismissals(deps.db)).filter((d) => d.id !== saved.id);
    await deps.db.setMeta('dismissals', [...rest, saved]);
    await changed(deps);
    return saved;
  },

  'dismissals.remove': async (deps, { id }) => {
    await deps.db.setMeta(
      'dismissals',
      (await dismissals(deps.db)).filter((d) => d.id !== id),
    );
    await changed(deps);
    return null;
  },

  'notes.list': async ({ db }) => (await db.notes.orderBy('updatedAt').reverse().toArray()).map(toNote),

  'notes.import': async ({ db }, { text }) =>
    importNotes(
      { size: text.length, text: async () => text },
      {
        bulkGet: async (ids) => (await db.notes.bulkGet(ids)).map((n) => (n ? toNote(n) : undefined)),
        bulkPut: (notes) => db.notes.bulkPut(notes.map((n) => ({ ...n, searchKey: noteSearchKey(n) }))),
      },
      (fn) => db.transaction('rw', db.notes, fn),
      // Another tool's annotations become notes on the first name their quote contains.
      (quote) => matcher().scan(quote).hits[0]?.entityId,
    ),
};

let compiled: Matcher | undefined;
/** The content script's matcher, compiled on the first foreign import only. */
function matcher(): Matcher {
  compiled ??= compileMatcher(matcherIndex as MatcherIndex);
  return compiled;
}

async function readSettings(db: SiyaqDB): Promise<Settings> {
  return { ...DEFAULT_SETTINGS, ...((await db.getMeta('settings')) ?? {}) };
}

async function dismissals(db: SiyaqDB): Promise<Dismissal[]> {
  return (await db.getMeta('dismissals')) ?? [];
}

async function changed(deps: HandlerDeps): Promise<void> {
  // Saved whatever happens to the broadcast; a tab that misses it reads the settings on load.
  await deps.onSettingsChange?.().catch(() => undefined);
}
