import { render } from 'preact';
import { browser } from 'wxt/browser';

import LocaleContext, { type Locale } from '../../components/Locale';
import { loadMessages, t as translate, uiLang, type MessageKey } from '../../components/i18n';
import { FRAME_PORT, readBrokerToFrame, readFrameNonce } from '../../protocol/frame-port';
import type { FrameToBroker, ToFrame } from '../../protocol/popover-frame';
import { sendToBackground } from '../../protocol/result';
import { randomId } from '../../core/random-id';
import App, { type PopoverBridge } from './App';
import { CardCache } from './card-cache';
import './style.css';

/** A bench-build-only timeline mark in the frame (tools/bench/popover-ab.ts reads them). */
function probe(step: string): void {
  if (import.meta.env.WXT_SIYAQ_BENCH === 'true') performance.mark(`siyaq:p:frame-${step}`);
}
probe('module');

const t: Locale['t'] = (key, substitutions) => translate(key as MessageKey, substitutions);
/** The interface language and strings, once they are loaded (components/i18n.ts `loadMessages`). */
const localeReady: Promise<Locale> = loadMessages().then(() => {
  probe('messages');
  const lang = uiLang();
  const locale: Locale = { lang, dir: lang === 'ar' ? 'rtl' : 'ltr', t };
  document.documentElement.lang = lang;
  document.documentElement.dir = locale.dir;
  document.title = t('extName');
  return locale;
});

/** The frame's entity cards (./card-cache.ts). */
const cards = new CardCache((id) => {
  probe(`getCard-${id}`);
  return sendToBackground('entity.get', { id }).finally(() => probe(`gotCard-${id}`));
});

// The frame channel (protocol/popover-frame.ts): a port to the background, which pairs it with the
// content script that made this frame once we claim the nonce that content script posted us.
// Until then nothing renders and the background answers this frame no note request: a
// popover.html the page embeds or navigates to itself stays blank.
const port = browser.runtime.connect({ name: FRAME_PORT });
const send = (message: FrameToBroker) => {
  try {
    port.postMessage(message);
  } catch {
    // The background went away (service worker stopped): the content script makes a new frame.
  }
};
let paired = false;
let handler: ((message: ToFrame) => void) | null = null;
const early: ToFrame[] = [];

port.onMessage.addListener((raw: unknown) => {
  const parsed = readBrokerToFrame(raw);
  if (!parsed) return;
  if (parsed.kind === 'paired') {
    if (paired) return;
    paired = true;
    probe('paired');
    window.removeEventListener('message', onNonce);
    start();
  } else if (paired) {
    const message = parsed.message;
    // The card's request goes now, before the card's first render is set up (or before the app
    // has mounted, when the show came with the pairing).
    if (message.type === 'siyaq:show') {
      probe('show');
      void cards.get(message.entityId);
    }
    if (handler) handler(parsed.message);
    else early.push(parsed.message);
  }
});
port.onDisconnect.addListener(() => {
  handler = null;
});

// The nonce is the one thing that arrives over a window: from our parent, addressed to the
// extension's origin (so no other page can read it). The page can post here too, but a nonce it
// makes up pairs with nothing, and the background spends each nonce once.
function onNonce(e: MessageEvent): void {
  if (paired || e.source !== window.parent) return;
  const nonce = readFrameNonce(e.data);
  if (nonce) {
    probe('nonce');
    send({ kind: 'claim', nonce });
  }
}
window.addEventListener('message', onNonce);

const bridge: PopoverBridge = {
  cards,
  notesForEntity: (entityId) => sendToBackground('notes.forEntity', { entityId }).finally(() => probe(`gotNotes-${entityId}`)),
  saveNote: (note) => sendToBackground('notes.save', { note }),
  deleteNote: (id) => sendToBackground('notes.delete', { id }),
  openSource(articleId, quote) {
    const url = `${browser.runtime.getURL('/reader.html')}?article=${encodeURIComponent(articleId)}&quote=${encodeURIComponent(quote)}`;
    void browser.tabs.create({ url });
  },
  post(message) {
    if (message.type === 'siyaq:rendered') probe('rendered-posted');
    send({ kind: 'from-frame', message });
  },
  listen(fn) {
    handler = fn;
    for (const m of early.splice(0)) fn(m);
    return () => {
      if (handler === fn) handler = null;
    };
  },
  newId: randomId,
  now: () => Date.now(),
  dismiss: (dismissal) => sendToBackground('dismissals.add', { dismissal }),
  entityPageUrl: (id) => browser.runtime.getURL(`/options.html#dataset/${encodeURIComponent(id)}`),
};

function start(): void {
  void localeReady.then((locale) => {
    probe('render-start');
    render(
      <LocaleContext.Provider value={locale}>
        <App bridge={bridge} />
      </LocaleContext.Provider>,
      document.getElementById('app')!,
    );
    probe('render-end');
  });
}
