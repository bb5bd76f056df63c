import { useMemo } from 'preact/hooks';

import type { ArticleMeta, Dataset } from '../../core/dataset/schema';
import { timelineGroups } from '../../core/dataset/views';
import { formatDate, type Lang } from '../../core/dates';
import { t } from '../../components/i18n';
import type { EntityRef } from '../../protocol/messages';
import ClaimItem from '../../components/ClaimItem';

export interface TimelineProps {
  dataset: Dataset;
  lang: Lang;
  onNavigate: (entityId: string) => void;
  onOpenSource: (articleId: string, quote: string) => void;
}

/**
 * Every claim of the dataset by date, grouped by year; each date is shown at the precision its
 * source gives (a year stays a year, an inferred date is hedged), and claims without a date of
 * their own are gathered under «غير مؤرخ» at the end.
 */
export default function Timeline({ dataset, lang, onNavigate, onOpenSource }: TimelineProps) {
  const groups = useMemo(() => timelineGroups(dataset.claims), [dataset]);
  const articles = useMemo(
    () => new Map<string, ArticleMeta>(dataset.articles.map(({ text: _text, ...meta }) => [meta.id, meta])),
    [dataset],
  );
  const refs = useMemo(
    () => new Map<string, EntityRef>(dataset.entities.map((e) => [e.id, { id: e.id, type: e.type, name: e.name }])),
    [dataset],
  );

  return (
    <div class="timeline">
      <p class="notice">{t('options_timelineHelp')}</p>
      {groups.map((g) => {
        const id = `year-${g.year ?? 'undated'}`;
        return (
          <section key={id} class="timeline-group" aria-labelledby={id} data-year={g.year ?? 'undated'}>
            <h3 id={id}>
              {g.year ?? formatDate({ precision: 'unknown', inferred: false }, lang)}{' '}
              <span class="muted">({g.claims.length})</span>
            </h3>
            <ol class="claim-list">
              {g.claims.map((c) => (
                <ClaimItem
                  key={c.id}
                  claim={c}
                  articles={articles}
                  refs={refs}
                  onNavigate={onNavigate}
                  onOpenSource={onOpenSource}
                />
              ))}
            </ol>
          </section>
        );
      })}
    </div>
  );
}
