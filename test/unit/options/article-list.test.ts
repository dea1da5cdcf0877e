import { describe, expect, it } from 'vitest';
import {
  EMPTY_FILTER,
  filterArticles,
  filterChoices,
  isReadOnly,
  isStale,
  NO_OWNER,
  sourceLabel,
  withoutTag,
  withTag,
} from '../../../src/options/article-list';
import { todayIso } from '../../../src/shared/dates';
import type { Article } from '../../../src/shared/model';

const TODAY = '2026-11-26';

const article = (id: string, overrides: Partial<Article> = {}): Article => ({
  id,
  title: id,
  body: '',
  tags: [],
  keywords: [],
  updatedAt: 0,
  version: 1,
  source: 'local',
  ...overrides,
});

const LIST = [
  article('Refund request', {
    tags: ['Billing', 'refund'],
    owner: 'Payments',
    reviewBy: '2026-01-01',
    updatedAt: 3,
  }),
  article('Damaged delivery', {
    keywords: ['arrived broken'],
    source: 'starter',
    reviewBy: '2027-05-01',
    updatedAt: 9,
  }),
  article('Account locked', { tags: ['security'], owner: 'Trust', source: 'pack:acme', updatedAt: 5 }),
];

const titles = (list: Article[]) => list.map((a) => a.title);

describe('filtering articles', () => {
  it('searches title, tags and keywords, ignoring case', () => {
    expect(titles(filterArticles(LIST, { ...EMPTY_FILTER, text: 'BROKEN' }, TODAY))).toEqual([
      'Damaged delivery',
    ]);
    expect(titles(filterArticles(LIST, { ...EMPTY_FILTER, text: 'billing' }, TODAY))).toEqual([
      'Refund request',
    ]);
    expect(filterArticles(LIST, { ...EMPTY_FILTER, text: 'nothing like this' }, TODAY)).toEqual([]);
  });

  it('filters by tag in any case, owner, no owner and source', () => {
    expect(titles(filterArticles(LIST, { ...EMPTY_FILTER, tag: 'billing' }, TODAY))).toEqual([
      'Refund request',
    ]);
    expect(titles(filterArticles(LIST, { ...EMPTY_FILTER, owner: 'Trust' }, TODAY))).toEqual([
      'Account locked',
    ]);
    expect(titles(filterArticles(LIST, { ...EMPTY_FILTER, owner: NO_OWNER }, TODAY))).toEqual([
      'Damaged delivery',
    ]);
    expect(titles(filterArticles(LIST, { ...EMPTY_FILTER, source: 'pack:acme' }, TODAY))).toEqual([
      'Account locked',
    ]);
  });

  it('shows only articles whose review date has passed when asked', () => {
    expect(titles(filterArticles(LIST, { ...EMPTY_FILTER, staleOnly: true }, TODAY))).toEqual([
      'Refund request',
    ]);
    expect(isStale({ reviewBy: TODAY }, TODAY)).toBe(false);
    expect(isStale({ reviewBy: '2026-11-25' }, TODAY)).toBe(true);
    expect(isStale({}, TODAY)).toBe(false);
  });

  it('sorts by title, by last change and by review date with undated last', () => {
    expect(titles(filterArticles(LIST, EMPTY_FILTER, TODAY))).toEqual([
      'Account locked',
      'Damaged delivery',
      'Refund request',
    ]);
    expect(titles(filterArticles(LIST, { ...EMPTY_FILTER, sort: 'updated' }, TODAY))).toEqual([
      'Damaged delivery',
      'Account locked',
      'Refund request',
    ]);
    expect(titles(filterArticles(LIST, { ...EMPTY_FILTER, sort: 'review' }, TODAY))).toEqual([
      'Refund request',
      'Damaged delivery',
      'Account locked',
    ]);
  });

  it('offers each tag once whatever its case, and every owner and source', () => {
    const choices = filterChoices([...LIST, article('x', { tags: ['billing'] })]);
    expect(choices.tags).toEqual(['Billing', 'refund', 'security']);
    expect(choices.owners).toEqual(['Payments', 'Trust']);
    expect(choices.sources).toEqual(['local', 'pack:acme', 'starter']);
  });

  it('writes today as a calendar date', () => {
    expect(todayIso(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe('where an article came from', () => {
  it('treats a team pack’s article as read-only until it is edited locally', () => {
    expect(isReadOnly({ source: 'pack:acme' })).toBe(true);
    expect(isReadOnly({ source: 'pack:acme', editedLocally: true })).toBe(false);
    expect(isReadOnly({ source: 'starter' })).toBe(false);
    expect(sourceLabel('pack:acme')).toBe('Team pack acme');
  });
});

describe('bulk tag changes', () => {
  it('adds a tag only when the article does not have it in any case', () => {
    expect(withTag(article('a', { tags: ['Billing'] }), 'billing')).toBeNull();
    expect(withTag(article('a', { tags: ['Billing'] }), ' vip ')?.tags).toEqual(['Billing', 'vip']);
    expect(withTag(article('a'), '  ')).toBeNull();
  });

  it('removes a tag in any case, or says nothing changed', () => {
    expect(withoutTag(article('a', { tags: ['Billing', 'vip'] }), 'BILLING')?.tags).toEqual(['vip']);
    expect(withoutTag(article('a', { tags: ['vip'] }), 'billing')).toBeNull();
  });
});
