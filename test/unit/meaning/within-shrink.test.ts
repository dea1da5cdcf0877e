import { describe, expect, it } from 'vitest';
import { DIMENSIONS, MeaningIndex, quantize } from '../../../src/meaning/meaning-index';
import { fitWithinShrink, shrinkQuery } from '../../../src/meaning/within-shrink';
import { axis, blend, cosine } from './vectors';

/**
 * Twenty articles, each about its own axis (0–19), each phrase worded one of four ways (axes 100–103) that
 * every article's phrasings share; the warranty article (axis 0) is never worded the first way.
 */
function articles(): Map<string, Float32Array[]> {
  const docs = new Map<string, Float32Array[]>();
  for (let i = 0; i < 20; i++) {
    const wordings = i === 0 ? [1, 2, 3] : [0, 1, 2, 3];
    docs.set(
      i === 0 ? 'warranty' : i === 1 ? 'refund' : `a${i}`,
      wordings.map((j) => blend([axis(i), 1], [axis(100 + j), 1.2])),
    );
  }
  return docs;
}

function indexOf(docs: Map<string, Float32Array[]>): MeaningIndex {
  const index = new MeaningIndex();
  index.shrinkWithin = true;
  for (const [id, vectors] of docs) index.set(id, quantize(vectors));
  return index;
}

function first(scores: Map<string, number>): string {
  return [...scores].sort((a, b) => b[1] - a[1])[0]![0];
}

describe('within-article shrink', () => {
  it('finds the directions the phrasings spread in and shrinks them, leaving the others', () => {
    const shrink = fitWithinShrink([...articles().values()].map((list) => quantize(list)))!;
    expect(shrink.phrases).toBe(79);
    // The strongest direction lies in the wording axes, and is shrunk to less than a tenth.
    const top = shrink.basis.subarray(0, DIMENSIONS);
    let inWording = 0;
    for (let j = 100; j < 104; j++) inWording += top[j]! ** 2;
    expect(inWording).toBeGreaterThan(0.95);
    expect(1 - shrink.drop[0]!).toBeLessThan(0.1);
    // A message about an article's own axis alone keeps its direction.
    const plain = axis(7);
    expect(cosine(shrinkQuery(shrink, plain), plain)).toBeGreaterThan(0.999);
    // One worded as one way against another loses most of the wording (what all four ways share is no
    // spread within an article, so it stays).
    const worded = blend([axis(7), 1], [axis(100), 0.7], [axis(101), -0.7]);
    const mapped = shrinkQuery(shrink, worded);
    expect(Math.abs(mapped[100]!)).toBeLessThan(0.1 * Math.abs(mapped[7]!));
  });

  it('lets what a message is about decide over how it is worded', () => {
    const docs = articles();
    // About the warranty, worded the way only its neighbours' phrasings are.
    const message = blend([axis(0), 1], [axis(1), 0.3], [axis(100), 1.5]);
    const index = indexOf(docs);
    expect(first(index.closeness(message, [], undefined, true))).toBe('refund');
    expect(first(index.closeness(message, []))).toBe('warranty');
    index.shrinkWithin = false;
    expect(first(index.closeness(message, []))).toBe('refund');
  });

  it('is fitted again once a tenth of the articles changed, and only by sync when asked to wait', () => {
    const docs = articles();
    const index = indexOf(docs);
    const message = blend([axis(0), 1], [axis(100), 1.5]);
    index.closeness(message, []);
    const fitted = index.withinShrink;
    expect(fitted).not.toBeNull();
    index.set('a2', quantize(docs.get('a2')!));
    index.closeness(message, []);
    expect(index.withinShrink).toBe(fitted);
    index.set('a3', quantize(docs.get('a3')!));
    expect(index.shrinkStale).toBe(true);
    index.autoRefit = false;
    index.closeness(message, []);
    expect(index.withinShrink).toBe(fitted);
    index.refitShrink();
    expect(index.withinShrink).not.toBe(fitted);
    expect(index.shrinkStale).toBe(false);
  });

  it('in turns, reads every length before the new map is used, and scores as a fit in one go does', async () => {
    const docs = articles();
    const index = indexOf(docs);
    index.autoRefit = false;
    const message = blend([axis(0), 1], [axis(1), 0.3], [axis(100), 1.5]);
    const plain = index.closeness(message, [], undefined, true);
    let turns = 0;
    const during: Map<string, number>[] = [];
    await index.refitShrinkInTurns(async () => {
      turns++;
      // Requests meanwhile read what was in use before: no map yet, so plain closeness.
      during.push(index.closeness(message, []));
      if (turns === 3) index.set('a5', quantize(docs.get('a5')!));
    }, 4);
    expect(turns).toBeGreaterThan(5);
    for (const scores of during) expect(scores).toEqual(plain);
    expect(index.withinShrink).not.toBeNull();
    expect(index.shrinkStale).toBe(false);
    const inTurns = index.closeness(message, []);
    expect(first(inTurns)).toBe('warranty');
    const once = indexOf(docs);
    once.refitShrink();
    const inOneGo = once.closeness(message, []);
    for (const [id, value] of inOneGo) expect(inTurns.get(id)).toBeCloseTo(value, 6);
  });

  it('leaves a knowledge base whose articles have one phrase each as it is', () => {
    const index = indexOf(new Map([...articles()].map(([id, list]) => [id, list.slice(0, 1)])));
    const message = blend([axis(0), 1], [axis(100), 1.5]);
    expect(index.closeness(message, [])).toEqual(index.closeness(message, [], undefined, true));
    expect(index.withinShrink).toBeNull();
  });
});
