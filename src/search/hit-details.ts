// The parts of a hit the panel shows besides the title: matched title words and a body excerpt.
import type { DocRecord } from './doc-table';
import { foldText, splitWords } from './normalize';
import { isStale } from './ranking-signals';
import { stem } from './stem';
import type { SearchHit } from './types';

export const EXCERPT_LENGTH = 160;
const WORD_WITH_POSITION = /[\p{L}\p{N}\p{M}]+/gu;

/**
 * Index keys of the words read for excerpts and titles, by word as written: an excerpt may read a whole
 * body, and the same words recur from body to body. Cleared when it holds MAX_KEYS.
 */
const wordKeys = new Map<string, string>();
const MAX_KEYS = 50_000;

function keyOf(word: string): string {
  let key = wordKeys.get(word);
  if (key === undefined) {
    const words = splitWords(foldText(word));
    key = words.length === 1 ? stem(words[0]!) : '';
    if (wordKeys.size >= MAX_KEYS) wordKeys.clear();
    wordKeys.set(word, key);
  }
  return key;
}

/** A hit as the lists show it: what the record is, its score, whether it is stale, and what matched. */
export function hitOf(
  record: DocRecord,
  score: number,
  today: string,
  matchedTerms: ReadonlySet<string>,
): SearchHit {
  return {
    id: record.id,
    kind: record.kind,
    title: record.title,
    score,
    stale: isStale(record, today),
    titleTerms: matchedTitleWords(record.title, matchedTerms),
    excerpt: excerptOf(record, matchedTerms),
  };
}

/** Lowercased title words whose index key is among the matched terms. */
export function matchedTitleWords(title: string, matchedTerms: ReadonlySet<string>): string[] {
  const found: string[] = [];
  for (const match of title.matchAll(WORD_WITH_POSITION)) {
    const word = match[0].toLowerCase();
    if (!found.includes(word) && matchedTerms.has(keyOf(word))) found.push(word);
  }
  return found;
}

/** Up to EXCERPT_LENGTH characters of the body around the first matched word (or its start). */
export function excerptOf(record: DocRecord, matchedTerms: ReadonlySet<string>): string {
  const words = wordsOf(record);
  const text = words.text;
  if (text.length <= EXCERPT_LENGTH) return text;
  const at = firstMatch(words, matchedTerms);
  if (at < 0) return clip(text, 0);
  // Start a little before the match, at a word boundary.
  let start = Math.max(0, at - 40);
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < at ? space + 1 : at;
  }
  return clip(text, start);
}

/**
 * A body's excerpt text and the index keys of its words, read only as far as an excerpt needed so far:
 * typing a query asks for the same few documents' excerpts at every key.
 */
interface ExcerptWords {
  source: string;
  text: string;
  keys: string[];
  positions: number[];
  /** Where reading the text's words goes on (its end: -1). */
  next: number;
}

const excerptWords = new WeakMap<DocRecord, ExcerptWords>();

function wordsOf(record: DocRecord): ExcerptWords {
  const source = record.text;
  let words = excerptWords.get(record);
  if (words?.source !== source) {
    words = { source, text: source.replace(/\s+/g, ' ').trim(), keys: [], positions: [], next: 0 };
    excerptWords.set(record, words);
  }
  return words;
}

/** Position of the first word whose key was matched, -1 when none. */
function firstMatch(words: ExcerptWords, matchedTerms: ReadonlySet<string>): number {
  for (let i = 0; i < words.keys.length; i++)
    if (matchedTerms.has(words.keys[i]!)) return words.positions[i]!;
  if (words.next < 0) return -1;
  const pattern = new RegExp(WORD_WITH_POSITION);
  pattern.lastIndex = words.next;
  for (let match = pattern.exec(words.text); match; match = pattern.exec(words.text)) {
    const key = keyOf(match[0]);
    words.keys.push(key);
    words.positions.push(match.index);
    if (matchedTerms.has(key)) {
      words.next = pattern.lastIndex;
      return match.index;
    }
  }
  words.next = -1;
  return -1;
}

function clip(text: string, start: number): string {
  const lead = start > 0 ? '…' : '';
  const room = EXCERPT_LENGTH - lead.length;
  let piece = text.slice(start, start + room);
  if (start + room < text.length) {
    const cut = piece.lastIndexOf(' ', room - 2);
    piece = `${(cut > room / 2 ? piece.slice(0, cut) : withoutBrokenPair(piece.slice(0, room - 1))).trimEnd()}…`;
  }
  return lead + piece;
}

/** Drops a trailing lone high surrogate (half an emoji) left by a cut. */
function withoutBrokenPair(piece: string): string {
  const last = piece.charCodeAt(piece.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? piece.slice(0, -1) : piece;
}

/** Distinct words of the title, then the body, whose index term the query matched: at most `max`. */
export function matchedWords(record: DocRecord, matchedTerms: ReadonlySet<string>, max = 4): string[] {
  const found: string[] = [];
  if (matchedTerms.size === 0) return found;
  const seen = new Set<string>();
  for (const text of [record.title, record.text.slice(0, 20_000)]) {
    for (const match of text.matchAll(WORD_WITH_POSITION)) {
      const key = keyOf(match[0]);
      if (seen.has(key) || !matchedTerms.has(key)) continue;
      seen.add(key);
      found.push(match[0].toLowerCase());
      if (found.length >= max) return found;
    }
  }
  return found;
}
