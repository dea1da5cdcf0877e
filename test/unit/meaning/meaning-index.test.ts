import { describe, expect, it } from 'vitest';
import { DIMENSIONS, MeaningIndex, quantize } from '../../../src/meaning/meaning-index';
import { axis, blend, cosine, random, randomUnit } from './vectors';

/** A quantised vector back to numbers. */
function restore(codes: Int8Array, scale: number, v: number): Float32Array {
  return Float32Array.from(codes.subarray(v * DIMENSIONS, (v + 1) * DIMENSIONS), (code) => code * scale);
}

function indexOf(docs: Record<string, Float32Array[]>): MeaningIndex {
  const index = new MeaningIndex();
  for (const [id, vectors] of Object.entries(docs)) index.set(id, quantize(vectors));
  return index;
}

function ranked(scores: Map<string, number>): string[] {
  return [...scores].sort((a, b) => b[1] - a[1]).map(([id]) => id);
}

const query = axis(0);

describe('quantize', () => {
  it('keeps cosines within 0.01 of the float ones', () => {
    const next = random(7);
    const vectors = Array.from({ length: 24 }, () => randomUnit(next));
    // Some pairs close in meaning, not only near-orthogonal random ones.
    vectors.push(blend([vectors[0]!, 1], [vectors[1]!, 0.3]), blend([vectors[2]!, 1], [vectors[3]!, 0.05]));
    const { codes, scales } = quantize(vectors);
    expect(codes).toHaveLength(vectors.length * DIMENSIONS);
    expect(scales).toHaveLength(vectors.length);
    const restored = vectors.map((_, v) => restore(codes, scales[v]!, v));
    let worst = 0;
    for (let a = 0; a < vectors.length; a++) {
      // The message's vector stays float; the knowledge base's is quantised.
      worst = Math.max(worst, Math.abs(cosine(vectors[a]!, restored[a]!) - 1));
      for (let b = 0; b < vectors.length; b++) {
        const exact = cosine(vectors[a]!, vectors[b]!);
        worst = Math.max(worst, Math.abs(cosine(vectors[a]!, restored[b]!) - exact));
      }
    }
    expect(worst).toBeLessThan(0.01);
    expect(cosine(vectors[0]!, restored.at(-2)!)).toBeGreaterThan(0.9);
  });

  it('uses the full byte range for each vector', () => {
    const next = random(3);
    const { codes } = quantize([randomUnit(next), axis(5)]);
    const first = codes.subarray(0, DIMENSIONS);
    expect(Math.max(...first.map(Math.abs))).toBe(127);
    expect(codes[DIMENSIONS + 5]).toBe(127);
  });
});

describe('MeaningIndex', () => {
  it('ranks first the doc with a phrase matching the message', () => {
    const index = indexOf({
      exchange: [axis(1), axis(2)],
      card: [axis(3), blend([query, 1], [axis(4), 0.1]), axis(5)],
      identity: [axis(6)],
    });
    const scores = index.closeness(query, []);
    expect(ranked(scores)[0]).toBe('card');
    expect(scores.get('card')!).toBeGreaterThan(scores.get('exchange')! + 0.3);
    expect(scores.get('exchange')!).toBeCloseTo(0, 2);
  });

  it('scores the mean of closeness to the centre and to the closest phrase', () => {
    const index = indexOf({
      // One phrase saying exactly the message: centre and closest phrase both 1.
      exact: [query],
      // One exact phrase among unrelated ones: closest 1, centre 0.71.
      'one-phrase': [query, axis(1)],
      // No phrase exact, but all of them around the message: closest 0.71, centre 1.
      'all-around': [blend([query, 1], [axis(2), 1]), blend([query, 1], [axis(2), -1])],
      // One phrase somewhat close: 0.71 and 0.71.
      somewhat: [blend([query, 1], [axis(3), 1])],
    });
    const scores = index.closeness(query, []);
    const mean = (1 + Math.SQRT1_2) / 2;
    expect(scores.get('exact')!).toBeCloseTo(1, 2);
    expect(scores.get('one-phrase')!).toBeCloseTo(mean, 2);
    expect(scores.get('all-around')!).toBeCloseTo(mean, 2);
    expect(scores.get('somewhat')!).toBeCloseTo(Math.SQRT1_2, 2);
    expect(ranked(scores)[0]).toBe('exact');
    expect(ranked(scores).at(-1)).toBe('somewhat');
  });

  it('scores all docs with the closest centres, and wanted docs beyond them', () => {
    const docs: Record<string, Float32Array[]> = {};
    for (let i = 1; i <= 110; i++) docs[`near-${i}`] = [blend([query, 1], [axis(i), 1])];
    docs.far = [blend([query, 0.2], [axis(300), 1])];
    const index = indexOf(docs);
    const plain = index.closeness(query, []);
    expect(plain.size).toBe(100);
    expect(plain.has('far')).toBe(false);
    expect([...plain.keys()].every((id) => id.startsWith('near-'))).toBe(true);

    const wanted = index.closeness(query, ['far']);
    expect(wanted.size).toBe(101);
    expect(wanted.get('far')!).toBeCloseTo(0.2 / Math.sqrt(1.04), 2);
  });

  it('leaves out ids it has no vectors for', () => {
    const index = indexOf({ card: [query] });
    const scores = index.closeness(query, ['ghost', 'card']);
    expect([...scores.keys()]).toEqual(['card']);
  });

  it('forgets a deleted doc', () => {
    const index = indexOf({ card: [query], exchange: [axis(1)] });
    expect(index.size).toBe(2);
    index.delete('card');
    expect(index.size).toBe(1);
    expect(index.has('card')).toBe(false);
    expect([...index.ids()]).toEqual(['exchange']);
    expect(index.closeness(query, ['card']).has('card')).toBe(false);
  });

  it('replaces a doc set again', () => {
    const index = indexOf({ card: [axis(1)] });
    index.set('card', quantize([query]));
    expect(index.size).toBe(1);
    expect(index.closeness(query, []).get('card')!).toBeCloseTo(1, 2);
  });

  it('does not store a doc without vectors, and drops one that loses them', () => {
    const index = indexOf({ card: [query] });
    index.set('empty', quantize([]));
    expect(index.has('empty')).toBe(false);
    expect(index.size).toBe(1);
    index.set('card', quantize([]));
    expect(index.has('card')).toBe(false);
    expect(index.size).toBe(0);
    expect(index.closeness(query, ['card', 'empty']).size).toBe(0);
  });

  it('does not store vectors of the wrong length', () => {
    const index = new MeaningIndex();
    index.set('short', { codes: new Int8Array(DIMENSIONS - 1), scales: new Float32Array(1) });
    expect(index.size).toBe(0);
  });
});
