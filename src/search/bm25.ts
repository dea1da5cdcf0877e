// BM25 accumulation over the postings: one pass per matched vocabulary term.
import { type DocTable, FIELD_COUNT } from './doc-table';
import { type FieldPostings, postingDoc, postingTf } from './field-postings';
import type { FieldExpansions } from './term-expansion';
import { BM25_B, BM25_K1 } from './weights';

export interface IndexParts {
  docs: DocTable;
  fields: readonly FieldPostings[];
}

export interface Accumulated {
  /** Documents with any match, in no particular order. */
  touched: number[];
  /** Summed score by document number. */
  score: Float64Array;
  /** Bit i set when query word i (of the first 16) matched the document. */
  matched: Uint16Array;
  /** Bit i set when query word i matched the document's title. */
  matchedTitle: Uint16Array;
}

/**
 * One query word's matches over the index: the documents it matched, in the order they were first met
 * (field by field, expansion by expansion, posting by posting), the word's score in each (its best
 * expansion per field, the fields added up), and whether the document's title was among the fields.
 */
export interface WordMatches {
  docs: Uint32Array;
  scores: Float64Array;
  /** 1 where the title matched. */
  inTitle: Uint8Array;
}

export interface AccumulateOptions {
  /** Field weights (title, tags, body). */
  fieldWeights: readonly number[];
  /** Bits each query word sets in `matched` (1 << i when omitted; words past the 16th set none). */
  wordBits?: readonly number[];
  /** Only these documents may score (1 = allowed), when given. */
  allowed?: Uint8Array;
  /**
   * Word i's matches kept from an earlier accumulate over the same index, with the same expansions, field
   * weights and allowed documents (used as they are, in place of its postings).
   */
  kept?: readonly (WordMatches | undefined)[];
  /** Whether word i's matches are to be kept (handed to `keep` once computed). */
  keeps?: (i: number) => boolean;
  keep?: (i: number, matches: WordMatches) => void;
}

export function inverseDocumentFrequency(totalDocs: number, df: number): number {
  return Math.log(1 + (totalDocs - df + 0.5) / (df + 0.5));
}

interface Scratch extends Accumulated {
  wordScore: Float64Array;
  fieldBest: Float64Array;
  titleHit: Uint8Array;
  /**
   * The words whose sums the arrays held before the last accumulate's other words were added: a query's
   * finished words, the same kept matches at every key while the last word is typed.
   */
  base: Base | null;
  /** Each document's score and bits before a word after the base first changed them (`journal` lists them). */
  savedScore: Float64Array;
  savedMatched: Uint16Array;
  savedTitle: Uint16Array;
  /** 1 for the documents in `journal`. */
  saved: Uint8Array;
  journal: number[];
}

/** The leading words an accumulate added from kept matches, and what `touched` held after them. */
interface Base {
  matches: readonly WordMatches[];
  bits: readonly number[];
  allowed: Uint8Array | undefined;
  touched: number;
}

/**
 * The arrays of the last accumulate, kept for the next: a search allocated five arrays the size of the
 * index at every keystroke (250 kB at 10,000 documents), and the garbage collector's pauses showed in
 * typing's slowest keys. The next accumulate clears what the last one touched, or, when it starts with
 * the same kept words, puts back what the words after them changed.
 */
let scratch: Scratch | null = null;

function scratchArrays(size: number): Scratch {
  if (scratch && scratch.score.length === size) return scratch;
  scratch = {
    touched: [],
    score: new Float64Array(size),
    matched: new Uint16Array(size),
    matchedTitle: new Uint16Array(size),
    wordScore: new Float64Array(size),
    fieldBest: new Float64Array(size),
    titleHit: new Uint8Array(size),
    base: null,
    savedScore: new Float64Array(size),
    savedMatched: new Uint16Array(size),
    savedTitle: new Uint16Array(size),
    saved: new Uint8Array(size),
    journal: [],
  };
  return scratch;
}

