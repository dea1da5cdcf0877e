// "Did you mean": for a query that found nothing, each unknown word replaced by the closest word the
// index knows (fewest typos, then the most documents), in the form it was written in.
import { allowedTypos } from './edit-distance';
import type { FuzzyVocabulary } from './fuzzy-vocabulary';
import { parseQuery } from './query-terms';

/** The corrected query, or null when every word is known or has no close neighbour with documents. */
export function didYouMean(
  query: string,
  fuzzy: FuzzyVocabulary,
  documentFrequency: (term: string) => number,
): string | null {
  if (typeof query !== 'string') return null;
  let changed = false;
  const corrected = parseQuery(query).map((word) => {
    if (word.word.length < 3 || documentFrequency(word.term) > 0) return word.word;
    const typos = Math.max(1, allowedTypos(word.word.length));
    let best: { term: string; distance: number; df: number } | null = null;
    for (const form of new Set([word.term, word.word])) {
      for (const match of fuzzy.near(form, typos)) {
        const df = documentFrequency(match.term);
        if (df === 0) continue;
        if (!best || match.distance < best.distance || (match.distance === best.distance && df > best.df)) {
          best = { term: match.term, distance: match.distance, df };
        }
      }
    }
    if (!best) return word.word;
    changed = true;
    return fuzzy.displayForm(best.term) ?? best.term;
  });
  return changed ? corrected.join(' ') : null;
}
