/**
 * The fixture corpus: Arabic sentences in the style of real news, each with the highlights a
 * careful reader expects. A case's text is a whole "page": blocks are separated by a blank line, and
 * ambiguous names are resolved with the page's unambiguous mentions as the extension does.
 */

/** One expected highlight: the whole surface word(s) incl. clitics/quotes, and the entity id. */
export type Expected = [surface: string, entityId: string];

export interface CorpusCase {
  text: string;
  /** In document order; each is found at its first whole-word occurrence after the previous one. */
  expect: Expected[];
  /** Why the case is here (what it tests). */
  note?: string;
}

/** Shorthand: `c(text, [surface, id], …)`. */
export function c(text: string, ...expect: Expected[]): CorpusCase {
  return { text, expect };
}
