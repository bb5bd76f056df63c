/**
 * The background's answers to `ToBackground` requests, pure over a `SiyaqDB` and a few injected
 * effects (clock, tab broadcast) so unit tests run them on fake-indexeddb. The door
 * (`createMessageListener`) checks the sender, validates the request with its zod schema and turns
 * every failure into `{ ok: false, error }`: nothing is thrown across the channel and nothing
 * touches the database before validation.
 */
import { z } from 'zod';

import type { ArticleMeta, Claim, Entity } from '../../core/dataset/schema';
import { normalizeKey } from '../../core/arabic/normalize';
import { noteSearchKey, toNote, type SiyaqDB } from './db';
import {
  ToBackground,
  err,
  ok,
  type EntityCard,
  type EntityRef,
  type Result,
  type SiteState,
  type ToBackgroundRequest,
  type ToBackgroundResponse,
  type ToBackgroundType,
} from '../../protocol/messages';
import { classifySender, isAllowedFor, isToBackgroundType, messageType, type SenderKind } from '../../protocol/messaging';
import { hostOf, normalizeHost as normalizeSiteHost } from '../../core/site-host';

/** A setting changed: one site's, or the global pause (which concerns every site). */
export type SiteChange = { host: string } | { paused: boolean };

export interface HandlerDeps {
  db: SiyaqDB;
  /** Settles when the dataset is seeded; requests that read the dataset wait for it. */
  ready?: Promise<unknown>;
  /** Tells open tabs about a changed setting (the background passes `broadcastSiteChange`). */
  onSiteChange?: (change: SiteChange) => Promise<void>;
  now?: () => number;
}

/** An expected failure (unknown id, bad host): its message goes back as the error result. */
class RequestError extends Error {}

type Handlers = {
  [K in ToBackgroundType]: (deps: HandlerDeps, request: ToBackgroundRequest<K>) => Promise<ToBackgroundResponse<K>>;
};

const handlers: Handlers = {
  'site.get': async ({ db }, { host }) => getSiteState(db, normalizeHost(host)),

  'site.set': async (deps, { host, enabled }) => {
    const h = normalizeHost(host);
    await deps.db.sites.put({ host: h, enabled, updatedAt: (deps.now ?? Date.now)() });
    await notify(deps, { host: h });
    return getSiteState(deps.db, h);
  },

  'pause.set': async (deps, { paused }) => {
    await deps.db.setMeta('paused', paused);
    await notify(deps, { paused });
    return { paused };
  },

  'entity.get': async (deps, { id }) => {
    await deps.ready;
    return entityCard(deps.db, id);
  },

  'entity.refs': async (deps, { ids }) => {
    await deps.ready;
    const found = await deps.db.entities.bulkGet(ids);
    return found.filter((e): e is Entity => e !== undefined).map(toRef);
  },

  'article.get': async (deps, { id }) => {
    await deps.ready;
    const article = await deps.db.articles.get(id);
    if (!article) throw new RequestError(`unknown article: ${id}`);
    return article;
  },

  'notes.markersForPage': async ({ db }, { url }) => {
    const notes = await db.notes.where('url').equals(pageUrl(url)).toArray();
    return notes.map(({ id, entityId, anchor }) => ({ id, entityId, anchor }));
  },

  'notes.forEntity': async ({ db }, { entityId }) => {
    const notes = await db.notes.where('entityId').equals(entityId).toArray();
    return notes.sort((a, b) => b.updatedAt - a.updatedAt).map(toNote);
  },

  'notes.save': async (deps, { note }) => {
    await deps.ready;
    const { db } = deps;
    if (!(await db.entities.get(note.entityId))) throw new RequestError(`unknown entity: ${note.entityId}`);
    return db.transaction('rw', db.notes, async () => {
      const existing = await db.notes.get(note.id);
      // The background's clock orders notes; an existing note keeps its creation time.
      const saved = {
        ...note,
        url: pageUrl(note.url),
        createdAt: existing?.createdAt ?? note.createdAt,
        updatedAt: Math.max((deps.now ?? Date.now)(), existing?.updatedAt ?? 0),
      };
      await db.notes.put({ ...saved, searchKey: noteSearchKey(saved) });
      return saved;
    });
  },

  'notes.delete': async ({ db }, { id }) => {
    await db.notes.delete(id);
    return null;
  },

  'notes.search': async ({ db }, { query, limit }) => {
    const key = normalizeKey(query);
    const notes = await db.notes
      .orderBy('updatedAt')
      .reverse()
      .filter((n) => key === '' || n.searchKey.includes(key))
      .limit(limit)
      .toArray();
    return notes.map(toNote);
  },

  'sites.list': async ({ db }) => db.sites.orderBy('host').toArray(),
};

