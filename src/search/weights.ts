// Every ranking constant in one place, so tuning touches one file.

/** BM25 saturation and length normalisation. */
export const BM25_K1 = 1.2;
export const BM25_B = [0.3, 0.3, 0.75] as const;

/** Field weights for search-as-you-type: title ≫ tags/keywords > body. */
export const SEARCH_FIELD_WEIGHTS = [6, 3, 1] as const;

/** How well a vocabulary term matched a query word. */
export const MATCH_EXACT = 1;
/** A prefix match scores between these, growing with how much of the term was typed. */
export const MATCH_PREFIX_MIN = 0.5;
export const MATCH_PREFIX_MAX = 0.85;
/** A finished word (not the last one typed) completed to a longer term counts this much less. */
export const MATCH_PREFIX_FINISHED_WORD = 0.6;
/** Fuzzy matches by edit distance (index = distance). */
export const MATCH_FUZZY = [1, 0.6, 0.4] as const;
/** A fuzzy match for a word that is itself in the vocabulary is probably not a typo. */
export const FUZZY_WHEN_WORD_EXISTS = 0.4;
/** A word found only in bodies counts as known (and as no typo) from this many documents. */
export const MIN_BODY_DF_FOR_KNOWN_WORD = 5;

/** Prefix expansions looked at per word and field (the most frequent terms win). */
export const MAX_PREFIX_EXPANSIONS = 40;
/** Body terms are only completed from this many typed letters. */
export const MIN_BODY_PREFIX = 3;

/**
 * Candidates re-scored on their short fields (short-field-score.ts), the edits allowed there as a share
 * of the typed text's length, and that score's share of the final score.
 */
export const SHORT_FIELD_CANDIDATES = 50;
export const SHORT_FIELD_THRESHOLD = 0.35;
export const SHORT_FIELD_WEIGHT = 0.35;

/** Ranking signals: gentle boosts, and a stale penalty that keeps a stale doc below a fresh equivalent. */
export const USAGE_BOOST_PER_DECADE = 0.04;
export const USAGE_BOOST_MAX = 0.12;
export const FRESH_BOOST = 0.05;
export const FRESH_HALF_LIFE_DAYS = 60;
export const STALE_FACTOR = 0.8;

/** Ranking constants of page-context suggestions (a customer message against the whole index). */
export interface SuggestTuning {
  /** BM25F field weights (title, tags+keywords, body): a title occurrence counts this many body ones. */
  fieldWeights: readonly number[];
  /** BM25F saturation of a word's combined frequency (high: many mentions keep counting), and length normalisation by field. */
  k1: number;
  b: readonly number[];
  /** Rare words matter more: a word weighs idf ^ idfPower. */
  idfPower: number;
  /** Weight of words added from a synonym group: its canonical phrase, and its other phrases. */
  synonymCanonical: number;
  synonymOther: number;
  /** Weight of a negation ("not", "can't", "hasn't") in the message. */
  negationWeight: number;
  /** Weight of function words that hint at the question ("why", "still", "again"); 0 drops them. */
  cueWeight: number;
  /** A message word the index does not know may match a term one typo away (two from 8 letters), at this quality. */
  fuzzyQuality: number;
  /** Quality of other forms of a message word ("withdrawal" for "withdraw"); 0 turns them off. */
  relatedFormQuality: number;
  /** Docs matching more of the message's words rank higher: score × (share matched) ^ coordination. */
  coordination: number;
  /** Most distinct words of a message used (the rarest win), and words looked at. */
  maxTerms: number;
  maxWords: number;
  /**
   * With meaning vectors (src/meaning): final score = words' score / best words' score + meaningWeight ×
   * closeness of meaning; an article no word matched must be at least meaningAloneMin close, and within
   * meaningAloneMargin of the closest article (so a message close to one topic does not fill the list with
   * every article of the same domain).
   */
  meaningWeight: number;
  meaningAloneMin: number;
  meaningAloneMargin: number;
  /**
   * A playbook (a general procedure) moves down to right under an article of its family (a shared tag) in the
   * list when the article scores at least this share of the playbook's score; the article never passes an item
   * that outscores it (src/search/playbook-place.ts); 1 turns it off.
   */
  playbookYield: number;
  /**
   * With meaning: the first suggestions whose score is within this of the best one's (among the first
   * three) are near neighbours, and they are ordered by their closeness in meaning alone (the message
   * against the articles' titles and "what customers say" phrasings), so the words a family of articles
   * shares ("refund", "money back") do not decide between them; 0 turns it off.
   */
  nearMargin: number;
}

export const SUGGEST_TUNING: SuggestTuning = {
  fieldWeights: [4, 4, 1],
  k1: 5,
  b: [0.3, 0.3, 0.75],
  idfPower: 1,
  synonymCanonical: 0.4,
  synonymOther: 0,
  negationWeight: 0.5,
  cueWeight: 0.5,
  fuzzyQuality: 0.5,
  relatedFormQuality: 0.6,
  coordination: 0.5,
  maxTerms: 40,
  maxWords: 400,
  // 4 with the within-article shrink off (MeaningIndex.shrinkWithin); 5 goes with it on (at 4 it lost held-out recall@3).
  // scripts/train-rerank.ts learns 5.46 with a mix that adds the title; it lost recall@3 held out.
  meaningWeight: 4,
  meaningAloneMin: 0.3,
  meaningAloneMargin: 0.1,
  playbookYield: 0.8,
  // Off: at 0.05 (the one margin that held everywhere in a replay over cached vectors) the eval's own path
  // gained BANKING77 recall@1 (held out 0.772 -> 0.777) and lost corpus recall@1 (0.853 -> 0.843);
  // docs/architecture.md, "Near neighbours by meaning".
  nearMargin: 0,
};
