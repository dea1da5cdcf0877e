import { describe, expect, it } from 'vitest';
import {
  CLOSENESS_MIX,
  DIMENSIONS,
  EVEN_MIX,
  MeaningIndex,
  phrasePart,
  quantize,
} from '../../../src/meaning/meaning-index';
import { axis, blend, cosine, random, randomUnit } from './vectors';

/** A quantised vector back to numbers. */
function restore(codes: Int8Array, scale: number, v: number): Float32Array {
  return Float32Array.from(codes.subarray(v * DIMENSIONS, (v + 1) * DIMENSIONS), (code) => code * scale);
}

/** An index scoring plain closeness: the within-article shrink has tests of its own (within-shrink.test.ts). */
function indexOf(docs: Record<string, Float32Array[]>): MeaningIndex {
  const index = new MeaningIndex();
  index.shrinkWithin = false;
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

  it('scores the mean of closeness to the centre and to the closest phrase with the even mix', () => {
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
    index.mix = EVEN_MIX;
    const scores = index.closeness(query, []);
    const mean = (1 + Math.SQRT1_2) / 2;
    expect(scores.get('exact')!).toBeCloseTo(1, 2);
    expect(scores.get('one-phrase')!).toBeCloseTo(mean, 2);
    expect(scores.get('all-around')!).toBeCloseTo(mean, 2);
    expect(scores.get('somewhat')!).toBeCloseTo(Math.SQRT1_2, 2);
    expect(ranked(scores)[0]).toBe('exact');
    expect(ranked(scores).at(-1)).toBe('somewhat');
  });

  it('weighs the centre, the closest phrase, the second closest and the title by the mix', () => {
    // Phrases' closeness, title first: the closest 0.9, the second 0.5, the title 0.2.
    expect(phrasePart([0.2, 0.9, 0.5], { centre: 0, closest: 0.5, second: 0.25, title: 0.25 })).toBeCloseTo(
      0.625,
      10,
    );
    // One phrase: it is the closest, the second closest and the title.
    expect(phrasePart([0.4], { centre: 0, closest: 0.5, second: 0.25, title: 0.25 })).toBeCloseTo(0.4, 10);
    const index = indexOf({ titled: [axis(1), query], other: [query, axis(1)] });
    index.mix = { centre: 0, closest: 0, second: 0, title: 1 };
    const byTitle = index.closeness(query, []);
    expect(byTitle.get('titled')!).toBeCloseTo(0, 2);
    expect(byTitle.get('other')!).toBeCloseTo(1, 2);
    // The mix suggestions use adds up to one, so closeness keeps its scale.
    const { centre, closest, second, title } = CLOSENESS_MIX;
    expect(centre + closest + second + title).toBeCloseTo(1, 2);
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

/** Closeness as it was computed before the centres were kept in one array: every centre sorted. */
function referenceCloseness(
  docs: Map<string, Float32Array[]>,
  query: Float32Array,
  wanted: string[],
  centreCandidates: number,
): Map<string, number> {
  const single = new MeaningIndex();
  single.mix = EVEN_MIX;
  single.shrinkWithin = false;
  const centres: { id: string; score: number }[] = [];
  for (const [id, vectors] of docs) {
    single.set(id, quantize(vectors));
    // The centre's own score: closeness with no phrases but the centre's is (centre + best phrase) / 2.
    const alone = single.closeness(query, [id], 0).get(id)!;
    const entry = quantize(vectors);
    let closest = -1;
    for (let v = 0; v < entry.scales.length; v++) {
      let sum = 0;
      for (let i = 0; i < DIMENSIONS; i++) sum += query[i]! * entry.codes[v * DIMENSIONS + i]!;
      closest = Math.max(closest, sum * entry.scales[v]!);
    }
    centres.push({ id, score: alone * 2 - closest });
    single.delete(id);
  }
  const centreOf = new Map(centres.map((c) => [c.id, c.score]));
  centres.sort((a, b) => b.score - a.score);
  const ids = new Set(wanted);
  for (const { id } of centres.slice(0, centreCandidates)) ids.add(id);
  const result = new Map<string, number>();
  for (const id of ids) {
    const vectors = docs.get(id);
    if (!vectors) continue;
    const entry = quantize(vectors);
    let closest = -1;
    for (let v = 0; v < entry.scales.length; v++) {
      let sum = 0;
      for (let i = 0; i < DIMENSIONS; i++) sum += query[i]! * entry.codes[v * DIMENSIONS + i]!;
      closest = Math.max(closest, sum * entry.scales[v]!);
    }
    result.set(id, (centreOf.get(id)! + closest) / 2);
  }
  return result;
}

describe('MeaningIndex closeness over many articles', () => {
  it('scores the same articles as sorting every centre would, ties to the earlier article, through changes', () => {
    const next = random(11);
    const docs = new Map<string, Float32Array[]>();
    const index = new MeaningIndex();
    index.mix = EVEN_MIX;
    index.shrinkWithin = false;
    const put = (id: string, vectors: Float32Array[]) => {
      docs.set(id, vectors);
      index.set(id, quantize(vectors));
    };
    for (let i = 0; i < 120; i++) put(`a${i}`, [randomUnit(next), randomUnit(next)]);
    // Copies of one article: equal centres, so the cut among the closest is decided by ties.
    const copy = [randomUnit(next)];
    for (let i = 0; i < 30; i++) put(`copy${i}`, copy);
    const queries = [copy[0]!, randomUnit(next), blend([copy[0]!, 1], [randomUnit(next), 0.5])];
    const check = () => {
      for (const q of queries)
        for (const k of [0, 1, 7, 40, 100, 1000]) {
          const wanted = ['a3', 'copy29', 'missing'];
          const got = index.closeness(q, wanted, k);
          const want = referenceCloseness(docs, q, wanted, k);
          expect([...got.keys()].sort()).toEqual([...want.keys()].sort());
          for (const [id, value] of want) expect(got.get(id)).toBeCloseTo(value, 12);
        }
    };
    check();
    // Deleted, replaced and added articles (a replaced one keeps its place among the ties).
    for (const id of ['a5', 'copy3', 'a100']) {
      docs.delete(id);
      index.delete(id);
    }
    put('copy7', [randomUnit(next)]);
    put('copy7', copy);
    put('late', copy);
    put('a10', [randomUnit(next)]);
    check();
    expect(index.size).toBe(docs.size);
  });
});
