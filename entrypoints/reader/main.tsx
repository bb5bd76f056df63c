import { render } from 'preact';

import '../../components/page.css';
import './style.css';
import { dataset } from '../../utils/bundled-dataset';
import { applyDocumentLang } from '../../utils/i18n';
import ReaderPage from './ReaderPage';

const params = new URLSearchParams(location.search);
const lang = applyDocumentLang();

render(
  <ReaderPage dataset={dataset} articleId={params.get('article')} quote={params.get('quote')} lang={lang} />,
  document.getElementById('app')!,
);
