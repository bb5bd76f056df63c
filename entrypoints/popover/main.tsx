import { render } from 'preact';
import { browser } from 'wxt/browser';

import LocaleContext, { type Locale } from '../../components/Locale';
import { t as translate, uiLang, type MessageKey } from '../../components/i18n';
import { sendToBackground } from '../../protocol/messaging';
import { ToFrame, type FromFrame } from '../../protocol/popover-frame';
import { randomId } from '../../core/random-id';
import App, { type PopoverBridge } from './App';
import './style.css';

const t: Locale['t'] = (key, substitutions) => translate(key as MessageKey, substitutions);
const lang = uiLang();
const locale: Locale = { lang, dir: lang === 'ar' ? 'rtl' : 'ltr', t };
document.documentElement.lang = lang;
document.documentElement.dir = locale.dir;
document.title = t('extName');

// Chrome tells a frame who embeds it. Firefox either has no ancestorOrigins or reports the
// string "null" for a cross-origin parent: then the url check is skipped and posts go to "*"
// (nothing posted to the parent is sensitive, see protocol/popover-frame.ts).
const reported = (location as Location & { ancestorOrigins?: DOMStringList }).ancestorOrigins?.[0];
const parentOrigin = reported && reported !== 'null' ? reported : undefined;

// The content script that made this frame put a one-time secret in its URL fragment (the page
// cannot read a cross-origin frame's URL, nor the iframe in the content script's closed shadow
// root). Commands must carry it: the page can post into this frame too (window.frames), and
// without it could switch the card a reader is looking at. A frame the page embeds itself has no
// secret and obeys nothing. The fragment is dropped at once, so a later navigation cannot expose it.
const frameSecret = location.hash.slice(1);
history.replaceState(null, '', location.pathname + location.search);

const bridge: PopoverBridge = {
  getCard: (id) => sendToBackground('entity.get', { id }),
  notesForEntity: (entityId) => sendToBackground('notes.forEntity', { entityId }),
  saveNote: (note) => sendToBackground('notes.save', { note }),
  deleteNote: (id) => sendToBackground('notes.delete', { id }),
  openSource(articleId, quote) {
    const url = `${browser.runtime.getURL('/reader.html')}?article=${encodeURIComponent(articleId)}&quote=${encodeURIComponent(quote)}`;
    void browser.tabs.create({ url });
  },
  post(message: FromFrame) {
    window.parent.postMessage(message, parentOrigin ?? '*');
  },
  listen(handler) {
    // The page can post here too (window.frames), so only well-formed, non-sensitive commands
    // from our parent are accepted; nothing they carry is trusted with note text.
    const onMessage = (e: MessageEvent) => {
      if (e.source !== window.parent || (parentOrigin && e.origin !== parentOrigin)) return;
      if (!frameSecret || typeof e.data !== 'object' || e.data === null) return;
      const { secret, ...command } = e.data as { secret?: unknown };
      if (secret !== frameSecret) return;
      const parsed = ToFrame.safeParse(command);
      if (parsed.success) handler(parsed.data);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  },
  parentOrigin,
  newId: randomId,
  now: () => Date.now(),
  dismiss: (dismissal) => sendToBackground('dismissals.add', { dismissal }),
  entityPageUrl: (id) => browser.runtime.getURL(`/options.html#dataset/${encodeURIComponent(id)}`),
};

render(
  <LocaleContext.Provider value={locale}>
    <App bridge={bridge} />
  </LocaleContext.Provider>,
  document.getElementById('app')!,
);
