// Expands one query word into the vocabulary terms it matches in each field: exactly, as a prefix,
// or (for titles, tags and keywords) with a typo.
import { BODY, FIELD_COUNT, TAGS, TITLE } from './doc-table';
import { allowedTypos } from './edit-distance';
import type { FieldPostings } from './field-postings';
import type { FuzzyVocabulary } from './fuzzy-vocabulary';
import { type QueryTerm, unfinishedSuffixVariants } from './query-terms';
import {
  FUZZY_WHEN_WORD_EXISTS,
  MATCH_EXACT,
  MATCH_FUZZY,
  MATCH_PREFIX_FINISHED_WORD,
  MATCH_PREFIX_MAX,
  MATCH_PREFIX_MIN,
  MAX_PREFIX_EXPANSIONS,
  MIN_BODY_DF_FOR_KNOWN_WORD,
  MIN_BODY_PREFIX,
} from './weights';

export interface Expansion {
  term: string;
  /** 1 for an exact match, less for prefix and fuzzy matches. */
  quality: number;
}

/** Expansions of one query word, by field. */
export type FieldExpansions = [Expansion[], Expansion[], Expansion[]];

export function expandTerm(
  query: QueryTerm,
  fields: readonly FieldPostings[],
  fuzzy: FuzzyVocabulary,
): FieldExpansions {
  const byField: Map<string, number>[] = [new Map(), new Map(), new Map()];
  const keep = (field: number, term: string, quality: number) => {
    const map = byField[field]!;
    if ((map.get(term) ?? 0) < quality) map.set(term, quality);
  };

  for (let f = 0; f < FIELD_COUNT; f++) {
    if (fields[f]!.get(query.term)) keep(f, query.term, MATCH_EXACT);
  }
  // A word in titles or tags, or common in bodies, is probably meant as typed; a rare body word may be a
  // typo in some article and should not stop the typo search.
  const exists =
    byField[TITLE]!.size + byField[TAGS]!.size > 0 ||
    fields[BODY]!.documentFrequency(query.term) >= MIN_BODY_DF_FOR_KNOWN_WORD;

  if (query.prefix) {
    const prefixes = new Set([query.term, query.word]);
    if (query.last) for (const variant of unfinishedSuffixVariants(query.word)) prefixes.add(variant);
    for (const prefix of prefixes) {
      for (let f = 0; f < FIELD_COUNT; f++) {
        if (f === BODY && prefix.length < MIN_BODY_PREFIX) continue;
        for (const term of prefixCompletions(fields[f]!, prefix)) {
          keep(f, term, prefixQuality(prefix, term) * (query.last ? 1 : MATCH_PREFIX_FINISHED_WORD));
        }
      }
    }
  }

  const typos = allowedTypos(query.word.length);
  if (typos > 0) {
    const scale = exists ? FUZZY_WHEN_WORD_EXISTS : 1;
    const near = new Map<string, number>();
    for (const form of new Set([query.term, query.word])) {
      for (const match of fuzzy.near(form, typos)) {
        near.set(match.term, Math.min(near.get(match.term) ?? 9, match.distance));
      }
    }
    for (const [term, distance] of near) {
      const quality = (MATCH_FUZZY[distance] ?? 0) * scale;
      // A typo found in the short-field vocabulary also counts where the same term occurs in a body.
      for (const f of [TITLE, TAGS, BODY]) if (fields[f]!.get(term)) keep(f, term, quality);
    }
  }

  return byField.map((map) => [...map].map(([term, quality]) => ({ term, quality }))) as FieldExpansions;
}

function prefixQuality(prefix: string, term: string): number {
  if (term === prefix) return MATCH_EXACT;
  const typed = Math.min(1, prefix.length / term.length);
  return MATCH_PREFIX_MIN + (MATCH_PREFIX_MAX - MATCH_PREFIX_MIN) * typed;
}

/** Terms starting with prefix; when there are many, the ones in most documents. */
function prefixCompletions(field: FieldPostings, prefix: string): string[] {
  return field.frequentPrefixTerms(prefix, MAX_PREFIX_EXPANSIONS);
}

/** Every vocabulary term a list of expansions matched (for highlighting and excerpts). */
export function expandedTerms(words: readonly FieldExpansions[]): Set<string> {
  const terms = new Set<string>();
  for (const byField of words) {
    for (const expansions of byField) for (const expansion of expansions) terms.add(expansion.term);
  }
  return terms;
}
