// The sentence encoder: word pieces in, one 512-number meaning vector per text out (unit length, so a dot
// product is the cosine). Where the model's files come from (extension package, disk) is the caller's.
import type { GraphModel } from '@tensorflow/tfjs-converter';
import { type Tensor, tensor1d, tensor2d } from '@tensorflow/tfjs-core';
import { PieceTokenizer, type PieceVocabulary } from './pieces';

/** Texts are cut to this many characters: a meaning vector of a long page is no better than of its start. */
export const MAX_TEXT_CHARS = 600;
/** Texts per model call: bounds the memory of one call. */
const BATCH = 64;

export class SentenceEncoder {
  private readonly tokenizer: PieceTokenizer;

  constructor(
    private readonly model: GraphModel,
    vocabulary: PieceVocabulary,
  ) {
    this.tokenizer = new PieceTokenizer(vocabulary);
  }

  /** One unit vector per text, in order. */
  async embed(texts: readonly string[]): Promise<Float32Array[]> {
    const out: Float32Array[] = [];
    for (let i = 0; i < texts.length; i += BATCH) {
      out.push(...(await this.embedBatch(texts.slice(i, i + BATCH))));
    }
    return out;
  }

  private async embedBatch(texts: readonly string[]): Promise<Float32Array[]> {
    const positions: number[] = [];
    const values: number[] = [];
    texts.forEach((text, row) => {
      // An empty text still needs one piece, or the model returns fewer rows than texts.
      const ids = this.tokenizer.encode(text.slice(0, MAX_TEXT_CHARS).trim() || '.');
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
