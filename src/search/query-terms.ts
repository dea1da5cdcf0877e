// Splits what the agent typed into query terms.
import { foldText, MAX_WORD_LENGTH, splitWords } from './normalize';
import { stem } from './stem';
import { isStopWord } from './stopwords';

/** Longer queries keep only their first terms: nobody types more, and pasted text should stay fast. */
export const MAX_QUERY_TERMS = 12;
/** Characters of the query looked at; enough for MAX_QUERY_TERMS long words. */
const MAX_QUERY_CHARS = 1000;

export interface QueryTerm {
  /** The folded word as typed. */
  word: string;
  /** Its index key. */
  term: string;
  /** Matched as a prefix too (the last term always; others from 3 letters). */
  prefix: boolean;
  /** The word still being typed. */
  last: boolean;
  /** Stop words, single letters and joined forms: they rank but do not have to match. */
  optional: boolean;
  /** The query words this term stands for, as bits (a joined "get-authserver" stands for two). */
  bits: number;
}

/** Joined forms of hyphenated words kept per query ("enable-pap" also looks for "enablepap"). */
const MAX_JOINED_TERMS = 4;
const CHUNK = /[\p{L}\p{N}\p{M}]+(?:[-.][\p{L}\p{N}\p{M}]+)*/gu;

export function parseQuery(query: string): QueryTerm[] {
  const folded = foldText(query.slice(0, MAX_QUERY_CHARS));
  const chunks: string[][] = [];
  let wordCount = 0;
  for (const match of folded.matchAll(CHUNK)) {
    if (wordCount >= MAX_QUERY_TERMS) break;
    const parts = splitWords(match[0]).slice(0, MAX_QUERY_TERMS - wordCount);
    wordCount += parts.length;
    if (parts.length > 0) chunks.push(parts);
  }
  const allWords = chunks.flat();
  const allOptional = allWords.every((word) => isOptionalWord(word));
  const terms: QueryTerm[] = [];
  const indexOf = new Map<string, number>();
  const joined: QueryTerm[] = [];
  let position = 0;
  for (const parts of chunks) {
    let bits = 0;
    for (const word of parts) {
      const last = position === allWords.length - 1;
      position++;
      const key = `${word}|${last}`;
      let index = indexOf.get(key);
      if (index === undefined) {
        index = terms.length;
        indexOf.set(key, index);
        terms.push({
          word,
          term: stem(word),
          prefix: last || word.length >= 3,
          last,
          optional: !allOptional && isOptionalWord(word),
          bits: 1 << index,
        });
      }
      bits |= 1 << index;
    }
    const word = parts.join('');
    if (parts.length > 1 && joined.length < MAX_JOINED_TERMS && word.length <= MAX_WORD_LENGTH) {
      const last = position === allWords.length;
      joined.push({ word, term: stem(word), prefix: last, last, optional: true, bits });
    }
  }
  return [...terms, ...joined];
}

function isOptionalWord(word: string): boolean {
  return word.length < 2 || isStopWord(word);
}

/**
 * Ways a half-typed word may continue into an indexed stem: "chargi" may be "charging", indexed as "charg".
 * Returns shorter stems to look up as prefixes.
 */
export function unfinishedSuffixVariants(word: string): string[] {
  const variants: string[] = [];
  for (const suffix of ['ing', 'ed', 'es', 'e']) {
    for (let k = 1; k <= suffix.length; k++) {
      const partial = suffix.slice(0, k);
      if (word.length - k >= 3 && word.endsWith(partial)) variants.push(word.slice(0, -k));
    }
  }
  return variants;
}
