import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type SearchDoc, SearchIndex } from '../../../src/search';
import { indexFromJSON, indexToJSON } from '../../../src/search/json-snapshot';
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

  it('answers a query asked again after a change as a fresh build does (no stale word matches)', () => {
    const index = SearchIndex.build([REFUND_REQUEST]);
    const typed = (query: string) => [...query].map((_, i) => ids(index.search(query.slice(0, i + 1))));
    const fresh = (docs: SearchDoc[], query: string) => {
      const other = SearchIndex.build(docs);
      return [...query].map((_, i) => ids(other.search(query.slice(0, i + 1))));
    };
    const query = 'refund damagd item';
    expect(typed(query)).toEqual(fresh([REFUND_REQUEST], query));
    index.add(DAMAGED_ITEM);
    expect(typed(query)).toEqual(fresh([REFUND_REQUEST, DAMAGED_ITEM], query));
    expect(index.search('damagd item')[0]?.id).toBe('damaged-item');
    index.remove('damaged-item');
    expect(typed(query)).toEqual(fresh([REFUND_REQUEST], query));
    expect(ids(index.search('damagd item'))).not.toContain('damaged-item');
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
    const restored = indexFromJSON(JSON.parse(JSON.stringify(indexToJSON(index))));
    expect(restored.size).toBe(index.size);
    expect(results(restored)).toEqual(results(index));
    expect(restored.suggest('the mug arrived broken', { now: 0 })).toEqual(
      index.suggest('the mug arrived broken', { now: 0 }),
    );
    expect(restored.didYouMean('refnud')).toBe('refund');
  });

  it('keeps working incrementally after loading', () => {
    const restored = indexFromJSON(indexToJSON(SearchIndex.build(SUPPORT_KB)));
    restored.add({ ...REFUND_REQUEST, id: 'refund-policy', title: 'Refund policy for gift cards' });
    restored.remove('refund-request');
    expect(restored.search('refund gift')[0]?.id).toBe('refund-policy');
    expect(ids(restored.search('refund'))).not.toContain('refund-request');
  });

  it('can load the same snapshot object twice', () => {
    const snapshot = indexToJSON(SearchIndex.build(SUPPORT_KB));
    const first = indexFromJSON(snapshot);
    const second = indexFromJSON(snapshot);
    expect(results(second)).toEqual(results(first));
  });

  it('rejects other versions and other data with a clear error', () => {
    const snapshot = indexToJSON(SearchIndex.build(SUPPORT_KB));
    expect(() => indexFromJSON({ ...snapshot, version: 99 })).toThrow(/version 99 is not supported/);
    expect(() => indexFromJSON({ hello: 'world' })).toThrow(/Not a search index snapshot/);
    expect(() => indexFromJSON(null)).toThrow(/Not a search index snapshot/);
    expect(() => indexFromJSON({ ...snapshot, fields: [] })).toThrow(/damaged/);
  });
});

