// The small part of learned phrasings every reader of the knowledge base needs (the panel's index among
// them): the masks left out when indexed, when two phrasings are the same, and lists of them merged.
// What makes a phrasing out of a message is in learned-phrasings.ts, loaded only where one is learned.

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

/** The marks that stand for what was masked ("[email]"): readable in the editor, left out when indexed. */
const MASK_PATTERN = /\[(?:email|phone|order|number|name|link)\]/g;

/** The phrasing as the search index and the encoder read it: masks are not words. */
export function withoutMasks(text: string): string {
  return text.replace(MASK_PATTERN, ' ').replace(/\s+/g, ' ').trim();
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
