/** Tabs: the site of a tab, the site-change broadcast and the toggle command. */
import type { SiyaqDB } from './db';
import { hostOf, normalizeHost as normalizeSiteHost } from '../../core/site-host';
import type { Result, SiteState } from '../../protocol/messages';
import { handleRequest } from './door';
import type { HandlerDeps, SiteChange } from './requests/context';
import { getSiteState } from './requests/sites';

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


/** Sends `settings.changed` to every open tab; tabs without our content script ignore it. */
export async function broadcastSettingsChange(tabs: TabsApi): Promise<void> {
  const open = await tabs.query({});
  await Promise.all(
    open.map((tab) => (tab.id === undefined ? undefined : tabs.sendMessage(tab.id, { type: 'settings.changed' }).catch(() => undefined))),
  );
}
