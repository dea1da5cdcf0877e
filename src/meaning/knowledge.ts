// Meaning for suggestions, wherever the encoder runs (panel worker, command line): embed the knowledge
// base's phrases, then score a message against it.
import type { SearchDoc, SearchIndex } from '../search';
import { cleanMessage } from '../search/page-query';
import type { SentenceEncoder } from './encoder';
import { MAX_TEXT_CHARS } from './encoder';
import { type MeaningIndex, type PhraseVectors, quantize } from './meaning-index';
import { meaningPhrases } from './phrases';

/** Articles the words rank highest also get a meaning score (besides the closest in meaning). */
export const WORD_CANDIDATES = 100;
/** Phrases embedded per model call when several articles are embedded together. */
const PHRASE_BATCH = 64;

/** The part of a message worth a meaning vector: the customer's words, no greeting or signature. */
export function meaningText(text: string): string {
  return cleanMessage(text.slice(0, 20_000)).replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT_CHARS);
}

/** Phrase vectors of docs, in order; phrases of several docs share model calls. */
export async function embedDocs(
  encoder: Pick<SentenceEncoder, 'embed'>,
  docs: readonly Pick<SearchDoc, 'title' | 'body'>[],
): Promise<PhraseVectors[]> {
  const phrases = docs.map(meaningPhrases);
  const flat = phrases.flat();
  const vectors: Float32Array[] = [];
  for (let i = 0; i < flat.length; i += PHRASE_BATCH) {
    vectors.push(...(await encoder.embed(flat.slice(i, i + PHRASE_BATCH))));
  }
  let next = 0;
  return phrases.map((list) => {
    const mine = vectors.slice(next, next + list.length);
    next += list.length;
    return quantize(mine);
  });
}

/** Closeness in meaning of a message to the articles worth scoring, for SearchIndex.suggest's `meaning`. */
export function closenessOf(
  index: SearchIndex,
  meanings: MeaningIndex,
  text: string,
  query: Float32Array,
): Map<string, number> {
  return meanings.closeness(query, index.suggestCandidates(text, WORD_CANDIDATES));
}
