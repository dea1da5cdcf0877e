// Re-scores a short list of candidates against the typed words over their short fields (title, keywords,
// tags), where typo tolerance matters: the typed text is looked for anywhere in each field with up to a
// share of its length in edits (substringEditDistance). The scoring follows the approximate matcher the
// index once used (fuse.js, whose figures it keeps): a field's score is edits / length (0.001 at best
// short of an identical field, which scores 0), a text over 32 characters is matched in 32-character
// pieces whose scores are averaged, and the fields that match multiply their scores, each raised to its
// weight times 1 / √(its word count). Similarity is 1 minus that product (0 when no field matches).
import type { DocRecord } from './doc-table';
import { BIT_PATTERN_MAX, SubstringMatcher, substringEditDistance } from './edit-distance';
import { SHORT_FIELD_THRESHOLD } from './weights';

/** Title, keywords, tags: their share of the weight. */
const FIELD_WEIGHTS = [3 / 5.5, 1.5 / 5.5, 1 / 5.5];
const PIECE = 32;
const BEST_INEXACT = 0.001;

/** A record's short fields as scored: folded, with their length norms (the same at every keystroke). */
interface ShortFields {
  title: string;
  keywords: readonly string[];
  tags: readonly string[];
  folded: [string, string, string];
  norms: [number, number, number];
  /** Fields with nothing but white space, which never match. */
  blank: [boolean, boolean, boolean];
}

const shortFieldsOf = new WeakMap<DocRecord, ShortFields>();

function shortFields(record: DocRecord): ShortFields {
  let fields = shortFieldsOf.get(record);
  if (fields?.title !== record.title || fields.keywords !== record.keywords || fields.tags !== record.tags) {
    const texts = [record.title, record.keywords.join(' '), record.tags.join(' ')] as const;
    fields = {
      title: record.title,
      keywords: record.keywords,
      tags: record.tags,
      folded: [fold(texts[0]), fold(texts[1]), fold(texts[2])],
      norms: [lengthNorm(texts[0]), lengthNorm(texts[1]), lengthNorm(texts[2])],
      blank: [texts[0].trim() === '', texts[1].trim() === '', texts[2].trim() === ''],
    };
    shortFieldsOf.set(record, fields);
  }
  return fields;
}

/** Similarity (1 = identical, 0 = no match) of each candidate's short fields, in the candidates' order. */
export function shortFieldSimilarities(records: readonly DocRecord[], query: string): number[] {
  const similarity = new Array<number>(records.length).fill(0);
  const pattern = fold(query);
  if (records.length === 0 || pattern.trim() === '') return similarity;
  const pieces = piecesOf(pattern).map((piece) => ({
    piece,
    max: Math.floor(SHORT_FIELD_THRESHOLD * piece.length + 1e-9),
    matcher: piece.length <= BIT_PATTERN_MAX ? new SubstringMatcher(piece) : null,
  }));
  records.forEach((record, i) => {
    const { folded, norms, blank } = shortFields(record);
    let product = 1;
    let matched = false;
    for (let f = 0; f < 3; f++) {
      if (blank[f]) continue;
      const score = fieldScore(pattern, pieces, folded[f]!);
      if (score === null) continue;
      matched = true;
      product *= (score === 0 ? Number.EPSILON : score) ** (FIELD_WEIGHTS[f]! * norms[f]!);
    }
    if (matched) similarity[i] = 1 - product;
  });
  return similarity;
}

interface Piece {
  piece: string;
  /** Edits allowed. */
  max: number;
  matcher: SubstringMatcher | null;
}

/** The field's score (0 best), or null when the typed text is not in it within the allowed edits. */
function fieldScore(pattern: string, pieces: readonly Piece[], text: string): number | null {
  if (text === pattern) return 0;
  let total = 0;
  let found = false;
  for (const { piece, max, matcher } of pieces) {
    const edits = matcher ? matcher.distance(text, max) : substringEditDistance(piece, text, max);
    if (edits <= max) {
      found = true;
      total += Math.max(BEST_INEXACT, edits / piece.length);
    } else {
      total += 1;
    }
  }
  return found ? total / pieces.length : null;
}

/** 32-character pieces; the last one ends with the text (overlapping the one before). */
function piecesOf(pattern: string): string[] {
  if (pattern.length <= PIECE) return [pattern];
  const pieces: string[] = [];
  const whole = pattern.length - (pattern.length % PIECE);
  for (let at = 0; at < whole; at += PIECE) pieces.push(pattern.slice(at, at + PIECE));
  if (whole < pattern.length) pieces.push(pattern.slice(pattern.length - PIECE));
  return pieces;
}

/** 1 / √(words), to three decimals: a match in a short field says more than one in a long field. */
function lengthNorm(field: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < field.length; i++) {
    const code = field.charCodeAt(i);
    const separator = (code >= 9 && code <= 13) || code === 32 || code === 160;
    if (!separator && !inWord) words++;
    inWord = !separator;
  }
  return Math.round(1000 / Math.sqrt(Math.max(1, words))) / 1000;
}

/** Letters that carry no combining mark to strip. */
const UNMARKED: Record<string, string> = { ł: 'l', đ: 'd', ø: 'o', ħ: 'h', ŧ: 't', ı: 'i', ß: 'ss' };

/** Lowercase without accents and other combining marks ("Réglé" → "regle"); nothing else changes. */
function fold(text: string): string {
  const lower = text.toLowerCase();
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching the ASCII range on purpose
  if (/^[\u0000-\u007f]*$/.test(lower)) return lower;
  return lower
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[łđøħŧıß]/g, (letter) => UNMARKED[letter]!);
}
