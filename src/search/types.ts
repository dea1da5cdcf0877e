// Public shapes of the search engine.

export type DocKind = 'article' | 'playbook' | 'snippet';

/** What the engine indexes: an article, a playbook or a snippet flattened to searchable fields. */
export interface SearchDoc {
  id: string;
  kind: DocKind;
  title: string;
  tags: string[];
  keywords: string[];
  body: string;
  /** More ways customers say the problem, learned from use (src/search/learned-phrasings.ts): matched like the body's. */
  phrasings?: string[];
  category?: string;
  /** YYYY-MM-DD; the doc is stale once this date has passed. */
  reviewBy?: string;
  /** Epoch ms of the last change. */
  updatedAt?: number;
  usage?: number;
}

export interface SearchHit {
  id: string;
  kind: DocKind;
  title: string;
  /**
   * Higher is better; only comparable within one result list. A suggestion list may put an article above
   * a playbook of its family that scored a little higher (src/search/playbook-place.ts).
   */
  score: number;
  stale: boolean;
  /** Lowercased words in the title that matched (for highlighting). */
  titleTerms: string[];
  /** Short plain-text excerpt of the body around the first matching term, at most 160 characters. */
  excerpt: string;
  /** Suggestions only: why this one, for the agent (the page's words it shares, and closeness in meaning). */
  why?: SuggestionWhy;
}

export interface SuggestionWhy {
  /** Words of the article (title first) that the page's words matched, at most four. */
  words: string[];
  /** Among the articles closest in meaning to the page (it would be suggested on meaning alone). */
  meaning: boolean;
}

export interface SearchOptions {
  /** Most hits returned (default 10). */
  limit?: number;
  /** Only docs carrying this tag (case-insensitive). */
  tag?: string;
  /** Clock for staleness and freshness, epoch ms (default Date.now()). */
  now?: number;
}

export interface SuggestOptions {
  /** Most hits returned (default 5). */
  limit?: number;
  now?: number;
  /**
   * How close in meaning the message is to articles (doc id → about -1…1, from src/meaning), blended with
   * the words' score. Articles missing from the map count as not close.
   */
  meaning?: ReadonlyMap<string, number>;
}

/** A usable result limit: a non-negative integer, the fallback when missing or not a number. */
export function resultLimit(value: number | undefined, fallback: number): number {
  if (value === undefined || !Number.isFinite(value))
    return value === Number.POSITIVE_INFINITY ? 1000 : fallback;
  return Math.min(1000, Math.max(0, Math.floor(value)));
}
