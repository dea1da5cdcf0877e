import { describe, expect, it } from 'vitest';
import {
  type ArticleFormValues,
  articleFromForm,
  copyOfArticle,
  emptyArticleForm,
  formFromArticle,
  isIsoDate,
  validateArticleForm,
} from '../../../src/options/article-form';
import { uniqueItemId } from '../../../src/shared/item-id';
import type { Article } from '../../../src/shared/model';

const form = (overrides: Partial<ArticleFormValues> = {}): ArticleFormValues => ({
  ...emptyArticleForm(),
  title: 'Refund request',
  body: '## Resolve it\n1. Check the order.',
  tags: 'billing, refund',
  ...overrides,
});

const stored = (overrides: Partial<Article> = {}): Article => ({
  id: 'refund-request',
  title: 'Refund request',
  body: 'Old body',
  tags: ['refund'],
  keywords: ['money back'],
  category: 'Billing',
  owner: 'Payments team',
  reviewBy: '2027-01-31',
  updatedAt: 5,
  version: 3,
  source: 'local',
  usage: 7,
  ...overrides,
});

describe('article form validation', () => {
  it('asks for a title and names the field', () => {
    expect(validateArticleForm(form({ title: '   ' }))).toEqual({ title: expect.stringMatching(/title/) });
  });

  it('accepts an empty review date but not an impossible or badly written one', () => {
    expect(validateArticleForm(form({ reviewBy: '' }))).toEqual({});
    expect(validateArticleForm(form({ reviewBy: '2027-02-30' })).reviewBy).toMatch(/2027-03-31/);
    expect(validateArticleForm(form({ reviewBy: '31/03/2027' })).reviewBy).toBeDefined();
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
  });

  it('refuses a tag longer than a pack allows, quoting it', () => {
    const errors = validateArticleForm(form({ tags: `ok, ${'x'.repeat(121)}` }));
    expect(errors.tags).toMatch(/too long/);
  });

  it('saves nothing while a field is wrong', () => {
    const result = articleFromForm(form({ title: '' }), { takenIds: [] });
    expect(result.ok).toBe(false);
  });
});

describe('form ⇄ article', () => {
  it('makes a new local article with an id from its title that is not taken', () => {
    const result = articleFromForm(form(), { takenIds: ['refund-request'] });
    expect(result).toMatchObject({
      ok: true,
      item: { id: 'refund-request-2', source: 'local', version: 0, tags: ['billing', 'refund'] },
    });
  });

  it('round-trips an article and keeps its id, source, version and usage', () => {
    const article = stored({ source: 'starter', editedLocally: true });
    const result = articleFromForm(formFromArticle(article), { existing: article, takenIds: [article.id] });
    expect(result).toEqual({ ok: true, item: article });
  });

  it('drops a category, owner or review date the agent cleared', () => {
    const values = { ...formFromArticle(stored()), category: ' ', owner: '', reviewBy: '' };
    const result = articleFromForm(values, { existing: stored(), takenIds: [] });
    if (!result.ok) throw new Error('expected a valid form');
    expect(result.item).not.toHaveProperty('category');
    expect(result.item).not.toHaveProperty('owner');
    expect(result.item).not.toHaveProperty('reviewBy');
  });

  it('a copy of a pack article is a new local article beside it', () => {
    const copy = copyOfArticle(stored({ source: 'pack:acme', editedLocally: true }), ['refund-request']);
    expect(copy).toMatchObject({
      id: 'refund-request-my-copy',
      title: 'Refund request (my copy)',
      source: 'local',
    });
    expect(copy.version).toBe(0);
    expect(copy).not.toHaveProperty('editedLocally');
  });

  it('gives a title without letters a readable id', () => {
    expect(uniqueItemId('!!!', [], 'article')).toBe('article');
    expect(uniqueItemId('!!!', ['article'], 'article')).toBe('article-2');
    expect(uniqueItemId('Rules of thumb', [], 'article')).toBe('rules-of-thumb');
  });
});
