/**
 * Real-browser harness: a local Chromium (./setup.ts finds it: $CHROME_PATH, chromium or
 * google-chrome on $PATH, Debian's /usr/bin/chromium) driven by playwright-core with the built
 * extension (.output/chrome-mv3) loaded unpacked. Used by every `tests/e2e/*.e2e.ts` file, the demo
 * and the bench.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { chromium, type BrowserContext, type Frame, type Page, type Worker } from 'playwright-core';

import { countHighlights, waitForHighlight } from './highlights';

import { chromiumPath } from './setup';

/** Repository root (this file lives in tests/e2e/). */
export const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

/**
 * The Chromium to drive (see ./setup.ts `chromiumPath`); never a Playwright-downloaded browser.
 * The demo, the bench and the e2e global setup install one first when none is found.
 */
export const CHROMIUM_PATH = chromiumPath();

/**
 * The Chrome MV3 build `npm run build` writes, or `$SIYAQ_EXTENSION_PATH` when set (a private copy
 * of a build, so a run is not disturbed by someone rebuilding .output/ in a shared checkout).
 */
export const DEFAULT_EXTENSION_PATH = resolve(process.env.SIYAQ_EXTENSION_PATH || join(ROOT, '.output/chrome-mv3'));

export interface LaunchOptions {
  /**
   * Profile directory to use (created if missing). When given, `close()` keeps it so a second
   * launch on the same profile sees the same IndexedDB and storage; delete it with
   * `removeUserDataDir`. When omitted, a temporary profile is made and removed by `close()`.
   */
  userDataDir?: string;
  /** Unpacked extension directory; defaults to .output/chrome-mv3. */
  extensionPath?: string;
  /** Show the browser window (the demo with a display); tests always run headless. */
  headless?: boolean;
  /** Extra Chromium flags, appended after the harness's own. */
  args?: string[];
  /**
   * Browser UI language (`ar`, `en`): what `browser.i18n` picks the extension's strings by, and
   * pages' `navigator.language`. Defaults to the environment's (en-US on the CI machine).
   */
  locale?: string;
  /**
   * Keep the first-run page the extension opens on install. By default the harness closes it:
   * opened in front, it left the test's own pages in background tabs, where Chromium never lifts
   * its input guard on a just-shown cross-origin frame (clicks into the popover were dropped).
   */
  keepWelcome?: boolean;
  /** Viewport of new pages; defaults to 1280×800. `null` lets the window decide (headful demo). */
  viewport?: { width: number; height: number } | null;
}

export interface ExtensionSession {
  context: BrowserContext;
  /** The extension's id, read off its service worker's URL (`chrome-extension://<id>/...`). */
  extensionId: string;
  serviceWorker: Worker;
  /** The profile in use (temporary unless `userDataDir` was given). */
  userDataDir: string;
  /** `chrome-extension://<id>/<path>` for an extension page such as `reader.html`. */
  extensionUrl(path: string): string;
  /** Closes the browser; removes the profile only if the harness created it. */
  close(): Promise<void>;
}

/** Flags from the shared machine notes: no sandbox in containers, nothing that talks to Google. */
export function chromiumArgs(extensionPath: string): string[] {
  return [
    `--disable-extensions-except=${extensionPath}`,
    `--load-extension=${extensionPath}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    // Real-looking hosts over plain http (http://news.test:<port>): not a secure context, unlike
    // 127.0.0.1, so [SecureContext]-only APIs are missing there as on real http news sites.
    '--host-resolver-rules=MAP *.test 127.0.0.1',
    // Google Chrome (branded, 137+) ignores --load-extension unless this feature is off; no effect on Chromium.
    '--disable-features=DisableLoadExtensionCommandLineSwitch',
  ];
}

/**
 * Throws a message that says what to do when Chromium or the extension build is missing, rather
 * than a timeout waiting for a service worker that will never start.
 */
export function assertPrerequisites(extensionPath: string = DEFAULT_EXTENSION_PATH): void {
  const browserPath = chromiumPath();
  if (!existsSync(browserPath))
    throw new Error(`no Chromium at ${browserPath}: npm test and npm start install Debian's (tools/browser/setup.ts), or set CHROME_PATH`);
  if (!existsSync(join(extensionPath, 'manifest.json')))
    throw new Error(`no extension build at ${extensionPath}: run npm run build`);
}

/** Launches Chromium with the extension and waits for its background service worker. */
export async function launchWithExtension(opts: LaunchOptions = {}): Promise<ExtensionSession> {
  const extensionPath = resolve(opts.extensionPath ?? DEFAULT_EXTENSION_PATH);
  assertPrerequisites(extensionPath);
  const ownsProfile = opts.userDataDir === undefined;
  const userDataDir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'siyaq-profile-'));

  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: chromiumPath(),
      headless: opts.headless ?? true,
      args: [...chromiumArgs(extensionPath), ...(opts.args ?? [])],
      viewport: opts.viewport === undefined ? { width: 1280, height: 800 } : opts.viewport,
      // Chromium on Linux takes its UI language from $LANGUAGE; --lang is ignored there.
      ...(opts.locale
        ? { locale: opts.locale, env: { ...stringEnv(), LANGUAGE: opts.locale, LANG: `${opts.locale}.UTF-8` } }
        : {}),
    });
  } catch (error) {
    if (ownsProfile) removeUserDataDir(userDataDir);
    throw error;
  }

  try {
    const serviceWorker =
      context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    const extensionId = new URL(serviceWorker.url()).host;
    if (!opts.keepWelcome) await closeWelcome(context);
    return {
      context,
      extensionId,
      serviceWorker,
      userDataDir,
      extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
      async close() {
        await context.close();
        if (ownsProfile) removeUserDataDir(userDataDir);
      },
    };
  } catch (error) {
    await context.close();
    if (ownsProfile) removeUserDataDir(userDataDir);
    throw new Error(`the extension's service worker did not start (${String(error)}); is ${extensionPath} a valid build?`);
  }
}

/** Closes the first-run tab if the install opens one (a relaunch of a profile opens none). */
async function closeWelcome(context: BrowserContext, timeout = 3000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const page = context.pages().find((p) => p.url().endsWith('/welcome.html'));
    if (page) return page.close();
    await new Promise((r) => setTimeout(r, 100));
  }
}

function stringEnv(): Record<string, string> {
  return Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined));
}

/** A fresh, empty profile directory for tests that relaunch on the same profile. */
export function makeUserDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'siyaq-profile-'));
}

/** Deletes a profile directory made by `makeUserDataDir` (or kept by `close()`). */
export function removeUserDataDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}

/**
 * Waits until the content script has highlighted `page`: a first `siyaq-entity-*` highlight is
 * registered in `CSS.highlights`, then the number of registered ranges stays the same for `quietMs`
 * (the highlighter works in slices; only blocks near the viewport are registered). Resolves to
 * that count; rejects if no highlight appears within `timeout` ms.
 */
export async function waitForHighlights(page: Page | Frame, opts: { timeout?: number; quietMs?: number } = {}): Promise<number> {
  const { timeout = 20_000, quietMs = 500 } = opts;
  await waitForHighlight(page, undefined, timeout);
  const deadline = Date.now() + timeout;
  let count = -1;
  let stableSince = Date.now();
  while (Date.now() < deadline) {
    const now = await countHighlights(page);
    if (now !== count) {
      count = now;
      stableSince = Date.now();
    } else if (Date.now() - stableSince >= quietMs) {
      return count;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return count;
}
