import type { Dataset } from '../../core/dataset/schema';
import { dateTimeAttr, formatDate, type Lang } from '../../core/dates';
import { t } from '../../components/i18n';
import { articleKindLabel } from '../../components/labels';

export interface AboutProps {
  dataset: Dataset;
  lang: Lang;
  /** The reader page's URL for an article. */
  readerUrl: (articleId: string) => string;
}

/**
 * Where the dataset comes from (each source article with its outlet, author, date and kind as far
 * as they are known), what it cannot tell the reader, and what Siyaq does with their data.
 */
export default function About({ dataset, lang, readerUrl }: AboutProps) {
  const entity = new Map(dataset.entities.map((e) => [e.id, e]));
  const unknown = <span class="muted">{t('reader_unknown')}</span>;
  return (
    <div class="about">
      <section aria-labelledby="about-sources">
        <h3 id="about-sources">{t('options_aboutSources')}</h3>
        <p>{t('options_aboutSourcesIntro', String(dataset.articles.length))}</p>
        <div class="table-wrap">
          <table class="sources" data-testid="sources-table">
            <thead>
              <tr>
                <th scope="col">{t('options_aboutColTitle')}</th>
                <th scope="col">{t('reader_outlet')}</th>
                <th scope="col">{t('reader_author')}</th>
                <th scope="col">{t('reader_date')}</th>
                <th scope="col">{t('reader_kind')}</th>
                <th scope="col">{t('reader_originalUrl')}</th>
              </tr>
            </thead>
            <tbody>
              {dataset.articles.map((a) => {
                const outlet = a.outletId ? entity.get(a.outletId) : undefined;
                const link = a.url ?? a.republishedUrl;
                return (
                  <tr key={a.id} data-article-id={a.id}>
                    <th scope="row" lang="ar" dir="rtl">
                      <a href={readerUrl(a.id)}>{a.title}</a>
                      {a.titleFrom === 'republication' && <small lang={lang}> ({t('popover_perRepublication')})</small>}
                    </th>
                    <td title={a.outletNote}>{outlet ? outlet.name[lang] : unknown}</td>
                    <td title={a.authorNote}>
                      {a.author ? a.author[lang] : unknown}
                      {a.author && a.authorFrom === 'republication' && ` (${t('popover_perRepublication')})`}
                    </td>
                    <td title={a.date.note}>
                      <time dateTime={dateTimeAttr(a.date)}>{formatDate(a.date, lang)}</time>
                    </td>
                    <td>{articleKindLabel(a.kind)}</td>
                    <td>
                      {link ? (
                        <a href={link} target="_blank" rel="noopener noreferrer">
                          {a.url ? t('options_aboutOriginal') : t('reader_republishedUrl')}
                        </a>
                      ) : (
                        unknown
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="about-limits">
        <h3 id="about-limits">{t('options_aboutLimits')}</h3>
        <ul>
          <li>{t('options_aboutLimitOutlets')}</li>
          <li>{t('options_aboutLimitOpinion')}</li>
          <li>{t('options_aboutLimitClaims')}</li>
          <li>{t('options_aboutLimitUnknown')}</li>
          <li>{t('options_aboutLimitScope')}</li>
        </ul>
      </section>
      <section aria-labelledby="about-privacy">
        <h3 id="about-privacy">{t('options_aboutPrivacy')}</h3>
        <ul>
          <li>{t('options_aboutPrivacyLocal')}</li>
          <li>{t('options_aboutPrivacyNetwork')}</li>
          <li>{t('options_aboutPrivacyNotes')}</li>
          <li>{t('options_aboutPrivacyExport')}</li>
        </ul>
      </section>
      <p class="muted">{t('options_aboutVersion', dataset.version)}</p>
    </div>
  );
}
