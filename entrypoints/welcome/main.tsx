import { render } from 'preact';
import { browser } from 'wxt/browser';

import '../../components/page.css';
import './style.css';
import { applyDocumentLang, t } from '../../components/i18n';
import Welcome from './Welcome';

applyDocumentLang();
document.title = `${t('welcome_title')} — ${t('extName')}`;
render(<Welcome settingsUrl={browser.runtime.getURL('/options.html#settings')} />, document.getElementById('app')!);