/** Every score and bit back to zero. */
function clearAll(arrays: Scratch): void {
  const { touched, score, matched, matchedTitle } = arrays;
  for (const doc of touched) {
    score[doc] = 0;
    matched[doc] = 0;
    matchedTitle[doc] = 0;
  }
  arrays.touched = [];
  forgetJournal(arrays);
  arrays.base = null;
}

function forgetJournal(arrays: Scratch): void {
  for (const doc of arrays.journal) arrays.saved[doc] = 0;
  arrays.journal = [];
}

/** The arrays as they were after the base's words: what the words after them changed is put back. */
function backToBase(arrays: Scratch, base: Base): void {
  const { score, matched, matchedTitle, savedScore, savedMatched, savedTitle, journal } = arrays;
  for (const doc of journal) {
    score[doc] = savedScore[doc]!;
    matched[doc] = savedMatched[doc]!;
    matchedTitle[doc] = savedTitle[doc]!;
  }
  forgetJournal(arrays);
  arrays.touched.length = base.touched;
}

/** Whether the base holds exactly these leading words (the same kept matches, bits and filter). */
function sameBase(
  base: Base | null,
  kept: readonly (WordMatches | undefined)[],
  bits: readonly number[],
  allowed: Uint8Array | undefined,
): base is Base {
  if (!base || base.allowed !== allowed || base.matches.length !== bits.length) return false;
  for (let i = 0; i < bits.length; i++) {
    if (base.matches[i] !== kept[i] || base.bits[i] !== bits[i]) return false;
  }
  return true;
}

/**
 * Scores every document matching any expansion; the arrays returned are valid until the next call. Per
 * query word and field the best expansion counts (so a prefix with many completions is not counted many
 * times); fields add up; words add up, in the words' order. A word whose matches were kept (typing a
 * query asks for its finished words again at every key) reads none of its postings; when the words
 * before the first one not kept are the ones the last call began with, their sums are not added again:
 * the arrays go back to what they held after them (the same additions in the same order, so the same
 * numbers).
 */
export function accumulate(
  parts: IndexParts,
  words: readonly FieldExpansions[],
  options: AccumulateOptions,
): Accumulated {
  const size = parts.docs.records.length;
  const arrays = scratchArrays(size);
  const bitOf = (i: number) => options.wordBits?.[i] ?? (i < 16 ? 1 << i : 0);
  // The leading words with kept matches: the base, when some later word is not kept.
  let leading = 0;
  while (leading < words.length && options.kept?.[leading]) leading++;
  if (leading === words.length) leading = 0;
  const kept = options.kept ?? [];
  const bits = Array.from({ length: leading }, (_, i) => bitOf(i));
  let first = 0;
  if (leading > 0 && sameBase(arrays.base, kept, bits, options.allowed)) {
    backToBase(arrays, arrays.base);
    first = leading;
  } else {
    clearAll(arrays);
  }
  const { score, matched, matchedTitle, savedScore, savedMatched, savedTitle, saved, journal } = arrays;
  // Past the base, each document's values before its first change are kept, to be put back next time.
  let journaling = first > 0;
  const note = (doc: number) => {
    if (!journaling || saved[doc] === 1) return;
    saved[doc] = 1;
    journal.push(doc);
    savedScore[doc] = score[doc]!;
    savedMatched[doc] = matched[doc]!;
    savedTitle[doc] = matchedTitle[doc]!;
  };

  for (let i = first; i < words.length; i++) {
    if (i === leading && leading > 0 && !journaling) {
      arrays.base = {
        matches: kept.slice(0, leading) as WordMatches[],
        bits,
        allowed: options.allowed,
        touched: arrays.touched.length,
      };
      journaling = true;
    }
    const touched = arrays.touched;
    const expansions = words[i]!;
    const bit = bitOf(i);
    let matches = options.kept?.[i];
    if (!matches) {
      const touchedWord = matchWord(parts, expansions, options, arrays);
      if (!options.keeps?.(i)) {
        // Added from the scratch arrays, which are cleared on the way.
        const { wordScore, titleHit } = arrays;
        for (const doc of touchedWord) {
          note(doc);
          if (matched[doc] === 0) touched.push(doc);
          score[doc]! += wordScore[doc]!;
          matched[doc]! |= bit;
          if (titleHit[doc] === 1) matchedTitle[doc]! |= bit;
          wordScore[doc] = 0;
          titleHit[doc] = 0;
        }
        continue;
      }
      matches = keptMatches(touchedWord, arrays);
      options.keep?.(i, matches);
    }
    const { docs, scores, inTitle } = matches;
    for (let k = 0; k < docs.length; k++) {
      const doc = docs[k]!;
      note(doc);
      if (matched[doc] === 0) touched.push(doc);
      score[doc]! += scores[k]!;
      matched[doc]! |= bit;
      if (inTitle[k] === 1) matchedTitle[doc]! |= bit;
    }
  }
  return arrays;
}

