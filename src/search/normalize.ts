// Text normalisation shared by indexing and querying: lowercase, fold Latin accents, split into words.
import { stem } from './stem';

/** Combining accents used by Latin, Greek and Cyrillic letters (é = e + U+0301 after NFD). */
const LATIN_COMBINING_MARKS = /[\u0300-\u036f]/g;

/** A word: letters, digits and the marks that belong to them (Devanagari vowel signs, Hebrew points…). */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** Scripts written without spaces: each character is treated as its own word. */
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const UNSPACED_SPLIT = /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])/u;

/** Longest word kept; anything longer (hashes, base64 blobs) is cut so it cannot bloat the vocabulary. */
export const MAX_WORD_LENGTH = 40;

/** "can't", "won't", "hasn't", "didnt" → "can not", "will not", "has not", "did not". */
function expandNegations(lower: string): string {
  if (!/n['’]?t\b|cannot/.test(lower)) return lower;
  return lower
    .replace(/\b(ca|wo)n['’]?t\b/g, (_, head: string) => (head === 'ca' ? 'can not' : 'will not'))
    .replace(/\bcannot\b/g, 'can not')
    .replace(/\b(do|does|did|is|was|are|were|has|have|had|could|would|should|must|need)n['’]?t\b/g, '$1 not');
}

/** Lowercase, spell out negations and strip Latin accents ("Réglé" → "regle"); other scripts keep their marks. */
export function foldText(text: string): string {
  const lower = expandNegations(text.toLowerCase());
  // Fast path: plain ASCII needs no Unicode normalisation.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching the ASCII range on purpose
  if (/^[\u0000-\u007f]*$/.test(lower)) return lower;
  return lower.normalize('NFD').replace(LATIN_COMBINING_MARKS, '').normalize('NFC');
}

/** Splits folded text into words (no stemming). Hyphenated words also yield their joined form. */
export function splitWords(folded: string): string[] {
  const words: string[] = [];
  for (const match of folded.matchAll(WORD)) {
    pushWord(words, match[0]);
  }
  return words;
}

function pushWord(words: string[], word: string): void {
  if (UNSPACED_SCRIPT.test(word)) {
    for (const part of word.split(UNSPACED_SPLIT)) {
      if (part) words.push(part.slice(0, MAX_WORD_LENGTH));
    }
    return;
  }
  words.push(word.length > MAX_WORD_LENGTH ? word.slice(0, MAX_WORD_LENGTH) : word);
}

/** Words of a text as index terms: folded, split and stemmed. */
export function termsOf(text: string): string[] {
  return splitWords(foldText(text)).map(stem);
}

/**
 * Words joined across hyphens and dots ("Get-AuthServer" → "getauthserver"), so that a query typed
 * without the separator still finds the title. Only used for short fields.
 */
export function joinedWordsOf(text: string): string[] {
  const joined: string[] = [];
  for (const match of foldText(text).matchAll(/[\p{L}\p{N}]+(?:[-.][\p{L}\p{N}]+)+/gu)) {
    const word = match[0].replace(/[-.]/g, '');
    if (word.length <= MAX_WORD_LENGTH) joined.push(word);
  }
  return joined;
}
