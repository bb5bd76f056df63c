import { useEffect, useMemo, useRef } from 'preact/hooks';

import { articleKindLabel } from '../../components/labels';
import type { Article } from '../../core/dataset/schema';
import type { EntityRef } from '../../protocol/messages';
import { dateTimeAttr, formatDate, type Lang } from '../../core/dates';
import { t } from '../../components/i18n';
import MarkedText from '../../components/MarkedText';
import { locateQuote, rangeInParagraph, splitParagraphs } from './locate-quote';

/** Props: the article (`article.get`), its outlet's name, and the `quote` of `reader.html?article=<id>&quote=<quote>`. */
export interface ReaderPageProps {
  article: Article | undefined;
  outlet: EntityRef | undefined;
  quote: string | null;
  lang: Lang;
  /** Goes back to where the reader came from (the previous page, or closes this tab). */
  onBack?: () => void;
}

/** Siyaq's name on the page and the way back to where the reader came from. */
function ReaderBar({ onBack }: { onBack?: () => void }) {
  return (
    <nav class="reader-bar" aria-label={t('extName')}>
      <span class="reader-brand">{t('extName')}</span>
      {onBack && (
        <button type="button" class="reader-back" onClick={onBack}>
          {t('reader_back')}
        </button>
      )}
    </nav>
  );
}

/**
 * A bundled source article, verbatim and right-to-left, with its metadata and the cited passage
 * marked and scrolled into view.
 */
export default function ReaderPage({ article, outlet, quote, lang, onBack }: ReaderPageProps) {
  const range = useMemo(() => (article && quote ? locateQuote(article.text, quote) : null), [article, quote]);
  const paragraphs = useMemo(() => (article ? splitParagraphs(article.text) : []), [article]);
  const text = useRef<HTMLElement>(null);

  useEffect(() => {
    if (article) document.title = `${article.title} — ${t('extName')}`;
    // The paragraphs' marks are in place: MarkedText marks in a layout effect, which runs first.
    const mark = text.current?.querySelector<HTMLElement>('mark[data-quote]');
    if (!mark) return;
    mark.tabIndex = -1;
    mark.scrollIntoView?.({ block: 'center' });
    mark.focus({ preventScroll: true });
  }, [article, range]);

  if (!article) {
    return (
      <main class="reader">
        <ReaderBar onBack={onBack} />
        <p class="notice error" role="alert">
          {t('reader_noArticle')}
        </p>
      </main>
    );
  }

  const unknown = <span class="muted">{t('reader_unknown')}</span>;

  return (
    <main class="reader">
      <ReaderBar onBack={onBack} />
      <header>
        <h1 lang="ar" dir="rtl" title={article.titleNote}>
          {article.title}
          {article.titleFrom === 'republication' && <PerRepublication note={article.titleNote} lang={lang} />}
        </h1>
        <dl class="meta">
          <dt>{t('reader_outlet')}</dt>
          <dd title={article.outletNote}>{outlet ? outlet.name[lang] : <span class="muted">{t('reader_unknownOutlet')}</span>}</dd>
          <dt>{t('reader_author')}</dt>
          <dd title={article.authorNote}>
            {article.author ? article.author[lang] : unknown}
            {article.author && article.authorFrom === 'republication' && <PerRepublication note={article.authorNote} lang={lang} />}
          </dd>
          <dt>{t('reader_date')}</dt>
          <dd title={article.date.note}>
            <time dateTime={dateTimeAttr(article.date)}>{formatDate(article.date, lang)}</time>
          </dd>
          <dt>{t('reader_kind')}</dt>
          <dd>{articleKindLabel(article.kind)}</dd>
          <dt>{t('reader_originalUrl')}</dt>
          <dd>
            {article.url ? (
              <a href={article.url} rel="noopener noreferrer" target="_blank" dir="ltr">
                {decodeForDisplay(article.url)}
              </a>
            ) : (
              unknown
            )}
          </dd>
          {article.republishedUrl && (
            <>
              <dt>{t('reader_republishedUrl')}</dt>
              <dd>
                <a href={article.republishedUrl} rel="noopener noreferrer" target="_blank" dir="ltr">
                  {decodeForDisplay(article.republishedUrl)}
                </a>
              </dd>
            </>
          )}
        </dl>
        <p class="notice">{t('reader_notice')}</p>
        {quote && !range && (
          <p class="notice error" role="alert" data-testid="quote-not-found">
            {t('reader_quoteNotFound')}
          </p>
        )}
      </header>
      <article class="source-text" lang="ar" dir="rtl" aria-label={t('reader_sourceText')} ref={text}>
        {paragraphs.map((p) => (
          <p key={p.start}>
            <MarkedText text={p.text} ranges={rangeInParagraph(p, range)} onMark={tagQuote} />
          </p>
        ))}
      </article>
    </main>
  );
}

/** «(بحسب إعادة نشر)» after a title or author the dataset has only from a republication. */
function PerRepublication({ note, lang }: { note?: string; lang: Lang }) {
  return (
    <small class="per-republication" lang={lang} title={note}>
      {' '}({t('popover_perRepublication')})
    </small>
  );
}

/** Tags the marks of the cited passage (the page's styles and tests find them by it). */
function tagQuote(mark: HTMLElement): void {
  mark.setAttribute('data-quote', '');
}

/** A URL with its percent-encoded Arabic shown as letters (the href stays encoded). */
function decodeForDisplay(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}