/**
 * Validates and answers one request from a sender of the given kind. Never throws: malformed,
 * unknown, forbidden or failing requests all resolve to `{ ok: false, error }`.
 */
export async function handleRequest(
  deps: HandlerDeps,
  message: unknown,
  kind: SenderKind = 'extension-page',
): Promise<Result<unknown>> {
  const type = messageType(message);
  if (type === undefined) return err('malformed message: expected an object with a string "type"');
  if (!isToBackgroundType(type)) return err(`unknown message type: ${type.slice(0, 100)}`);
  if (!isAllowedFor(kind, type)) return err(`${type} is not allowed from a content script`);
  const { type: _type, ...payload } = message as Record<string, unknown>;
  const parsed = ToBackground[type].request.safeParse(payload);
  if (!parsed.success) return err(`invalid ${type}: ${z.prettifyError(parsed.error)}`);
  try {
    const handler = handlers[type] as (deps: HandlerDeps, request: unknown) => Promise<unknown>;
    return ok(await handler(deps, parsed.data));
  } catch (e) {
    if (e instanceof RequestError) return err(e.message);
    return err(`${type} failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** Who the background is: its runtime id and its origin (`browser.runtime.getURL('')`). */
export interface ExtensionIdentity {
  runtimeId: string;
  origin: string;
}

/** The `runtime.onMessage` listener: sender check, then `handleRequest`. Always returns a Promise. */
export function createMessageListener(deps: HandlerDeps, identity: ExtensionIdentity) {
  return (
    message: unknown,
    sender: Parameters<typeof classifySender>[0],
  ): Promise<Result<unknown>> => {
    const kind = classifySender(sender, identity.runtimeId, identity.origin);
    if (!kind) return Promise.resolve(err('message refused: unknown sender'));
    return handleRequest(deps, message, kind);
  };
}

/** The highlighting state of one host: its own setting (default on) and the global pause. */
export async function getSiteState(db: SiyaqDB, host: string): Promise<SiteState> {
  const [site, paused] = await Promise.all([db.sites.get(host), db.getMeta('paused')]);
  return { host, enabled: site?.enabled ?? true, paused: paused ?? false };
}

/**
 * Flips the setting of the host of `tabUrl` (the keyboard command). Returns the new state, or
 * `undefined` for a tab that is not an http(s) page.
 */
export async function toggleSiteOf(deps: HandlerDeps, tabUrl: string | undefined): Promise<SiteState | undefined> {
  return toggleSite(deps, hostOf(tabUrl));
}

/** Flips the setting of `host` (normalised). Returns the new state, or `undefined` without a host. */
export async function toggleSite(deps: HandlerDeps, host: string | undefined): Promise<SiteState | undefined> {
  if (!host) return undefined;
  const { enabled } = await getSiteState(deps.db, host);
  const result = await handleRequest(deps, { type: 'site.set', host, enabled: !enabled });
  return result.ok ? (result.value as SiteState) : undefined;
}

/** The part of `browser.tabs` the broadcast needs. */
export interface TabsApi {
  query(q: Record<string, never>): Promise<Array<{ id?: number; url?: string }>>;
  sendMessage(tabId: number, message: unknown): Promise<unknown>;
}

/**
 * The site of a tab: from its URL when the browser shows it to us (an `activeTab` grant), else
 * from our content script in that tab (`page.host`), since without the `tabs` permission
 * `tabs.query` gives ids but no URLs. `undefined` for a tab that is not an http(s) page or has no
 * live content script (nothing there to update or to ask).
 */
export async function hostOfTab(tabs: Pick<TabsApi, 'sendMessage'>, tab: { id?: number; url?: string }): Promise<string | undefined> {
  if (tab.url !== undefined) return hostOf(tab.url);
  if (tab.id === undefined) return undefined;
  const reply = await tabs.sendMessage(tab.id, { type: 'page.host' }).catch(() => undefined);
  const host = (reply as Result<unknown> | undefined)?.ok ? (reply as { value: unknown }).value : undefined;
  return typeof host === 'string' ? normalizeSiteHost(host) : undefined;
}

/**
 * Sends `site.changed` to every open tab the change concerns: the tabs of that host, or every
 * http(s) tab for the global pause (each with its own host's state). Tabs without our content
 * script reject the message; that is expected and ignored.
 */
export async function broadcastSiteChange(db: SiyaqDB, tabs: TabsApi, change: SiteChange): Promise<void> {
  const open = await tabs.query({});
  const states = new Map<string, SiteState>();
  await Promise.all(
    open.map(async (tab) => {
      const host = await hostOfTab(tabs, tab);
      if (tab.id === undefined || !host) return;
      if ('host' in change && host !== change.host) return;
      let state = states.get(host);
      if (!state) {
        state = await getSiteState(db, host);
        states.set(host, state);
      }
      await tabs.sendMessage(tab.id, { ...state, type: 'site.changed' }).catch(() => undefined);
    }),
  );
}

/** Hosts are keyed normalised (core/site-host.ts); anything that is not a hostname is refused. */
function normalizeHost(host: string): string {
  const h = normalizeSiteHost(host);
  if (!h) throw new RequestError(`invalid host: ${host.slice(0, 100)}`);
  return h;
}

/** Notes belong to a page, not to a position on it: the URL without its #fragment. */
function pageUrl(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

async function notify(deps: HandlerDeps, change: SiteChange): Promise<void> {
  // The setting is saved whatever happens to the broadcast; a tab that misses it reads it on load.
  await deps.onSiteChange?.(change).catch(() => undefined);
}

function toRef(e: Entity): EntityRef {
  return { id: e.id, type: e.type, name: e.name };
}

async function entityCard(db: SiyaqDB, id: string): Promise<EntityCard> {
  const entity = await db.entities.get(id);
  if (!entity) throw new RequestError(`unknown entity: ${id}`);

  const [asSubject, asPlace, asClaimant] = await Promise.all([
    db.claims.where('subjects').equals(id).toArray(),
    db.claims.where('places').equals(id).toArray(),
    db.claims.where('claimant').equals(id).toArray(),
  ]);
  const claims = [...new Map([...asSubject, ...asPlace, ...asClaimant].map((c) => [c.id, c])).values()];

  const articleIds = [...new Set(claims.flatMap((c) => c.citations.map((cit) => cit.articleId)))];
  const articles = (await db.articles.bulkGet(articleIds))
    .filter((a) => a !== undefined)
    .map(({ text: _text, ...meta }): ArticleMeta => meta);
  const articleDate = new Map(articles.map((a) => [a.id, a.date.value]));
  const sortKey = (c: Claim) => {
    const value = c.date.value ?? articleDate.get(c.citations[0]?.articleId ?? '') ?? '';
    return value.split('/')[0] ?? '';
  };
  claims.sort((a, b) => {
    const ka = sortKey(a);
    const kb = sortKey(b);
    if (ka !== kb) return ka < kb ? 1 : -1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });

  const related = (await db.entities.bulkGet(entity.related)).filter((e) => e !== undefined).map(toRef);
  const refIds = new Set<string>([
    ...claims.flatMap((c) => [c.claimant, ...c.subjects, ...c.places]),
    ...articles.flatMap((a) => (a.outletId ? [a.outletId] : [])),
  ]);
  refIds.delete(id);
  const refs = (await db.entities.bulkGet([...refIds].sort())).filter((e) => e !== undefined).map(toRef);

  return { entity, claims, articles, related, refs };
}
