/** The names a scan finds: one hit, and one block's result (the matcher's and the page policy's currency). */

/** One name found in a text. */
export interface Hit {
  /** UTF-16 offsets into the scanned text: the whole word incl. clitics/tatweel/quotes. */
  start: number;
  end: number;
  /** Where the name itself starts (after clitics), for callers who highlight only the name. */
  nameStart: number;
  entityId: string;
  /** The alias (dataset text) that matched. */
  alias: string;
  /** The alias has ambiguity rules that needed context (not one settled by its exclusions alone). */
  ambiguous: boolean;
  /**
   * Confirmed only by common words next to it (مدينة، محافظة، العاصمة, a clitic preposition), not by
   * a name: on a page about the namesake elsewhere (Yemen for البيضاء) those words fit the namesake
   * as well, so the page policy drops it there. Set only on aliases with `elsewhere` words.
   */
  weak?: true;
  /** Qualified «السابق»: the body before another took its name over (`PageRule.until`), on any date. */
  former?: true;
  /** A person's bare family name with nothing tying it to him: a relative's on a page naming only them. */
  bare?: true;
  /** A person's full name as a relative's kin (نجل معمر القذافي): it names him, not a page about him. */
  kin?: true;
  /**
   * A one-word place without rules right after a noun of a town or its area (مدينة البريقة، مناطق البريقة): the
   * place, even on a page that names a company after it (شركة البريقة لتسويق النفط). Always in the hit's literal (undefined
   * when not), as a field added afterwards to some hits slowed the scan (matcher.ts).
   */
  town?: true;
}

/** What {@link Matcher.scan} finds in one block of text. */
export interface ScanResult {
  /** Accepted: unambiguous, or ambiguous confirmed by nearby context. */
  hits: Hit[];
  /** Ambiguous, not excluded, no nearby context: acceptable only with page context. */
  pending: Hit[];
  /** Entities whose namesake elsewhere the block names (`elsewhere` words: لبنان for طرابلس). */
  signals?: string[];
  /**
   * Places named inside a company's name (شركة البريقة لتسويق النفط): not highlighted, but the
   * company is that country's, so for the page policy they relate the page as a mention would.
   */
  within?: string[];
  /** Persons whose relatives the block names in full; «id\u0000his» when it names him (نجل حفتر). */
  relatives?: string[];
}
