/** A mention of a dataset entity that a reader expects highlighted. */
export interface RealMention {
  /** The whole word(s) as written, with attached clitics (و ف ب ل ك ال/لل); may span a line break. */
  surface: string;
  /** The dataset entity id (data/entities.ts) the mention refers to. */
  entityId: string;
  /** e.g. 'alias-missing' when this real name form is not among the entity's aliases. */
  note?: string;
  /** Where the surface is: index into `paragraphs`, and UTF-16 offset inside that paragraph (set by build.mjs). */
  paragraph?: number;
  offset?: number;
}

/** A word that looks like a dataset alias but means something else here: nothing should be highlighted. */
export interface RealLookalike {
  surface: string;
  notEntityId: string;
  why: string;
  /** As in RealMention: where the surface is (set by build.mjs). */
  paragraph?: number;
  offset?: number;
}

export interface RealCase {
  id: string;
  source: { url: string | null; title: string | null; outlet: string | null; date: string | null };
  paragraphs: string[];
  expected: RealMention[];
  lookalikes: RealLookalike[];
  note?: string;
}