describe('packed snapshots (what IndexedDB stores)', () => {
  /** As IndexedDB stores and reads back a value: a structured clone. */
  const stored = (index: SearchIndex) => structuredClone(index.toPacked());

  it('gives identical results, suggestions and corrections after loading', () => {
    const index = SearchIndex.build(SUPPORT_KB);
    index.remove('damaged-item');
    index.add({ ...DAMAGED_ITEM, id: 'damaged-item-2' });
    const restored = SearchIndex.fromPacked(stored(index));
    expect(restored.size).toBe(index.size);
    expect(results(restored)).toEqual(results(index));
    expect(restored.suggest('the mug arrived broken', { now: 0 })).toEqual(
      index.suggest('the mug arrived broken', { now: 0 }),
    );
    expect(restored.didYouMean('refnud')).toBe('refund');
    expect(indexToJSON(restored)).toEqual(indexToJSON(index));
  });

  it('stores postings, vocabularies and strings in typed arrays, not one value per posting or word', () => {
    const packed = SearchIndex.build(SUPPORT_KB).toPacked();
    expect(packed.docs.strings.bytes).toBeInstanceOf(Uint8Array);
    expect(packed.docs.strings.ends).toBeInstanceOf(Uint32Array);
    expect(packed.docs.tagNames.bytes).toBeInstanceOf(Uint8Array);
    expect(packed.docs.kinds).toHaveLength(SUPPORT_KB.length);
    expect(packed.docs.lengths).toBeInstanceOf(Uint32Array);
    expect(packed.texts?.bytes).toBeInstanceOf(Uint8Array);
    expect(packed.texts?.ends).toHaveLength(SUPPORT_KB.length);
    expect(packed.texts?.key).toBe(packed.textsKey);
    expect(packed.shortWords).toBeInstanceOf(Uint8Array);
    expect(packed.fuzzy.ids).toBeInstanceOf(Uint32Array);
    expect(packed.fuzzy.forms.bytes).toBeInstanceOf(Uint8Array);
    expect(packed.fuzzy.display).toBeInstanceOf(Uint8Array);
    for (const field of packed.fields) {
      expect(field.terms.bytes).toBeInstanceOf(Uint8Array);
      expect(field.terms.ends).toHaveLength(field.counts.length - 1);
      expect(field.counts).toBeInstanceOf(Uint32Array);
      expect(field.bytes).toBeInstanceOf(Uint8Array);
    }
    // Every tag once, documents pointing at it by number.
    const tags = new Set(SUPPORT_KB.flatMap((doc) => doc.tags.map((tag) => tag.toLowerCase())));
    expect(packed.docs.tagNames.ends).toHaveLength(tags.size);
  });

  it('writes postings as variable-length deltas that read back exactly, large numbers included', () => {
    const many = Array.from({ length: 300 }, (_, i) => ({
      ...REFUND_REQUEST,
      id: `doc-${i}`,
      title: i % 97 === 0 ? `Zebra ${i}` : `Other ${i}`,
      body: 'refund '.repeat((i % 70) + 1),
    }));
    const index = SearchIndex.build(many);
    const packed = index.toPacked();
    const body = packed.fields[2]!;
    // 300 documents with "refund": deltas of 64 and more, two bytes each but the first.
    expect(body.bytes.length).toBeLessThan(body.counts[body.counts.length - 1]! * 2 + 16);
    const restored = SearchIndex.fromPacked(structuredClone(packed));
    expect(indexToJSON(restored)).toEqual(indexToJSON(index));
    expect(restored.search('zebra', { now: 0 })).toEqual(index.search('zebra', { now: 0 }));
  });

  it('packs again the same after some lists were looked up and others not', () => {
    const packed = stored(SearchIndex.build(SUPPORT_KB));
    const loaded = SearchIndex.fromPacked(packed);
    loaded.search('refund billing');
    expect(loaded.toPacked()).toEqual(packed);
  });

  it('keeps working incrementally after loading, through compaction, like a fresh build', () => {
    const loaded = SearchIndex.fromPacked(stored(SearchIndex.build(SUPPORT_KB)));
    loaded.add({ ...REFUND_REQUEST, title: 'Refund request for gift cards', body: 'Gift card refunds.' });
    loaded.remove('late-delivery');
    for (let round = 0; round < 40; round++) {
      for (const doc of SUPPORT_KB.slice(0, 3)) loaded.add({ ...doc, id: `${doc.id}-copy` });
    }
    const expected = [
      ...SUPPORT_KB.filter((doc) => doc.id !== 'late-delivery' && doc.id !== 'refund-request'),
      { ...REFUND_REQUEST, title: 'Refund request for gift cards', body: 'Gift card refunds.' },
      ...SUPPORT_KB.slice(0, 3).map((doc) => ({ ...doc, id: `${doc.id}-copy` })),
    ];
    expect(loaded.size).toBe(expected.length);
    // Removed documents' postings stay until compaction but no longer count: scores match a fresh build.
    expect(results(loaded)).toEqual(results(SearchIndex.build(expected)));
    expect(loaded.search('gift card')[0]?.id).toBe('refund-request');
  });

  it('packs an empty index and documents of any text, emoji, right-to-left and lone surrogates', () => {
    expect(SearchIndex.fromPacked(stored(SearchIndex.build([]))).search('refund')).toEqual([]);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string({ unit: 'binary', maxLength: 30 }), fc.string({ unit: 'binary' })), {
          maxLength: 8,
        }),
        (texts) => {
          const docs = texts.map(([title, body], i) => ({ ...REFUND_REQUEST, id: `d${i}`, title, body }));
          const index = SearchIndex.build([...docs, DAMAGED_ITEM]);
          const restored = SearchIndex.fromPacked(stored(index));
          expect(restored.size).toBe(index.size);
          for (const [title] of texts) {
            expect(restored.search(title, { now: 0 }).map((hit) => hit.id)).toEqual(
              index.search(title, { now: 0 }).map((hit) => hit.id),
            );
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('loads without its texts, searches with empty excerpts, and shows them once attached', () => {
    const index = SearchIndex.build(SUPPORT_KB);
    const { texts, ...apart } = stored(index);
    const loaded = SearchIndex.fromPacked(apart);
    expect(loaded.hasTexts).toBe(false);
    expect(ids(loaded.search('refund', { now: 0 }))).toEqual(ids(index.search('refund', { now: 0 })));
    expect(loaded.search('refund', { now: 0 }).every((hit) => hit.excerpt === '')).toBe(true);
    // Not yet packable: storing it now would lose the texts.
    expect(() => loaded.toPacked()).toThrow(/no excerpt texts yet/);
    // Texts of another snapshot, or damaged ones, are refused and change nothing.
    const other = stored(SearchIndex.build(SUPPORT_KB.slice(1))).texts;
    expect(loaded.attachTexts(other)).toBe(false);
    expect(loaded.attachTexts({ ...texts!, ends: texts!.ends.subarray(1) })).toBe(false);
    expect(loaded.attachTexts(undefined)).toBe(false);
    expect(loaded.hasTexts).toBe(false);
    // Changes made before the texts arrive keep their own texts.
    loaded.add({
      ...REFUND_REQUEST,
      id: 'gift',
      title: 'Gift card refunds',
      body: 'Gift cards are refunded.',
    });
    expect(loaded.attachTexts(texts)).toBe(true);
    expect(loaded.hasTexts).toBe(true);
    index.add({
      ...REFUND_REQUEST,
      id: 'gift',
      title: 'Gift card refunds',
      body: 'Gift cards are refunded.',
    });
    expect(loaded.search('refund', { now: 0 })).toEqual(index.search('refund', { now: 0 }));
    expect(loaded.toPacked()).toEqual(index.toPacked());
  });

  it('rejects other versions and damaged data with a clear error', () => {
    const packed = SearchIndex.build(SUPPORT_KB).toPacked();
    // Version 1 snapshots predate snippets: one stored by an older Own It is refused, so it is rebuilt.
    expect(() => SearchIndex.fromPacked({ ...packed, version: 1 })).toThrow(/version 1 is not supported/);
    // Version 2 counted an article's problem part once: refused too, so the index is rebuilt.
    expect(() => SearchIndex.fromPacked({ ...packed, version: 2 })).toThrow(/version 2 is not supported/);
    // Version 3 stored documents as JSON, their texts with them.
    expect(() => SearchIndex.fromPacked({ ...packed, version: 3 })).toThrow(/version 3 is not supported/);
    // Version 4 was stored as objects, not as one block of bytes (snapshot-bytes.ts): rebuilt as well.
    expect(() => SearchIndex.fromPacked({ ...packed, version: 4 })).toThrow(/version 4 is not supported/);
    // Version 5 kept vocabularies and documents' strings as text decoded whole on load: rebuilt.
    expect(() => SearchIndex.fromPacked({ ...packed, version: 5 })).toThrow(/version 5 is not supported/);
    expect(() => SearchIndex.fromPacked({ ...packed, version: 7 })).toThrow(/version 7 is not supported/);
    expect(() => SearchIndex.fromPacked(indexToJSON(SearchIndex.build(SUPPORT_KB)))).toThrow(/Not a packed/);
    const utf8 = (text: string) => new TextEncoder().encode(text);
    const { docs, texts } = packed;
    expect(() => SearchIndex.fromPacked({ ...packed, docs: utf8('[]') })).toThrow(/"docs" is missing/);
    expect(() =>
      SearchIndex.fromPacked({
        ...packed,
        docs: { ...docs, strings: { ...docs.strings, bytes: utf8('cut') } },
      }),
    ).toThrow(/strings do not add up/);
    expect(() => SearchIndex.fromPacked({ ...packed, docs: { ...docs, strings: utf8('no ends') } })).toThrow(
      /strings do not add up/,
    );
    expect(() =>
      SearchIndex.fromPacked({ ...packed, docs: { ...docs, tagIds: docs.tagIds.map(() => 9999) } }),
    ).toThrow(/tag is not in the list/);
    expect(() =>
      SearchIndex.fromPacked({ ...packed, docs: { ...docs, tagIds: docs.tagIds.subarray(1) } }),
    ).toThrow(/strings do not add up/);
    expect(() =>
      SearchIndex.fromPacked({ ...packed, docs: { ...docs, kinds: docs.kinds.subarray(1) } }),
    ).toThrow(/columns differ/);
    expect(() =>
      SearchIndex.fromPacked({ ...packed, docs: { ...docs, kinds: docs.kinds.map(() => 7) } }),
    ).toThrow(/unknown kind/);
    expect(() => SearchIndex.fromPacked({ ...packed, texts: { ...texts!, bytes: utf8('cut') } })).toThrow(
      /texts do not match/,
    );
    expect(() => SearchIndex.fromPacked({ ...packed, fuzzy: { ...packed.fuzzy, ids: [] } })).toThrow(
      /"fuzzy" is missing/,
    );
    const { forms } = packed.fuzzy;
    expect(() =>
      SearchIndex.fromPacked({
        ...packed,
        fuzzy: { ...packed.fuzzy, forms: { ...forms, ends: forms.ends.subarray(1) } },
      }),
    ).toThrow(/typo index does not add up/);
    expect(() =>
      SearchIndex.fromPacked({ ...packed, fuzzy: { ...packed.fuzzy, ids: packed.fuzzy.ids.map(() => 1e6) } }),
    ).toThrow(/typo index does not add up/);
    const [title, tags, body] = packed.fields;
    expect(() =>
      SearchIndex.fromPacked({
        ...packed,
        fields: [title, tags, { ...body!, terms: { ...body!.terms, bytes: utf8('x') } }],
      }),
    ).toThrow(/terms do not add up/);
    expect(() =>
      SearchIndex.fromPacked({
        ...packed,
        fields: [title, tags, { ...body!, terms: { ...body!.terms, ends: body!.terms.ends.subarray(1) } }],
      }),
    ).toThrow(/damaged/);
    const cut = { ...body!, bytes: body!.bytes.subarray(1) };
    expect(() => SearchIndex.fromPacked({ ...packed, fields: [title, tags, cut] })).toThrow(/damaged/);
    expect(() =>
      SearchIndex.fromPacked({ ...packed, fields: [title, tags, { ...body, counts: [] }] }),
    ).toThrow(/damaged/);
  });
});
