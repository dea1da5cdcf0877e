import { describe, expect, it } from 'vitest';
import { type SearchDoc, SearchIndex } from '../../../src/search';
import { DAMAGED_ITEM, ids, LATE_DELIVERY, REFUND_REQUEST, SUPPORT_KB } from './fixtures';

const QUERIES = [
  'refnd',
  'refund',
  'cancle subscripton',
  'passwrd reset',
  'billing',
  'late',
  'charged twice',
  'x',
];

function results(index: SearchIndex): unknown[] {
  return QUERIES.map((query) => index.search(query, { now: 0 }));
}

/** Rankings without scores: removed docs still count in word statistics until the index compacts. */
function rankings(index: SearchIndex): unknown[] {
  return QUERIES.map((query) => index.search(query, { now: 0 }).map(({ score: _score, ...hit }) => hit));
}

describe('incremental updates', () => {
  it('adds a doc without a rebuild and finds it at once', () => {
    const index = SearchIndex.build([REFUND_REQUEST]);
    expect(index.search('damaged')).toEqual([]);
    index.add(DAMAGED_ITEM);
    expect(index.size).toBe(2);
    expect(index.search('damagd')[0]?.id).toBe('damaged-item');
    expect(index.didYouMean('damagd')).toBe('damaged');
  });

  it('replaces a doc with the same id', () => {
    const index = SearchIndex.build(SUPPORT_KB);
    index.add({ ...LATE_DELIVERY, title: 'Parcel lost in transit', body: 'Open a claim with the carrier.' });
    expect(index.size).toBe(SUPPORT_KB.length);
    expect(ids(index.search('late delivery'))).not.toContain('late-delivery');
    expect(index.search('parcel lost')[0]?.id).toBe('late-delivery');
    expect(index.search('parcel lost')).toHaveLength(1);
  });

  it('removes a doc from every field', () => {
    const index = SearchIndex.build(SUPPORT_KB);
    index.remove('refund-request');
    index.remove('no-such-id');
    expect(index.size).toBe(SUPPORT_KB.length - 1);
    expect(ids(index.search('refund'))).not.toContain('refund-request');
    expect(ids(index.search('reimburse'))).toEqual([]);
    expect(ids(index.suggest('I want my money back'))).not.toContain('refund-request');
  });

  it('gives the same results as a fresh build after many adds and removes', () => {
    const index = SearchIndex.build([]);
    for (let round = 0; round < 30; round++) {
      for (const doc of SUPPORT_KB) index.add({ ...doc, id: `${doc.id}-${round}` });
      if (round > 0) for (const doc of SUPPORT_KB) index.remove(`${doc.id}-${round - 1}`);
    }
    const renamed: SearchDoc[] = SUPPORT_KB.map((doc) => ({ ...doc, id: `${doc.id}-29` }));
    expect(index.size).toBe(SUPPORT_KB.length);
    expect(rankings(index)).toEqual(rankings(SearchIndex.build(renamed)));
  });

  it('empties completely', () => {
    const index = SearchIndex.build(SUPPORT_KB);
    for (const doc of SUPPORT_KB) index.remove(doc.id);
    expect(index.size).toBe(0);
    expect(index.search('refund')).toEqual([]);
    expect(index.suggest('refund please')).toEqual([]);
  });
});

describe('snapshots', () => {
  it('gives identical results after toJSON → JSON text → fromJSON', () => {
    const index = SearchIndex.build(SUPPORT_KB);
    index.remove('damaged-item');
    index.add({ ...DAMAGED_ITEM, id: 'damaged-item-2' });
    const restored = SearchIndex.fromJSON(JSON.parse(JSON.stringify(index.toJSON())));
    expect(restored.size).toBe(index.size);
    expect(results(restored)).toEqual(results(index));
    expect(restored.suggest('the mug arrived broken', { now: 0 })).toEqual(
      index.suggest('the mug arrived broken', { now: 0 }),
    );
    expect(restored.didYouMean('refnud')).toBe('refund');
  });

  it('keeps working incrementally after loading', () => {
    const restored = SearchIndex.fromJSON(SearchIndex.build(SUPPORT_KB).toJSON());
    restored.add({ ...REFUND_REQUEST, id: 'refund-policy', title: 'Refund policy for gift cards' });
    restored.remove('refund-request');
    expect(restored.search('refund gift')[0]?.id).toBe('refund-policy');
    expect(ids(restored.search('refund'))).not.toContain('refund-request');
  });

  it('can load the same snapshot object twice', () => {
    const snapshot = SearchIndex.build(SUPPORT_KB).toJSON();
    const first = SearchIndex.fromJSON(snapshot);
    const second = SearchIndex.fromJSON(snapshot);
    expect(results(second)).toEqual(results(first));
  });

  it('rejects other versions and other data with a clear error', () => {
    const snapshot = SearchIndex.build(SUPPORT_KB).toJSON();
    expect(() => SearchIndex.fromJSON({ ...snapshot, version: 99 })).toThrow(/version 99 is not supported/);
    expect(() => SearchIndex.fromJSON({ hello: 'world' })).toThrow(/Not a search index snapshot/);
    expect(() => SearchIndex.fromJSON(null)).toThrow(/Not a search index snapshot/);
    expect(() => SearchIndex.fromJSON({ ...snapshot, fields: [] })).toThrow(/damaged/);
  });
});
