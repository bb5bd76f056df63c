import { useEffect, useMemo, useState } from 'preact/hooks';

import type { Dataset } from '../../core/dataset/schema';
import { cardFromDataset, entityGroups } from '../../core/dataset/views';
import type { Lang } from '../../core/dates';
import { countOf, t } from '../../components/i18n';
import EntityCard from '../../components/EntityCard';
import { entityTypeLabel } from '../../components/labels';

export interface DatasetBrowserProps {
  dataset: Dataset;
  lang: Lang;
  /** An entity to open and scroll to (from a link elsewhere on the page). */
  focusId?: string;
  /** Follow a link to another entity. */
  onNavigate: (entityId: string) => void;
  /** «افتح المصدر»: open the reader at a citation. */
  onOpenSource: (articleId: string, quote: string) => void;
}

/**
 * Every entity of the dataset, grouped by type and searchable (Arabic-aware); each opens to its
 * card — description, claims newest first with their citations, related entities — drawn with the
 * popover's own components. Cards render only when opened.
 */
export default function DatasetBrowser({ dataset, lang, focusId, onNavigate, onOpenSource }: DatasetBrowserProps) {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const groups = useMemo(() => entityGroups(dataset, query, lang), [dataset, query, lang]);
  const other = lang === 'ar' ? 'en' : 'ar';

  useEffect(() => {
    if (!focusId || !dataset.entities.some((e) => e.id === focusId)) return;
    setQuery('');
    setOpen((s) => new Set([...s, focusId]));
    requestAnimationFrame(() => {
      const summary = document.querySelector<HTMLElement>(`#entity-${CSS.escape(focusId)} > summary`);
      summary?.scrollIntoView?.({ block: 'start' });
      summary?.focus();
    });
  }, [focusId, dataset]);

  const toggle = (id: string, isOpen: boolean) =>
    setOpen((s) => {
      if (s.has(id) === isOpen) return s;
      const next = new Set(s);
      if (isOpen) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <div class="dataset-browser">
      <p class="muted">
        {t('options_datasetStats', [countOf('name', dataset.entities.length, lang), countOf('claim', dataset.claims.length, lang), countOf('article', dataset.articles.length, lang)])}
      </p>
      <div role="search">
        <label>
          <span>{t('options_searchEntities')}</span>
          <input type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} data-testid="entity-search" />
        </label>
      </div>
      {groups.length === 0 && <p role="status">{t('options_noResults')}</p>}
      {groups.map((g) => (
        <section key={g.type} class="entity-group" aria-labelledby={`group-${g.type}`}>
          <h3 id={`group-${g.type}`}>
            {entityTypeLabel(g.type)} <span class="muted">({g.entities.length})</span>
          </h3>
          <ul class="entity-list">
            {g.entities.map((e) => {
              const isOpen = open.has(e.id);
              const card = isOpen ? cardFromDataset(dataset, e.id) : undefined;
              return (
                <li key={e.id}>
                  <details
                    id={`entity-${e.id}`}
                    data-entity-id={e.id}
                    open={isOpen}
                    onToggle={(ev) => toggle(e.id, (ev.currentTarget as HTMLDetailsElement).open)}
                  >
                    <summary>
                      <span class="entity-summary-name">{e.name[lang]}</span>{' '}
                      <span class="muted" lang={other} dir={other === 'ar' ? 'rtl' : 'ltr'}>
                        {e.name[other]}
                      </span>
                    </summary>
                    {card && (
                      <EntityCard
                        card={card}
                        headingId={`card-${e.id}`}
                        onNavigate={onNavigate}
                        onOpenSource={onOpenSource}
                      />
                    )}
                  </details>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
