import { render } from 'preact';

import '../../components/page.css';
import './style.css';
import LocaleContext, { type Locale } from '../../components/Locale';
import { dataset } from '../../components/bundled-dataset';
import { applyDocumentLang, loadMessages, t, type MessageKey } from '../../components/i18n';
import App from './App';
import { backgroundNotesStore } from './notes-store';

void loadMessages().then(() => {
  const lang = applyDocumentLang();
  const locale: Locale = { lang, dir: lang === 'ar' ? 'rtl' : 'ltr', t: (key, subs) => t(key as MessageKey, subs) };

  render(
    <LocaleContext.Provider value={locale}>
      <App dataset={dataset} lang={lang} store={backgroundNotesStore()} />
    </LocaleContext.Provider>,
    document.getElementById('app')!,
  );
});
