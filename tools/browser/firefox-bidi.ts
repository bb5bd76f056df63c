/**
 * A minimal WebDriver BiDi client for Debian's `firefox-esr`: enough to install the Firefox build
 * as a temporary add-on, open a page and evaluate script in it. playwright-core's Firefox needs
 * Playwright's own patched build (a download this machine cannot make), so the smoke test speaks
 * BiDi to the stock browser directly.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import WebSocket from 'ws';

export const FIREFOX = '/usr/bin/firefox-esr';

/** Prefs that keep a fresh profile from reaching the network (telemetry, updates, remote settings). */
const QUIET_PREFS: Record<string, string | number | boolean> = {
  'app.update.enabled': false,
  'app.normandy.enabled': false,
  'browser.newtabpage.enabled': false,
  'browser.startup.homepage': 'about:blank',
  'browser.startup.page': 0,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.shell.checkDefaultBrowser': false,
  'datareporting.healthreport.uploadEnabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'extensions.getAddons.cache.enabled': false,
  'extensions.update.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'services.settings.server': 'http://127.0.0.1:1/',
  'toolkit.telemetry.enabled': false,
  'xpinstall.signatures.required': false,
  // Real-looking hosts for plain-http pages (not secure contexts): news.test resolves to this
  // machine, and is not upgraded to https first (the e2e server speaks http only).
  'network.dns.localDomains': 'news.test',
  'dom.security.https_first': false,
};

interface Pending {
  resolve: (v: unknown) => void;
  reject: (e: Error) => void;
}

export interface FirefoxSession {
  /** Sends one BiDi command and resolves with its `result`, or rejects with the BiDi error. */
  send<T = unknown>(method: string, params: Record<string, unknown>): Promise<T>;
  /** The top-level browsing context the session opened with. */
  context: string;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

async function connect(url: string, deadline: number): Promise<WebSocket> {
  for (;;) {
    try {
      return await new Promise<WebSocket>((resolve, reject) => {
        const ws = new WebSocket(url);
        ws.once('open', () => resolve(ws));
        ws.once('error', reject);
      });
    } catch (e) {
      if (Date.now() > deadline) throw new Error(`Firefox's BiDi endpoint never answered at ${url}: ${String(e)}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

/** Starts headless Firefox ESR with a throwaway profile and opens a BiDi session. */
export async function launchFirefox(): Promise<FirefoxSession> {
  if (!existsSync(FIREFOX)) throw new Error(`${FIREFOX} is missing: apt-get install -y firefox-esr`);
  const profile = mkdtempSync(join(tmpdir(), 'siyaq-ff-'));
  writeFileSync(
    join(profile, 'user.js'),
    Object.entries(QUIET_PREFS)
      .map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`)
      .join('\n'),
  );
  const port = await freePort();
  const proc: ChildProcess = spawn(
    FIREFOX,
    ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port', String(port)],
    { stdio: 'ignore' },
  );
  const ws = await connect(`ws://127.0.0.1:${port}/session`, Date.now() + 30_000);
  let nextId = 0;
  const pending = new Map<number, Pending>();
  ws.on('message', (raw) => {
    const msg = JSON.parse(String(raw)) as { id?: number; type: string; result?: unknown; error?: string; message?: string };
    const p = msg.id === undefined ? undefined : pending.get(msg.id);
    if (!p || msg.id === undefined) return;
    pending.delete(msg.id);
    if (msg.type === 'error') p.reject(new Error(`${msg.error}: ${msg.message}`));
    else p.resolve(msg.result);
  });
  const send = <T>(method: string, params: Record<string, unknown>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = ++nextId;
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      ws.send(JSON.stringify({ id, method, params }));
    });
  await send('session.new', { capabilities: {} });
  const tree = await send<{ contexts: { context: string }[] }>('browsingContext.getTree', {});
  const context = tree.contexts[0]?.context;
  if (!context) throw new Error('Firefox opened no browsing context');
  return {
    send,
    context,
    async close() {
      try {
        await send('browser.close', {});
      } catch {
        // The browser may close the socket before it answers.
      }
      ws.close();
      proc.kill();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Evaluates an expression in a browsing context and returns its serialised primitive value. */
export async function evaluate<T>(ff: FirefoxSession, expression: string): Promise<T> {
  const res = await ff.send<{ type: string; result?: { value?: T }; exceptionDetails?: { text: string } }>(
    'script.evaluate',
    { expression, target: { context: ff.context }, awaitPromise: true },
  );
  if (res.type !== 'success') throw new Error(`script error: ${res.exceptionDetails?.text ?? 'unknown'}`);
  return res.result?.value as T;
}