/**
 * One word's documents, in the order first met; its score in each is left in `wordScore` and a title
 * match in `titleHit`, for the caller to take and clear.
 */
function matchWord(
  parts: IndexParts,
  expansions: FieldExpansions,
  options: AccumulateOptions,
  arrays: Scratch,
): number[] {
  const { docs, fields } = parts;
  const totalDocs = Math.max(1, docs.liveCount);
  const records = docs.records;
  const allowed = options.allowed;
  const { wordScore, fieldBest, titleHit } = arrays;
  const touchedWord: number[] = [];
  for (let f = 0; f < FIELD_COUNT; f++) {
    const lengths = docs.fieldLengths[f]!;
    const averageLength = docs.averageLength(f);
    const b = BM25_B[f] ?? 0.75;
    const fieldWeight = options.fieldWeights[f] ?? 1;
    const touchedField: number[] = [];
    for (const { term, quality } of expansions[f]!) {
      const list = fields[f]!.get(term);
      if (!list) continue;
      const df = fields[f]!.documentFrequency(term);
      const weight = fieldWeight * quality * inverseDocumentFrequency(totalDocs, df);
      for (let p = 0; p < list.length; p++) {
        const packed = list[p]!;
        const doc = postingDoc(packed);
        if (records[doc] === null || (allowed && allowed[doc] !== 1)) continue;
        const tf = postingTf(packed);
        const norm = 1 - b + (b * lengths[doc]!) / averageLength;
        const s = (weight * tf * (BM25_K1 + 1)) / (tf + BM25_K1 * norm);
        if (s > fieldBest[doc]!) {
          if (fieldBest[doc] === 0) touchedField.push(doc);
          fieldBest[doc] = s;
        }
      }
    }
    for (const doc of touchedField) {
      if (wordScore[doc] === 0) touchedWord.push(doc);
      wordScore[doc]! += fieldBest[doc]!;
      fieldBest[doc] = 0;
      if (f === 0) titleHit[doc] = 1;
    }
  }
  return touchedWord;
}

/** A word's matches taken out of the scratch arrays (which are cleared), to be used again. */
function keptMatches(touchedWord: readonly number[], arrays: Scratch): WordMatches {
  const { wordScore, titleHit } = arrays;
  const docs = Uint32Array.from(touchedWord);
  const scores = new Float64Array(docs.length);
  const inTitle = new Uint8Array(docs.length);
  for (let k = 0; k < docs.length; k++) {
    const doc = docs[k]!;
    scores[k] = wordScore[doc]!;
    inTitle[k] = titleHit[doc]!;
    wordScore[doc] = 0;
    titleHit[doc] = 0;
  }
  return { docs, scores, inTitle };
}

export function popcount(bits: number): number {
  let n = 0;
  for (let b = bits; b !== 0; b &= b - 1) n++;
  return n;
}
