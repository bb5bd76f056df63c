import type { ArticleMeta, Claim } from '../core/dataset/schema';
import { dateTimeAttr, formatDate } from '../core/dates';
import type { EntityRef } from '../protocol/messages';
import KindBadge from './KindBadge';
import { pick, useLocale } from './Locale';

export interface ClaimItemProps {
  claim: Claim;
  /** Metadata of the articles the claim cites, by id. */
  articles: ReadonlyMap<string, ArticleMeta>;
  /** Names of the entities the claim and its articles mention, by id. */
  refs: ReadonlyMap<string, EntityRef>;
  /** «افتح المصدر»: open the bundled article in the reader at this quote. */
  onOpenSource: (articleId: string, quote: string) => void;
  /** Follow a link to another entity's card. */
  onNavigate: (entityId: string) => void;
}

/**
 * «(بحسب إعادة نشر)» after a title or author the dataset has only from a republication: a reader
 * weighing a claim should see that the byline is second-hand. The dataset's note is the tooltip.
 */
export function PerRepublication({ note }: { note?: string }) {
  const { t } = useLocale();
  return (
    <span class="per-republication" title={note}>
      {' '}({t('popover_perRepublication')})
    </span>
  );
}

/**
 * One attributed claim: its kind, who claims it («بحسب …»), its date as the source gives it, the
 * summary (written as attributed, never as fact), and each citation with its verbatim quote.
 */
export default function ClaimItem({ claim, articles, refs, onOpenSource, onNavigate }: ClaimItemProps) {
  const { lang, t } = useLocale();
  const claimant = refs.get(claim.claimant);
  const claimantName = claim.claimantNote
    ? pick(claim.claimantNote, lang)
    : claimant
      ? pick(claimant.name, lang)
      : claim.claimant;

  return (
    <li class="claim" data-claim-id={claim.id}>
      <div class="claim-head">
        <KindBadge kind={claim.kind} />
        <span class="claimant">
          {t('popover_accordingTo')}{' '}
          {claimant && !claim.claimantNote ? (
            <button type="button" class="link" onClick={() => onNavigate(claimant.id)}>
              {claimantName}
            </button>
          ) : (
            claimantName
          )}
        </span>
        <time class="claim-date" dateTime={dateTimeAttr(claim.date)} title={claim.date.note}>
          {formatDate(claim.date, lang)}
        </time>
      </div>
      <p class="claim-summary">{pick(claim.summary, lang)}</p>
      <ul class="citations">
        {claim.citations.map((c) => {
          const article = articles.get(c.articleId);
          const outlet = article?.outletId ? refs.get(article.outletId) : undefined;
          return (
            <li class="citation" key={`${c.articleId}:${c.quote.slice(0, 24)}`}>
              <blockquote lang="ar" dir="rtl">
                «{c.quote}»
              </blockquote>
              <p class="citation-meta">
                <span class="outlet">{outlet ? pick(outlet.name, lang) : t('popover_outletUnknown')}</span>
                {' · '}
                <cite lang="ar">{article?.title ?? c.articleId}</cite>
                {article?.titleFrom === 'republication' && <PerRepublication note={article.titleNote} />}
                {' · '}
                <span class="author">
                  {article?.author ? pick(article.author, lang) : t('popover_authorUnknown')}
                  {article?.author && article.authorFrom === 'republication' && <PerRepublication note={article.authorNote} />}
                </span>
                {' · '}
                {article ? (
                  <time dateTime={dateTimeAttr(article.date)} title={article.date.note}>
                    {formatDate(article.date, lang)}
                  </time>
                ) : null}
              </p>
              <p class="citation-actions">
                <button type="button" class="open-source" onClick={() => onOpenSource(c.articleId, c.quote)}>
                  {t('popover_openSource')}
                </button>
                {article?.url ? (
                  <a href={article.url} target="_blank" rel="noopener noreferrer" class="original-url">
                    {t('popover_originalUrl')}
                  </a>
                ) : article?.republishedUrl ? (
                  <a href={article.republishedUrl} target="_blank" rel="noopener noreferrer" class="original-url">
                    {t('popover_republishedUrl')}
                  </a>
                ) : null}
              </p>
            </li>
          );
        })}
      </ul>
    </li>
  );
}
