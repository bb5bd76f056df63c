/**
 * Interface names of the dataset's enums (article kinds, entity types, claim kinds) and of its
 * bilingual fields, in the pages' language.
 */
import type { ArticleKind, Bilingual, ClaimKind, EntityType } from '../core/dataset/schema';
import type { Lang } from '../core/dates';
import { t, type MessageKey } from './i18n';

const ARTICLE_KIND: Record<ArticleKind, MessageKey> = {
  'news-report': 'articleKind_newsReport',
  'tv-report-transcript': 'articleKind_tvReportTranscript',
  'news-analysis': 'articleKind_newsAnalysis',
  'opinion-column': 'articleKind_opinionColumn',
};

const ENTITY_TYPE: Record<EntityType, MessageKey> = {
  person: 'entityType_person',
  organization: 'entityType_organization',
  place: 'entityType_place',
  event: 'entityType_event',
  outlet: 'entityType_outlet',
};

const CLAIM_KIND: Record<ClaimKind, MessageKey> = {
  allegation: 'claimKind_allegation',
  'reported-event': 'claimKind_reportedEvent',
  statement: 'claimKind_statement',
  opinion: 'claimKind_opinion',
  analysis: 'claimKind_analysis',
};

/** «تقرير إخباري» / "News report"… */
export const articleKindLabel = (kind: ArticleKind): string => t(ARTICLE_KIND[kind]);

/** «أشخاص»… as a group heading: plural. */
export const entityTypeLabel = (type: EntityType): string => t(ENTITY_TYPE[type]);

/** «ادعاء» / "Allegation"… */
export const claimKindLabel = (kind: ClaimKind): string => t(CLAIM_KIND[kind]);

/** The side of a bilingual field in `lang`. */
export const pick = (b: Bilingual, lang: Lang): string => b[lang];
