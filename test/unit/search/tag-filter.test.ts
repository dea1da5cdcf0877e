import { describe, expect, it } from 'vitest';
import { docFromArticle, SearchIndex } from '../../../src/search';
import type { Article } from '../../../src/shared/model';

function article(id: string, title: string, tags: string[], category?: string): Article {
  return {
    id,
    title,
    body: `${title}.`,
    tags,
    keywords: [],
    category,
    updatedAt: 0,
    version: 1,
    source: 'local',
  };
}

const docs = [
  article('refund', 'Refund request', ['refund', 'money'], 'Billing'),
  article('refund-late', 'Refund not received yet', ['refund'], 'Billing'),
  article('return', 'Return label for a refund', ['returns'], 'Returns & warranty'),
].map(docFromArticle);

describe('filtering by tag or category', () => {
  it('lists the tags and categories with counts, most used first', () => {
    const index = SearchIndex.build(docs);
    expect(index.tagCounts().slice(0, 2)).toEqual([
      { tag: 'billing', count: 2 },
      { tag: 'refund', count: 2 },
    ]);
  });

  it('narrows results to one category or tag', () => {
    const index = SearchIndex.build(docs);
    expect(index.search('refund').map((h) => h.id)).toContain('return');
    expect(
      index
        .search('refund', { tag: 'Billing' })
        .map((h) => h.id)
        .sort(),
    ).toEqual(['refund', 'refund-late']);
    expect(index.search('refund', { tag: 'returns' }).map((h) => h.id)).toEqual(['return']);
  });

  it('keeps the filter choices in a stored index', () => {
    const index = SearchIndex.build(docs);
    expect(SearchIndex.fromPacked(index.toPacked()).tagCounts()).toEqual(index.tagCounts());
  });
});
