import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';

import bundledDataset from '../../data/generated/dataset.json';
import { SiyaqDB } from './db';
import { createMessageListener, type HandlerDeps } from './door';
import { broadcastSettingsChange, broadcastSiteChange, hostOfTab, toggleSite } from './tabs';
import type { SiteState } from '../../protocol/messages';
import { seedIfNeeded } from './seed';

/** The keyboard commands (manifest `commands`), by name. */
export interface SiyaqCommands {
  /** Flips highlighting for the host of `tab` (default: the active tab of the last focused window). */
  'toggle-site': (tab?: Browser.tabs.Tab) => Promise<SiteState | undefined>;
  /** Moves to the next / previous name on the page of `tab` and opens its card (the keyboard path). */
  'next-name': (tab?: Browser.tabs.Tab) => Promise<boolean>;
  'previous-name': (tab?: Browser.tabs.Tab) => Promise<boolean>;
}

declare global {
  /**
   * The command table `commands.onCommand` dispatches through, exposed on the service worker's
   * global so e2e tests can run a command (headless Chromium cannot press the shortcut).
   */
  var siyaqCommands: SiyaqCommands | undefined;
}

/**
 * The background service worker: owns the IndexedDB database, seeds it from the bundled dataset
 * whenever the dataset version changes (see entrypoints/background/seed.ts), answers the typed messages of
 * protocol/messages.ts, tells open tabs when a site setting changes, and runs the keyboard command.
 */
/** Asks the page's content script (the top frame answers) to open the next / previous name's card. */
async function navigateTab(tab: Browser.tabs.Tab | undefined, direction: 1 | -1): Promise<boolean> {
  const target = tab ?? (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0];
  if (target?.id === undefined) return false;
  const reply = (await browser.tabs.sendMessage(target.id, { type: 'page.nav', direction }).catch(() => undefined)) as
    | { ok?: boolean; value?: unknown }
    | undefined;
  return reply?.ok === true && reply.value === true;
}

export default defineBackground(() => {
  const db = new SiyaqDB();
  // Every wake-up checks the version (one read); install and update are covered by the same path.
  const ready = seedIfNeeded(db, bundledDataset).catch((e: unknown) => console.error('Siyaq: seeding failed', e));
  const deps: HandlerDeps = {
    db,
    ready,
    onSiteChange: (change) => broadcastSiteChange(db, browser.tabs, change),
    onSettingsChange: () => broadcastSettingsChange(browser.tabs),
  };

  browser.runtime.onMessage.addListener(
    createMessageListener(deps, { runtimeId: browser.runtime.id, origin: browser.runtime.getURL('/') }) as never,
  );

  const commands: SiyaqCommands = {
    'toggle-site': async (tab) => {
      const target = tab ?? (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0];
      return toggleSite(deps, target ? await hostOfTab(browser.tabs, target) : undefined);
    },
    'next-name': (tab) => navigateTab(tab, 1),
    'previous-name': (tab) => navigateTab(tab, -1),
  };
  globalThis.siyaqCommands = commands;
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'toggle-site' || command === 'next-name' || command === 'previous-name') void commands[command](tab);
  });
});
