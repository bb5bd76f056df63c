import { render } from 'preact';
import { browser } from 'wxt/browser';

import '../../components/page.css';
import './style.css';
import { applyDocumentLang, loadMessages } from '../../components/i18n';
import { sendToBackground, sendToTab } from '../../protocol/messaging';
import Popup, { type PopupApi } from './Popup';

// `popup.html?tabId=N` pins the popup to a tab: e2e tests open it as a page, where "the active
// tab" would be the popup itself.
const pinned = Number(new URLSearchParams(location.search).get('tabId'));

const api: PopupApi = {
  async currentTab() {
    const tab = Number.isInteger(pinned) && pinned > 0
      ? await browser.tabs.get(pinned).catch(() => undefined)
      : (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0];
    return tab?.id === undefined ? undefined : { id: tab.id, url: tab.url };
  },
  toBackground: sendToBackground,
  toTab: sendToTab,
  openOptions() {
    void browser.tabs.create({ url: browser.runtime.getURL('/options.html#settings') });
    window.close();
  },
  pageLanguage: (tabId) => browser.tabs.detectLanguage(tabId),
  async shortcuts() {
    const commands = await browser.commands.getAll();
    return commands
      .filter((c) => c.name && c.description)
      .map((c) => ({ description: c.description ?? '', shortcut: c.shortcut ?? '' }));
  },
};

void loadMessages().then(() => render(<Popup api={api} lang={applyDocumentLang()} />, document.getElementById('app')!));
