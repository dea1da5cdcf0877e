import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../../../src/search';
import { indexFromJSON, indexToJSON } from '../../../src/search/json-snapshot';
import { SUPPORT_KB } from './fixtures';

const index = SearchIndex.build(SUPPORT_KB);

describe('odd input', () => {
  it('searches an empty knowledge base', () => {
    const empty = SearchIndex.build([]);
    expect(empty.size).toBe(0);
    expect(empty.search('refund')).toEqual([]);
    expect(empty.suggest('I want a refund')).toEqual([]);
    expect(empty.didYouMean('refund')).toBeNull();
    expect(indexFromJSON(indexToJSON(empty)).search('refund')).toEqual([]);
  });

  it('indexes and searches a 1 MB article', () => {
    const paragraph = 'Customers ask about invoices, receipts, tax numbers and payment terms in many ways. ';
    const body = `${paragraph.repeat(Math.ceil(1_000_000 / paragraph.length))}\nThe zebracorn procedure ends here.`;
    const big = SearchIndex.build([...SUPPORT_KB, { ...SUPPORT_KB[0]!, id: 'big', title: 'Invoices', body }]);
    expect(big.search('zebracorn')[0]?.id).toBe('big');
    expect(big.search('invoic')[0]?.id).toBe('big');
    expect(big.suggest('where is my invoice')[0]?.id).toBe('big');
    expect(big.search('invoic')[0]?.excerpt.length).toBeLessThanOrEqual(160);
  });

  it('handles a 2,000-character query by its first words', () => {
    const query = `refund request ${'lorem ipsum dolor sit amet '.repeat(80)}`.slice(0, 2000);
    expect(query.length).toBe(2000);
    expect(() => index.search(query)).not.toThrow();
    expect(() => index.suggest(query)).not.toThrow();
    expect(() => index.didYouMean(query)).not.toThrow();
    const pasted = `${'refund '.repeat(400)}`;
    expect(index.search(pasted)[0]?.id).toBe('refund-request');
  });

  it('handles emoji', () => {
    expect(index.search('😡😡')).toEqual([]);
    expect(index.search('refund 💸')[0]?.id).toBe('refund-request');
    const withEmoji = SearchIndex.build([
      { ...SUPPORT_KB[0]!, id: 'e', title: '🎁 Gift card refund', body: '🙂'.repeat(200) },
    ]);
    const [hit] = withEmoji.search('gift');
    expect(hit?.id).toBe('e');
    expect(hit?.excerpt).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('indexes right-to-left and other non-Latin text', () => {
    const multilingual = SearchIndex.build([
      { id: 'he', kind: 'article', title: 'החזר כספי', tags: [], keywords: [], body: 'איך מבקשים החזר כספי' },
      { id: 'ar', kind: 'article', title: 'استرداد الأموال', tags: [], keywords: [], body: 'طلب استرداد' },
      {
        id: 'ru',
        kind: 'article',
        title: 'Возврат денег',
        tags: [],
        keywords: [],
        body: 'Как вернуть деньги',
      },
      { id: 'ja', kind: 'article', title: '返金の申請', tags: [], keywords: [], body: '返金について' },
    ]);
    expect(multilingual.search('החזר')[0]?.id).toBe('he');
    expect(multilingual.search('استرداد')[0]?.id).toBe('ar');
    expect(multilingual.search('возврат')[0]?.id).toBe('ru');
    expect(multilingual.search('返金')[0]?.id).toBe('ja');
    expect(multilingual.suggest('אני רוצה החזר כספי')[0]?.id).toBe('he');
  });

  it('tolerates missing optional fields and odd option values', () => {
    const sparse = SearchIndex.build([
      { id: 's', kind: 'article', title: 'Sparse', tags: [], keywords: [], body: '' },
    ]);
    expect(sparse.search('sparse', { limit: -3 })).toEqual([]);
    expect(sparse.search('sparse', { limit: Number.NaN })).toHaveLength(1);
    expect(sparse.search('sparse', { now: Number.NaN })[0]?.id).toBe('s');
    expect(sparse.search('sparse')[0]?.excerpt).toBe('');
  });
});

describe('properties', () => {
  const restored = indexFromJSON(indexToJSON(index));

  it('search, suggest and didYouMean never throw and respect the limit', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        fc.integer({ min: 0, max: 20 }),
        (text, limit) => {
          const hits = index.search(text, { limit });
          expect(hits.length).toBeLessThanOrEqual(limit);
          expect(index.suggest(text, { limit }).length).toBeLessThanOrEqual(limit);
          index.didYouMean(text);
          for (const hit of hits) expect(hit.excerpt.length).toBeLessThanOrEqual(160);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary code units, and a snapshot answers the same', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expect(restored.search(text, { now: 0 })).toEqual(index.search(text, { now: 0 }));
        expect(restored.suggest(text, { now: 0 })).toEqual(index.suggest(text, { now: 0 }));
      }),
      { numRuns: 200 },
    );
  });

  it('finds every doc by its own title', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SUPPORT_KB), (doc) => {
        expect(index.search(doc.title)[0]?.id).toBe(doc.id);
      }),
    );
  });
});
