import './card.css';
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';

import type { EntityType } from '../core/dataset/schema';
import type { EntityCard as Card } from '../protocol/messages';
import ClaimItem from './ClaimItem';
import { pick, useLocale } from './Locale';
import LocatorMap from './LocatorMap';

/** `_locales` key of each entity type's label. */
export const TYPE_MESSAGE: Record<EntityType, string> = {
  person: 'popover_typePerson',
  organization: 'popover_typeOrganization',
  place: 'popover_typePlace',
  event: 'popover_typeEvent',
  outlet: 'popover_typeOutlet',
};

export interface EntityCardProps {
  card: Card;
  onNavigate: (entityId: string) => void;
  onOpenSource: (articleId: string, quote: string) => void;
  /** Rendered after the description: the popover puts the reader's note on this highlight here. */
  children?: ComponentChildren;
  /** Rendered at the end of the card: the reader's notes on this entity elsewhere. */
  footer?: ComponentChildren;
  /** Id for the card's heading, so the dialog can be labelled by it. */
  headingId?: string;
  /**
   * Render only this many claims at first and the rest on the next frame: the popover shows the
   * first few within its height anyway, and a card with dozens of claims would delay it. All by default.
   */
  initialClaims?: number;
}

/**
 * An entity's card: both names, type, one-line description, a locator map for places, a plain
 * statement of what the claims are (reported, not verified) and where they come from (and, when the
 * dataset build marked the entity `oneSided`, that every claim about it comes from critical sources), the claims
 * newest first (the order `entity.get` gives), and links to related entities.
 */
export default function EntityCard({
  card,
  onNavigate,
  onOpenSource,
  children,
  footer,
  headingId,
  initialClaims = Infinity,
}: EntityCardProps) {
  const { lang, t } = useLocale();
  const [limit, setLimit] = useState(initialClaims);
  useEffect(() => {
    if (limit >= card.claims.length) return;
    const id = requestAnimationFrame(() => setLimit(Infinity));
    return () => cancelAnimationFrame(id);
  }, [limit, card.claims.length]);
  const { entity } = card;
  const other = lang === 'ar' ? 'en' : 'ar';
  const articles = new Map(card.articles.map((a) => [a.id, a]));
  const refs = new Map([...card.refs, ...card.related].map((r) => [r.id, r]));
  const outlets = [
    ...new Set(
      card.articles.map((a) => {
        const outlet = a.outletId ? refs.get(a.outletId) : undefined;
        return outlet ? pick(outlet.name, lang) : t('popover_outletUnknown');
      }),
    ),
  ];

  return (
    <article class="entity-card" data-entity-id={entity.id}>
      <header class="entity-head">
        <h2 id={headingId} class="entity-name">
          {pick(entity.name, lang)}
        </h2>
        <p class="entity-name-other" lang={other} dir={other === 'ar' ? 'rtl' : 'ltr'}>
          {entity.name[other]}
        </p>
        <p class="entity-type">{t(TYPE_MESSAGE[entity.type])}</p>
      </header>
      <p class="entity-description">{pick(entity.description, lang)}</p>
      {entity.type === 'place' && entity.coords ? (
        <LocatorMap
          lon={entity.coords.lon}
          lat={entity.coords.lat}
          approximate={entity.coords.precision === 'region'}
          label={t('popover_mapLabel', pick(entity.name, lang))}
        />
      ) : null}
      {children}
      <section class="claims" aria-labelledby={headingId ? `${headingId}-claims` : undefined}>
        <h3 id={headingId ? `${headingId}-claims` : undefined}>{t('popover_claims')}</h3>
        {/* One line before the claims on every card; the card's outlets and the dataset's limits are
            one click away (a 5-line block left room for about one claim in the 560 px card). */}
        <div class="disclaimer" role="note">
          <p>{t('popover_disclaimer')}</p>
          <details class="disclaimer-more">
            <summary>{t('popover_aboutSources')}</summary>
            <p>
              {card.articles.length > 0 ? t('popover_cardSources', new Intl.ListFormat(lang, { type: 'conjunction' }).format(outlets)) : null}{' '}
              {t('popover_datasetSources')}
            </p>
          </details>
        </div>
        {entity.oneSided ? (
          <p class="disclaimer one-sided" role="note">
            {t(
              entity.oneSided.unknownOutlet ? 'popover_oneSidedOrUnknown' : 'popover_oneSided',
              [
                pick(entity.name, lang),
                entity.oneSided.outletIds
                  .map((id) => refs.get(id))
                  .filter((r) => r !== undefined)
                  .map((r) => pick(r.name, lang))
                  .join(lang === 'ar' ? '، ' : ', '),
              ],
            )}
          </p>
        ) : null}
        {card.claims.length === 0 ? (
          <p class="empty">{t('popover_noClaims')}</p>
        ) : (
          <ol class="claim-list">
            {card.claims.slice(0, limit).map((claim) => (
              <ClaimItem
                key={claim.id}
                claim={claim}
                articles={articles}
                refs={refs}
                onOpenSource={onOpenSource}
                onNavigate={onNavigate}
              />
            ))}
          </ol>
        )}
      </section>
      {card.related.length > 0 ? (
        <nav class="related" aria-label={t('popover_related')}>
          <h3>{t('popover_related')}</h3>
          <ul>
            {card.related.map((r) => (
              <li key={r.id}>
                <button type="button" class="link" data-related-id={r.id} onClick={() => onNavigate(r.id)}>
                  {pick(r.name, lang)}
                </button>{' '}
                <span class="related-type">({t(TYPE_MESSAGE[r.type])})</span>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {footer}
    </article>
  );
}
