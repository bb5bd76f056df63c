import { render } from 'preact';
import { browser } from 'wxt/browser';

import '../../components/page.css';
import './style.css';
import { applyDocumentLang, loadMessages, t } from '../../components/i18n';
import Welcome from './Welcome';

void loadMessages().then(() => {
  applyDocumentLang();
  document.title = `${t('welcome_title')} — ${t('extName')}`;
  render(<Welcome settingsUrl={browser.runtime.getURL('/options.html#settings')} />, document.getElementById('app')!);
});
