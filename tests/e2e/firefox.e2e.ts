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

const FIREFOX_BUILD = process.env.SIYAQ_FIREFOX_EXTENSION_PATH || join(ROOT, '.output/firefox-mv2');

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
    // His name, or the bare title standing for him after his name (the dataset's alias with that
    // rule: «…يعزز من مكانة اللواء المتقاعد.» in this article).
    for (const t of texts) expect(t).toMatch(/حفتر|^اللواء المتقاعد$/);
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
      `document.querySelector('[data-siyaq-popover]')?.style.getPropertyValue('visibility') ?? ''`,
    );
    expect(visible).toBe('visible');
  });
});

/** Evaluates in any browsing context (a frame's) and returns the serialised primitive value. */
async function evalIn<T>(context: string, expression: string): Promise<T | undefined> {
  const res = await ff.send<{ type: string; result?: { value?: T } }>('script.evaluate', {
    expression,
    target: { context },
    awaitPromise: true,
  });
  return res.type === 'success' ? res.result?.value : undefined;
}

interface Ctx {
  context: string;
  url: string;
  children?: Ctx[] | null;
}
async function allContexts(): Promise<Ctx[]> {
  const tree = await ff.send<{ contexts: Ctx[] }>('browsingContext.getTree', { root: ff.context });
  const out: Ctx[] = [];
  const walk = (c: Ctx) => {
    out.push(c);
    for (const k of c.children ?? []) walk(k);
  };
  tree.contexts.forEach(walk);
  return out;
}

/** Waits until `expression` is true in `context` (polled: BiDi has no waitForFunction). */
async function waitIn(context: string, expression: string, timeout = 15_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await evalIn<boolean>(context, expression))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${expression}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Waits for a context whose URL matches `test`. */
async function contextWhere(test: (url: string) => boolean, timeout = 20_000): Promise<Ctx> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const found = (await allContexts()).find((c) => test(c.url));
    if (found) return found;
    if (Date.now() > deadline) throw new Error('no such browsing context');
    await new Promise((r) => setTimeout(r, 300));
  }
}

/**
 * A real click on the first name of `entityId` in `context` (the top page or a same-origin child
 * frame of it): its CSS highlight range, or (older builds) its highlight element. The point is
 * moved into the top page's viewport by the frame's own position there: in an RTL page a block
 * iframe narrower than the viewport sits at its right edge, not at x = 0.
 */
async function clickNameIn(context: string, entityId: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  let point: { x: number; y: number } | undefined;
  while (!point && Date.now() < deadline) {
    const json = await evalIn<string>(
      context,
      `(() => {
        let rect;
        const h = globalThis.CSS?.highlights?.get('siyaq-entity-${entityId}');
        if (h && h.size) {
          const s = [...h][0];
          const r = document.createRange();
          r.setStart(s.startContainer, s.startOffset);
          r.setEnd(s.endContainer, s.endOffset);
          s.startContainer.parentElement?.scrollIntoView({ block: 'center' });
          rect = r.getClientRects()[0];
        } else rect = document.querySelector('[data-entity-id="${entityId}"]')?.getClientRects()[0];
        if (!rect) return '';
        let x = rect.x + rect.width / 2;
        let y = rect.y + rect.height / 2;
        for (let w = window; w.frameElement; w = w.parent) {
          const f = w.frameElement.getBoundingClientRect();
          x += f.x + w.frameElement.clientLeft;
          y += f.y + w.frameElement.clientTop;
        }
        return JSON.stringify({ x, y });
      })()`,
    );
    if (json) point = JSON.parse(json);
    else await new Promise((r) => setTimeout(r, 400));
  }
  if (!point) throw new Error(`no name ${entityId}`);
  await ff.send('input.performActions', {
    context: ff.context,
    actions: [
      {
        type: 'pointer',
        id: 'mouse',
        actions: [
          { type: 'pointerMove', x: Math.round(point.x), y: Math.round(point.y) },
          { type: 'pointerDown', button: 0 },
          { type: 'pointerUp', button: 0 },
        ],
      },
    ],
  });
}

