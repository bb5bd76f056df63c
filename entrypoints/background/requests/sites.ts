/** site.get / site.set / pause.set / sites.list: the per-site switch and the global pause. */
import type { SiyaqDB } from '../db';
import { normalizeHost as normalizeSiteHost } from '../../../core/site-host';
import type { SiteState } from '../../../protocol/messages';
import { RequestError, type HandlerDeps, type HandlersFor, type SiteChange } from './context';

export const siteHandlers: HandlersFor<'site.get' | 'site.set' | 'pause.set' | 'sites.list'> = {
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

  'sites.list': async ({ db }) => db.sites.orderBy('host').toArray(),
};

/** The highlighting state of one host: its own setting (default on) and the global pause. */
export async function getSiteState(db: SiyaqDB, host: string): Promise<SiteState> {
  const [site, paused] = await Promise.all([db.sites.get(host), db.getMeta('paused')]);
  return { host, enabled: site?.enabled ?? true, paused: paused ?? false };
}

/** Hosts are keyed normalised (core/site-host.ts); anything that is not a hostname is refused. */
function normalizeHost(host: string): string {
  const h = normalizeSiteHost(host);
  if (!h) throw new RequestError(`invalid host: ${host.slice(0, 100)}`);
  return h;
}

async function notify(deps: HandlerDeps, change: SiteChange): Promise<void> {
  // The setting is saved whatever happens to the broadcast; a tab that misses it reads it on load.
  await deps.onSiteChange?.(change).catch(() => undefined);
}

