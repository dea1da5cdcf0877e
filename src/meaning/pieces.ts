// Splits text into the sentence encoder's word pieces: the most probable segmentation under the
// vocabulary's unigram log-probabilities (Viterbi). A word starts with "▁"; a character no piece covers
// becomes the unknown piece (id 0), and a run of unknowns one id.

/** The vocabulary file: [piece, log-probability] in id order. */
export type PieceVocabulary = readonly (readonly [string, number])[];

/** Ids below this are control symbols (<unk>, <s>, </s>, spares), never matched in text. */
const RESERVED_IDS = 6;
const UNKNOWN_ID = 0;
const WORD_MARK = '\u2581';
/** Pieces longer than this (in code points) are not looked for; the vocabulary's longest are shorter. */
const MAX_PIECE_LENGTH = 32;
/** An unknown character costs this much below the least probable piece (as in SentencePiece). */
const UNKNOWN_PENALTY = 10;

export class PieceTokenizer {
  private readonly ids = new Map<string, number>();
  private readonly scores: Float64Array;
  private readonly longest: number;
  private readonly unknownScore: number;

  constructor(vocabulary: PieceVocabulary) {
    this.scores = new Float64Array(vocabulary.length);
    let longest = 1;
    let lowest = 0;
    for (let id = RESERVED_IDS; id < vocabulary.length; id++) {
      const [piece, score] = vocabulary[id]!;
      this.ids.set(piece, id);
      this.scores[id] = score;
      longest = Math.max(longest, [...piece].length);
      lowest = Math.min(lowest, score);
    }
    this.longest = Math.min(longest, MAX_PIECE_LENGTH);
    this.unknownScore = lowest - UNKNOWN_PENALTY;
  }

  /** Piece ids of a text (NFKC, spaces as word marks). */
  encode(text: string): number[] {
    const normalized = text.normalize('NFKC');
    if (normalized.length === 0) return [];
    const chars = [...(WORD_MARK + normalized.replace(/ /g, WORD_MARK))];
    const n = chars.length;
    // best[end]: highest total log-probability of chars[0, end); from/piece: the last piece of that path.
    const best = new Float64Array(n + 1).fill(Number.NEGATIVE_INFINITY);
    const from = new Int32Array(n + 1);
    const piece = new Int32Array(n + 1);
    best[0] = 0;
    for (let start = 0; start < n; start++) {
      const base = best[start]!;
      if (base === Number.NEGATIVE_INFINITY) continue;
      let matched = false;
      let text = '';
      for (let end = start + 1; end <= Math.min(n, start + this.longest); end++) {
        text += chars[end - 1];
        const id = this.ids.get(text);
        if (id === undefined) continue;
        matched = true;
        const score = base + this.scores[id]!;
        if (score >= best[end]!) {
          best[end] = score;
          from[end] = start;
          piece[end] = id;
        }
      }
      // No piece starts here: the character is unknown. It costs more than any piece, or skipping letters
      // as unknown could beat a piece that covers them (a vocabulary where "▁new" is a piece but "n" is not).
      // With the encoder's vocabulary every character in a piece is a piece too, so this never changes its
      // pieces: an unknown character there is in no piece, and every segmentation pays for it alike.
      const unknown = base + this.unknownScore;
      if (!matched && unknown >= best[start + 1]!) {
        best[start + 1] = unknown;
        from[start + 1] = start;
        piece[start + 1] = UNKNOWN_ID;
      }
    }
    const reversed: number[] = [];
    for (let end = n; end > 0; end = from[end]!) reversed.push(piece[end]!);
    const ids: number[] = [];
    for (let i = reversed.length - 1; i >= 0; i--) {
      const id = reversed[i]!;
      if (id === UNKNOWN_ID && ids[ids.length - 1] === UNKNOWN_ID) continue;
      ids.push(id);
    }
    return ids;
  }
}
