import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../../../src/search';
import {
  CANCEL_SUBSCRIPTION,
  DOUBLE_CHARGE,
  ids,
  LATE_DELIVERY,
  REFUND_NOT_RECEIVED,
  REFUND_REQUEST,
  SUPPORT_KB,
} from './fixtures';

const NOW = Date.parse('2025-06-01T12:00:00Z');

describe('search-as-you-type', () => {
  const small = SearchIndex.build([REFUND_REQUEST, DOUBLE_CHARGE, CANCEL_SUBSCRIPTION, LATE_DELIVERY]);
  const full = SearchIndex.build(SUPPORT_KB);

  it.each(['refnd', 'ref', 'refund', 'refund reqest'])('ranks "Refund request" first for %j', (query) => {
    expect(small.search(query)[0]?.id).toBe('refund-request');
    // Also beside a second refund article.
    expect(full.search(query)[0]?.id).toBe('refund-request');
  });

  it('finds a title with two typos', () => {
    expect(full.search('cancle subscripton')[0]?.id).toBe('cancel-subscription');
  });

  it('finds the password article for "passwrd reset"', () => {
    expect(full.search('passwrd reset')[0]?.id).toBe('password-reset');
  });

  it('ranks docs matching every word above docs matching some', () => {
    const hits = ids(full.search('refund received'));
    expect(hits[0]).toBe('refund-not-received');
  });

  it('narrows with every keystroke and completes the last word', () => {
    expect(full.search('lat')[0]?.id).toBe('late-delivery');
    expect(full.search('late deliv')[0]?.id).toBe('late-delivery');
    expect(full.search('damag')[0]?.id).toBe('damaged-item');
  });

  it('matches tags and keywords, below title matches', () => {
    expect(full.search('duplicate payment')[0]?.id).toBe('double-charge');
    const billing = ids(full.search('billing'));
    expect(billing).toEqual(
      expect.arrayContaining(['refund-request', 'refund-not-received', 'double-charge']),
    );
  });

  it('finds words that only occur in bodies', () => {
    expect(ids(full.search('authorisation'))).toEqual(['double-charge']);
  });

  it('ranks playbooks beside articles', () => {
    const hits = full.search('angry customer');
    expect(hits[0]).toMatchObject({ id: 'pb-angry', kind: 'playbook' });
  });

  it('filters by tag', () => {
    const hits = full.search('refund', { tag: 'SHIPPING' });
    expect(ids(hits)).toEqual(['damaged-item']);
    expect(full.search('refund', { tag: 'no-such-tag' })).toEqual([]);
  });

  it('respects the limit', () => {
    expect(full.search('a', { limit: 2 }).length).toBeLessThanOrEqual(2);
    expect(full.search('refund', { limit: 1 })).toHaveLength(1);
  });

  it('returns nothing for an empty or blank query', () => {
    expect(full.search('')).toEqual([]);
    expect(full.search('   \n\t')).toEqual([]);
    expect(full.search('!!! ???')).toEqual([]);
  });

  it('fills in the hit: kind, title words to highlight, excerpt', () => {
    const [hit] = full.search('double charg');
    expect(hit).toMatchObject({
      id: 'double-charge',
      kind: 'article',
      title: 'Double charge on card',
      stale: false,
    });
    expect(hit?.titleTerms).toEqual(['double', 'charge']);
    expect(hit?.excerpt).toContain('charged twice');
    expect(hit?.excerpt.length).toBeLessThanOrEqual(160);
    expect(hit?.excerpt).not.toMatch(/[#*]/);
  });

  it('keeps a stale doc below its fresh equivalent and flags it', () => {
    const twin = (id: string, reviewBy: string) => ({ ...REFUND_NOT_RECEIVED, id, reviewBy });
    const index = SearchIndex.build([twin('a-stale', '2025-01-01'), twin('b-fresh', '2026-01-01')]);
    const hits = index.search('refund', { now: NOW });
    expect(ids(hits)).toEqual(['b-fresh', 'a-stale']);
    expect(hits.map((hit) => hit.stale)).toEqual([false, true]);
  });

  it('gives much-used and recently updated docs a gentle boost', () => {
    const plain = { ...REFUND_NOT_RECEIVED, id: 'a-plain' };
    const used = { ...REFUND_NOT_RECEIVED, id: 'b-used', usage: 200 };
    expect(ids(SearchIndex.build([plain, used]).search('refund'))).toEqual(['b-used', 'a-plain']);
    const old = { ...plain, updatedAt: NOW - 400 * 86_400_000 };
    const recent = { ...used, usage: 0, updatedAt: NOW - 86_400_000 };
    expect(ids(SearchIndex.build([old, recent]).search('refund', { now: NOW }))).toEqual([
      'b-used',
      'a-plain',
    ]);
    // A gentle boost: it does not lift a body-only match above a title match.
    const strong = SearchIndex.build([REFUND_REQUEST, { ...DOUBLE_CHARGE, usage: 10_000 }]);
    expect(strong.search('refund')[0]?.id).toBe('refund-request');
  });

  it('folds accents both ways', () => {
    const index = SearchIndex.build([{ ...REFUND_REQUEST, id: 'fr', title: 'Remboursement refusé' }]);
    expect(index.search('refuse')[0]?.id).toBe('fr');
    expect(index.search('REMBOURSÉ')[0]?.id).toBe('fr');
  });
});

describe('didYouMean', () => {
  const index = SearchIndex.build(SUPPORT_KB);

  it('corrects a misspelt word to the closest vocabulary word', () => {
    expect(index.didYouMean('refnud')).toBe('refund');
    expect(index.didYouMean('cancle subscripton')).toBe('cancel subscription');
  });

  it('keeps known words and returns null when there is nothing to correct', () => {
    expect(index.didYouMean('late delivery')).toBeNull();
    expect(index.didYouMean('late delivry')).toBe('late delivery');
    expect(index.didYouMean('qqqqqqqq')).toBeNull();
    expect(index.didYouMean('')).toBeNull();
  });
});
