import { render } from 'preact';

import '../../components/page.css';
import './style.css';
import { dataset } from '../../components/bundled-dataset';
import { applyDocumentLang } from '../../components/i18n';
import ReaderPage from './ReaderPage';

const params = new URLSearchParams(location.search);
const lang = applyDocumentLang();

render(
  <ReaderPage dataset={dataset} articleId={params.get('article')} quote={params.get('quote')} lang={lang} />,
  document.getElementById('app')!,
);
