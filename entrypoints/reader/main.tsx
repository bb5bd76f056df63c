import { render } from 'preact';
import { browser } from 'wxt/browser';

import '../../components/page.css';
import './style.css';
import { applyDocumentLang, loadMessages, t } from '../../components/i18n';
import { sendToBackground } from '../../protocol/messaging';
import ReaderPage from './ReaderPage';

const params = new URLSearchParams(location.search);
const app = document.getElementById('app')!;

/** Back to where the reader came from: the previous page of this tab, or (a tab Siyaq opened) close it. */
function back(): void {
  if (history.length > 1) history.back();
  else void browser.tabs.getCurrent().then((tab) => (tab?.id === undefined ? window.close() : browser.tabs.remove(tab.id)));
}

async function main(): Promise<void> {
  await loadMessages();
  const lang = applyDocumentLang();
  app.textContent = t('options_loading');
  const id = params.get('article') ?? '';
  const found = id ? await sendToBackground('article.get', { id }) : undefined;
  const article = found?.ok ? found.value : undefined;
  const refs = article?.outletId ? await sendToBackground('entity.refs', { ids: [article.outletId] }) : undefined;
  app.textContent = '';
  render(
    <ReaderPage article={article} outlet={refs?.ok ? refs.value[0] : undefined} quote={params.get('quote')} lang={lang} onBack={back} />,
    app,
  );
}

void main();
