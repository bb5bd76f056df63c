/**
 * Firefox smoke test: the Firefox build (.output/firefox-mv2, made by `npm run build:firefox`)
 * installed as a temporary add-on in Debian's firefox-esr over WebDriver BiDi, on a served
 * article page. It checks that the content script runs there and highlights the dataset's names.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { evaluate, FIREFOX, launchFirefox, type FirefoxSession } from '../../tools/browser/firefox-bidi';
import { ROOT } from '../../tools/browser/harness';
import { startServer, type TestServer } from '../../tools/browser/server';

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
    // The page's main world reads the registry: one siyaq-entity-<id> Highlight per entity.
    const ids = await evaluate<string>(
      ff,
      `JSON.stringify(typeof CSS === 'undefined' || !CSS.highlights ? [] : [...CSS.highlights].filter(([k]) => k.startsWith('siyaq-entity-')).flatMap(([k, h]) => [...h].map(() => k.slice(13))))`,
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

    // Names are ranges: their text is the name, and the page has no element of ours.
    const texts = JSON.parse(
      await evaluate<string>(
        ff,
        `JSON.stringify([...(CSS.highlights.get('siyaq-entity-khalifa-haftar') ?? [])].map((r) => { const x = document.createRange(); x.setStart(r.startContainer, r.startOffset); x.setEnd(r.endContainer, r.endOffset); return x.toString(); }))`,
      ),
    ) as string[];
    expect(texts.length).toBeGreaterThan(0);
    for (const t of texts) expect(t).toMatch(/حفتر/);
    expect(await evaluate<number>(ff, `document.querySelectorAll('siyaq-mark, [data-entity-id]').length`)).toBe(0);
    const text = await evaluate<string>(ff, `document.querySelector('article')?.textContent ?? document.body.textContent`);
    expect(text).toContain('لماذا لم تستهدف قوات حفتر تنظيم الدولة بدرنة؟');
  });

  it('opens the popover from a real click, with the entity card in the extension frame', async () => {
    // A trusted click, as a reader's: pointer actions at the centre of the name's range.
    const point = JSON.parse(
      await evaluate<string>(
        ff,
        `(() => { const r = [...CSS.highlights.get('siyaq-entity-khalifa-haftar')][0]; const x = document.createRange(); x.setStart(r.startContainer, r.startOffset); x.setEnd(r.endContainer, r.endOffset); x.startContainer.parentElement.scrollIntoView({ block: 'center' }); const b = x.getClientRects()[0]; return JSON.stringify({ x: Math.round(b.left + b.width / 2), y: Math.round(b.top + b.height / 2) }); })()`,
      ),
    ) as { x: number; y: number };
    await ff.send('input.performActions', {
      context: ff.context,
      actions: [
        {
          type: 'pointer',
          id: 'mouse',
          actions: [
            { type: 'pointerMove', x: point.x, y: point.y, origin: 'viewport' },
            { type: 'pointerDown', button: 0 },
            { type: 'pointerUp', button: 0 },
          ],
        },
      ],
    });

    const deadline = Date.now() + 15_000;
    let card = false;
    while (!card && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 300));
      const tree = await ff.send<{ contexts: { context: string; children: { context: string; url: string }[] }[] }>(
        'browsingContext.getTree',
        { root: ff.context },
      );
      const frame = tree.contexts[0]?.children.find((c) => c.url.includes('/popover.html'));
      if (!frame) continue;
      const res = await ff.send<{ type: string; result?: { value?: boolean } }>('script.evaluate', {
        expression: `!!document.querySelector('[role="dialog"][data-entity-id="khalifa-haftar"] .entity-card')`,
        target: { context: frame.context },
        awaitPromise: false,
      });
      card = res.type === 'success' && res.result?.value === true;
    }
    expect(card).toBe(true);
    const visible = await evaluate<string>(
      ff,
      `document.querySelector('siyaq-popover')?.style.getPropertyValue('visibility') ?? ''`,
    );
    expect(visible).toBe('visible');
  });
});
