// Learned phrasings' shapes and limits, and when two phrasings are the same (shared by storage, packs, the
// options page and the CLI). What makes a phrasing out of a message, masks and all, is learned-phrasings.ts.

/** Learned phrasings kept per article on the agent's machine; the oldest go first. */
export const MAX_LEARNED_PER_ARTICLE = 20;
/** Learned phrasings a team pack may ship per article (several agents' put together). */
export const MAX_PACK_PHRASINGS = 50;
/** A phrasing is cut to this many characters (at a word, then "…" is added). */
export const MAX_PHRASING_CHARS = 240;

export interface LearnedPhrasing {
  text: string;
  /** Epoch ms when it was learned. */
  at: number;
}

/** The agent's learned phrasings of one article (the `learned` table, keyed by article id). */
export interface LearnedRow {
  articleId: string;
  phrasings: LearnedPhrasing[];
}

/** Two phrasings are the same when they differ only in case, spacing and punctuation. */
export function phrasingKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}[\]]+/gu, ' ')
    .trim();
}

/** Distinct phrasings of several lists (written order kept, first spelling wins), the last `cap`. */
export function mergePhrasings(
  lists: readonly (readonly string[])[],
  cap = MAX_LEARNED_PER_ARTICLE,
): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const list of lists) {
    for (const text of list) {
      const key = phrasingKey(text);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      out.push(text);
    }
  }
  return out.slice(-cap);
}