describe('issue 11 in Firefox', () => {
  it('hands the page no moz-extension:// URL (the per-install UUID) in any message, attribute or timing entry', async () => {
    const html = await (await fetch(server.articleUrl('000'))).text();
    server.route('/ff-spy/000.html', {
      body: html.replace(
        '<head>',
        `<head><script>
          window.__seen = [];
          addEventListener('message', (e) => window.__seen.push(String(e.origin) + ' ' + JSON.stringify(e.data)), true);
          new MutationObserver((ms) => { for (const m of ms) if (m.type === 'attributes') window.__seen.push(m.attributeName + '=' + m.target.getAttribute(m.attributeName)); })
            .observe(document, { attributes: true, subtree: true });
        </script>`,
      ),
    });
    await ff.send('browsingContext.navigate', { context: ff.context, url: server.url('/ff-spy/000.html'), wait: 'complete' });
    await clickNameIn(ff.context, 'khalifa-haftar');
    const popover = await contextWhere((u) => u.includes('/popover.html'));
    const deadline = Date.now() + 15_000;
    while (!(await evalIn<boolean>(popover.context, `!!document.querySelector('.entity-card')`)) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 300));
    await new Promise((r) => setTimeout(r, 1000));
    const leaks = await evaluate<string>(
      ff,
      `JSON.stringify([
        ...window.__seen,
        ...performance.getEntries().map((e) => e.name),
        ...[...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.value)),
        document.documentElement.outerHTML,
      ].filter((s) => /moz-extension:/i.test(s)))`,
    );
    expect(JSON.parse(leaks)).toEqual([]);
  });

  it('files a note made in a srcdoc frame under the page that wrote the frame, not about:srcdoc', async () => {
    const html = await (await fetch(server.articleUrl('000'))).text();
    const body = html.match(/<body[^>]*>([\s\S]*)<\/body>/)![1]!;
    const srcdoc = `<html lang="ar" dir="rtl"><head><meta charset="utf-8"></head><body>${body}</body></html>`;
    server.route('/ff-srcdoc/host.html', {
      body: `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>srcdoc host</title></head><body style="margin:0">
        <iframe id="inner" style="width:1000px;height:700px;border:0;display:block" srcdoc="${srcdoc.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"></iframe>
      </body></html>`,
    });
    const pageUrl = server.url('/ff-srcdoc/host.html');
    await ff.send('browsingContext.navigate', { context: ff.context, url: pageUrl, wait: 'complete' });
    const inner = await contextWhere((u) => u === 'about:srcdoc');
    await clickNameIn(inner.context, 'khalifa-haftar');
    const popover = await contextWhere((u) => u.includes('/popover.html'));
    await waitIn(popover.context, `!!document.querySelector('[role="dialog"][data-entity-id="khalifa-haftar"] .entity-card .note-add')`);
    await evalIn(popover.context, `document.querySelector('.note-add').click()`);
    await waitIn(popover.context, `!!document.querySelector('textarea')`);
    await evalIn(
      popover.context,
      `(() => {
        const area = document.querySelector('textarea');
        area.value = 'ملاحظة فايرفوكس في srcdoc';
        area.dispatchEvent(new Event('input', { bubbles: true }));
      })()`,
    );
    await waitIn(popover.context, `!document.querySelector('form button[type="submit"]').disabled`);
    await evalIn(popover.context, `document.querySelector('form button[type="submit"]').click()`);
    await waitIn(popover.context, `document.querySelector('.note-editor .note-text')?.textContent === 'ملاحظة فايرفوكس في srcdoc'`);
    const urls = await evalIn<string>(
      popover.context,
      `browser.runtime.sendMessage({ type: 'notes.forEntity', entityId: 'khalifa-haftar' }).then((r) => JSON.stringify(r.ok ? r.value.map((n) => n.url) : r))`,
    );
    expect(JSON.parse(urls ?? '[]')).toEqual([pageUrl]);
  });

  it("applies a dismissal made 'everywhere' inside a srcdoc frame, asked for the page that wrote it (about:srcdoc would be refused)", async () => {
    // The srcdoc page of the previous test is still open, with its paired popover frame.
    const inner = await contextWhere((u) => u === 'about:srcdoc');
    const painted = (id: string) =>
      `[...(CSS.highlights.get('siyaq-entity-${id}') ?? [])].map((s) => { const r = document.createRange(); r.setStart(s.startContainer, s.startOffset); r.setEnd(s.endContainer, s.endOffset); return r.toString(); })`;
    await waitIn(inner.context, `${painted('derna')}.length > 0`);
    const phrase = JSON.parse((await evalIn<string>(inner.context, `JSON.stringify(${painted('derna')}[0])`))!) as string;
    const popover = await contextWhere((u) => u.includes('/popover.html'));
    const dismissal = {
      id: 'ff-everywhere',
      phrase,
      entityId: 'derna',
      scope: 'everywhere',
      url: server.url('/ff-srcdoc/host.html'),
      context: '',
      createdAt: 0,
    };
    const added = await evalIn<boolean>(
      popover.context,
      `browser.runtime.sendMessage({ type: 'dismissals.add', dismissal: ${JSON.stringify(dismissal)} }).then((r) => r.ok)`,
    );
    expect(added).toBe(true);
    try {
      // Re-read with the dismissal: other names painted again, this phrase of درنة not.
      await waitIn(
        inner.context,
        `CSS.highlights.has('siyaq-entity-khalifa-haftar') && !${painted('derna')}.includes(${JSON.stringify(phrase)})`,
      );
    } finally {
      const popoverNow = await contextWhere((u) => u.includes('/popover.html'));
      await evalIn(popoverNow.context, `browser.runtime.sendMessage({ type: 'dismissals.remove', id: 'ff-everywhere' }).then(() => true)`);
    }
  });
});

describe('plain-http pages in Firefox', () => {
  it('highlights and opens a card on http://news.test, which is not a secure context', async () => {
    const path = new URL(server.articleUrl('000')).pathname;
    const url = server.hostUrl('news.test', path);
    await ff.send('browsingContext.navigate', { context: ff.context, url, wait: 'complete' });
    expect(await evaluate<string>(ff, 'location.href')).toBe(url);
    expect(await evaluate<boolean>(ff, 'window.isSecureContext')).toBe(false);
    expect(await evaluate<string>(ff, 'typeof crypto.randomUUID')).toBe('undefined');
    const ids = await settledHighlightIds(20_000);
    expect(ids).toContain('khalifa-haftar');

    await clickNameIn(ff.context, 'khalifa-haftar');
    const frame = await contextWhere((u) => u.includes('/popover.html'));
    await waitIn(frame.context, `!!document.querySelector('[role="dialog"][data-entity-id="khalifa-haftar"] .entity-card')`);
  });
});
