// Typo tolerance for the few words the detectors look for: "tranfer", "unfortunatly", "refnd".
// A word is corrected only to one of these, only when close enough, and never when it is itself a
// real word that merely looks close ("contract" is not "contact").
import { boundedEditDistance } from '../../search/edit-distance';
// The words as data (the panel fetches them: vite.config.ts): the canonical words and the real words
// one edit away from them (found by running the rule over the wamerican and wbritish word lists).
import WORDS from './typo-words.json';

const CANONICAL: readonly string[] = WORDS.canonical;

const CANONICAL_SET = new Set(CANONICAL);

/**
 * Real words one edit away from a canonical word (found by running the rule over the wamerican and
 * wbritish word lists), which are left as written.
 */
const REAL_WORDS = new Set(WORDS.realWords);

/** Short misspellings the edit-distance rule leaves alone. */
const KNOWN = new Map<string, string>(
  Object.entries({
    mony: 'money',
    monney: 'money',
    refnd: 'refund',
    rfund: 'refund',
    recieve: 'receive',
    recieved: 'received',
    plz: 'please',
    pls: 'please',
    thru: 'through',
  }),
);

const MEMO = new Map<string, string>();
const MEMO_LIMIT = 20_000;

const distance = boundedEditDistance;

function nearest(word: string): string {
  const known = KNOWN.get(word);
  if (known) return known;
  if (word.length < 5 || CANONICAL_SET.has(word) || REAL_WORDS.has(word) || !/^[a-z]+$/.test(word))
    return word;
  const max = word.length >= 11 ? 2 : 1;
  for (const candidate of CANONICAL) {
    if (candidate[0] !== word[0] || Math.abs(candidate.length - word.length) > max) continue;
    // An inflection of a different word ("delivered", "pleased") is not a typo of this one.
    if (
      candidate.length < word.length &&
      /(?:s|d|ing|er|ly)$/.test(word) &&
      word.startsWith(candidate.slice(0, -1))
    ) {
      continue;
    }
    // A base verb is no typo of its own inflection: "authorise" is not "authorised".
    if (/e$/.test(word) && (candidate === `${word}d` || candidate === `${word}s`)) continue;
    if (distance(word, candidate, max) <= max) return candidate;
  }
  return word;
}

/** The canonical spelling of a lower-case word when it is a likely typo of one, else the word. */
export function fixTypo(word: string): string {
  const cached = MEMO.get(word);
  if (cached !== undefined) return cached;
  const fixed = nearest(word);
  if (MEMO.size >= MEMO_LIMIT) MEMO.clear();
  MEMO.set(word, fixed);
  return fixed;
}
