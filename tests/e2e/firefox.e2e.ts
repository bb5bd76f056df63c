/**
 * Firefox smoke test: the Firefox build (.output/firefox-mv2, made by `npm run build:firefox`)
 * installed as a temporary add-on in Debian's firefox-esr over WebDriver BiDi, on a served
 * article page. It checks that the content script runs there and highlights the dataset's names.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { evaluate, FIREFOX, launchFirefox, type FirefoxSession } from './firefox-bidi';
import { ROOT } from './harness';
import { startServer, type TestServer } from './server';

const FIREFOX_BUILD = join(ROOT, '.output/firefox-mv2');

let ff: FirefoxSession;
let server: TestServer;

beforeAll(async () => {
  if (!existsSync(FIREFOX)) throw new Error(`${FIREFOX} is missing: .ci/run installs it (apt-get install -y firefox-esr)`);
  if (!existsSync(join(FIREFOX_BUILD, 'manifest.json')))
    throw new Error(`${FIREFOX_BUILD} is missing: run npm run build:firefox`);
  server = await startServer();
  ff = await launchFirefox();
});

afterAll(async () => {
  await ff?.close();
  await server?.close();
});

/** Polls until the page has highlights and their count has stopped changing. */
async function settledHighlightIds(deadlineMs: number): Promise<string[]> {
  const deadline = Date.now() + deadlineMs;
  let last = -1;
  for (;;) {
    const ids = await evaluate<string>(
      ff,
      `JSON.stringify([...document.querySelectorAll('[data-entity-id]')].map((e) => e.getAttribute('data-entity-id')))`,
    );
    const list = JSON.parse(ids) as string[];
    if (list.length > 0 && list.length === last) return list;
    last = list.length;
    if (Date.now() > deadline) return list;
    await new Promise((r) => setTimeout(r, 400));
  }
}

describe('Firefox build in firefox-esr', () => {
  it('installs as a temporary add-on and highlights names on an Arabic article', async () => {
    const installed = await ff.send<{ extension: string }>('webExtension.install', {
      extensionData: { type: 'path', path: FIREFOX_BUILD },
    });
    expect(installed.extension).toBe('siyaq@siyaq.example');

    await ff.send('browsingContext.navigate', { context: ff.context, url: server.articleUrl('000'), wait: 'complete' });
    const ids = await settledHighlightIds(20_000);
    expect(ids).toContain('khalifa-haftar');
    expect(ids).toContain('derna');
    expect(ids).toContain('islamic-state');

    // Highlighting only wraps: the article's text is unchanged.
    const text = await evaluate<string>(ff, `document.querySelector('article')?.textContent ?? document.body.textContent`);
    expect(text).toContain('لماذا لم تستهدف قوات حفتر تنظيم الدولة بدرنة؟');
  });
});
