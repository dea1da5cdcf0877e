// Search-as-you-type: expand the typed words, score with BM25, re-score the best few on their short
// fields with a typo-tolerant match, rank.
import { accumulate, type IndexParts, popcount, type WordMatches } from './bm25';
import type { DocRecord } from './doc-table';
import type { FuzzyVocabulary } from './fuzzy-vocabulary';
import { hitOf } from './hit-details';
import { parseQuery, type QueryTerm } from './query-terms';
import { isoDay, signalFactor } from './ranking-signals';
import { shortFieldSimilarities } from './short-field-score';
import { expandedTerms, type FieldExpansions } from './term-expansion';
import { topK } from './top-k';
import { resultLimit, type SearchHit, type SearchOptions } from './types';
import { SEARCH_FIELD_WEIGHTS, SHORT_FIELD_CANDIDATES, SHORT_FIELD_WEIGHT } from './weights';

export interface SearchParts extends IndexParts {
  fuzzy: FuzzyVocabulary;
  /** Documents with a tag (1 = has it). */
  tagMask(tag: string): Uint8Array;
  /** The vocabulary terms a query word matches (expandTerm; read only). */
  expand(word: QueryTerm): FieldExpansions;
  /**
   * A query word's matches kept by an earlier search with the same tag filter (search's field weights),
   * while the index is unchanged; and keeping them.
   */
  keptMatches?(word: QueryTerm, tag: string | undefined): WordMatches | undefined;
  keepMatches?(word: QueryTerm, tag: string | undefined, matches: WordMatches): void;
  /**
   * A page text's word scores (run-suggest.ts), kept for the last text while the index is unchanged: a
   * page's suggestions, its candidates for meaning and its suggestions with meaning read its words once.
   */
  keptSuggestWords?<T>(text: string, compute: () => T): T;
}

/** Scores above this are reserved for how many words matched, so more words always rank higher. */
const TIER = 10;

export function runSearch(parts: SearchParts, query: string, options: SearchOptions = {}): SearchHit[] {
  const limit = resultLimit(options.limit, 10);
  const words = parseQuery(query);
  if (words.length === 0 || limit === 0 || parts.docs.liveCount === 0) return [];
  const now = options.now ?? Date.now();
  const expansions = words.map((word) => parts.expand(word));
  const tag = options.tag ? options.tag.toLowerCase() : undefined;
  const allowed = tag ? parts.tagMask(tag) : undefined;
  // The words before the one being typed are asked for again at every key: their matches are kept.
  const found = accumulate(parts, expansions, {
    fieldWeights: SEARCH_FIELD_WEIGHTS,
    wordBits: words.map((word) => word.bits),
    allowed,
    kept: words.map((word) => parts.keptMatches?.(word, tag)),
    keeps: (i) => !words[i]!.last && parts.keepMatches !== undefined,
    keep: (i, matches) => parts.keepMatches?.(words[i]!, tag, matches),
  });
  if (found.touched.length === 0) return [];

  let required = 0;
  for (const word of words) if (!word.optional) required |= word.bits;
  const tierOf = (doc: number) => popcount(found.matched[doc]! & required);
  const best = topK(found.touched, Math.max(SHORT_FIELD_CANDIDATES, limit), (doc) => {
    return tierOf(doc) * 1e9 + found.score[doc]!;
  });

  const records = best.map((doc) => parts.docs.get(doc)!);
  const typed = words.filter((word) => popcount(word.bits) === 1).map((word) => word.word);
  const similarity = shortFieldSimilarities(records, typed.join(' '));
  const topScore = Math.max(...best.map((doc) => found.score[doc]!));
  const today = isoDay(now);
  const ranked = best.map((doc, i) => {
    const relevance = found.score[doc]! / topScore + SHORT_FIELD_WEIGHT * similarity[i]!;
    const record = records[i]!;
    return { doc, record, score: tierOf(doc) * TIER + relevance * signalFactor(record, now, today) };
  });
  ranked.sort((a, b) => b.score - a.score || compareIds(a.record, b.record));

  const matchedTerms = expandedTerms(expansions);
  return ranked.slice(0, limit).map(({ record, score }) => hitOf(record, score, today, matchedTerms));
}

function compareIds(a: DocRecord, b: DocRecord): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
