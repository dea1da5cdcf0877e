// The sentence encoder: word pieces in, one 512-number meaning vector per text out (unit length, so a dot
// product is the cosine). Where the model's files come from (extension package, disk) is the caller's.
import type { GraphModel } from '@tensorflow/tfjs-converter';
import { type Tensor, tensor1d, tensor2d } from '@tensorflow/tfjs-core';
import { PieceTokenizer, type PieceVocabulary } from './pieces';

/** Texts are cut to this many characters: a meaning vector of a long page is no better than of its start. */
export const MAX_TEXT_CHARS = 600;
/** Texts per model call: bounds the memory of one call. */
const BATCH = 64;
/**
 * The model pads every row of a call to the call's longest text, so a call costs about its rows times its
 * longest row: a text less than this share of the longest one's pieces goes to another call (a page's
 * whole text and its short sentences: two or three calls, about 0.6 of the time of one).
 */
const SAME_CALL_SHARE = 0.5;

/**
 * Which texts share a model call, by their pieces' counts: the longest first, each call's texts of at least
 * SAME_CALL_SHARE of its longest, at most BATCH; each call's texts in the order given.
 */
export function callGroups(lengths: readonly number[]): number[][] {
  const order = lengths.map((_, i) => i).sort((a, b) => lengths[b]! - lengths[a]! || a - b);
  const groups: number[][] = [];
  let current: number[] = [];
  let longest = 0;
  for (const i of order) {
    if (current.length === 0 || current.length >= BATCH || lengths[i]! < longest * SAME_CALL_SHARE) {
      if (current.length > 0) groups.push(current);
      current = [];
      longest = lengths[i]!;
    }
    current.push(i);
  }
  if (current.length > 0) groups.push(current);
  return groups.map((group) => group.sort((a, b) => a - b));
}

export class SentenceEncoder {
  private readonly tokenizer: PieceTokenizer;

  constructor(
    private readonly model: GraphModel,
    vocabulary: PieceVocabulary,
  ) {
    this.tokenizer = new PieceTokenizer(vocabulary);
  }

  /** One unit vector per text, in order; texts of like length share a model call. */
  async embed(texts: readonly string[]): Promise<Float32Array[]> {
    // An empty text still needs one piece, or the model returns fewer rows than texts.
    const pieces = texts.map((text) => this.tokenizer.encode(text.slice(0, MAX_TEXT_CHARS).trim() || '.'));
    const out: Float32Array[] = new Array(texts.length);
    for (const group of callGroups(pieces.map((ids) => ids.length))) {
      const vectors = await this.embedBatch(group.map((i) => pieces[i]!));
      group.forEach((i, row) => {
        out[i] = vectors[row]!;
      });
    }
    return out;
  }

  private async embedBatch(pieceRows: readonly number[][]): Promise<Float32Array[]> {
    const positions: number[] = [];
    const values: number[] = [];
    pieceRows.forEach((ids, row) => {
      ids.forEach((id, column) => {
        positions.push(row, column);
        values.push(id);
      });
    });
    const indices = tensor2d(positions, [values.length, 2], 'int32');
    const pieces = tensor1d(values, 'int32');
    let output: Tensor | Tensor[] | undefined;
    try {
      output = await this.model.executeAsync({ indices, values: pieces });
      const result = Array.isArray(output) ? output[0]! : output;
      const [rows, width] = result.shape as [number, number];
      const data = (await result.data()) as Float32Array;
      return Array.from({ length: rows }, (_, r) => unit(data.slice(r * width, (r + 1) * width)));
    } finally {
      indices.dispose();
      pieces.dispose();
      if (Array.isArray(output)) for (const t of output) t.dispose();
      else output?.dispose();
    }
  }
}

function unit(vector: Float32Array): Float32Array {
  let norm = 0;
  for (let i = 0; i < vector.length; i++) norm += vector[i]! * vector[i]!;
  norm = Math.sqrt(norm);
  if (norm > 0) for (let i = 0; i < vector.length; i++) vector[i]! /= norm;
  return vector;
}
