// SearchIndex.suggest with a meaning map: words' score / best words' score + meaningWeight × closeness.
import { describe, expect, it } from 'vitest';
import { type SearchDoc, SearchIndex } from '../../../src/search';
import { nearByMeaning } from '../../../src/search/run-suggest';
import { SUGGEST_TUNING } from '../../../src/search/weights';
import { ids, SUPPORT_KB } from '../search/fixtures';

const NOW = Date.UTC(2026, 0, 15);
const ALONE = SUGGEST_TUNING.meaningAloneMin;
const index = SearchIndex.build(SUPPORT_KB);

function suggest(text: string, meaning?: Record<string, number>, limit?: number): string[] {
  return ids(
    index.suggest(text, { now: NOW, limit, meaning: meaning ? new Map(Object.entries(meaning)) : undefined }),
  );
}

/** Words no article has. */
const NO_WORDS = 'Blorf zanth quibble';
const MONEY_BACK = 'I want my money back for the order';

describe('suggest with meaning', () => {
  it('suggests a doc no word matched when it is close enough in meaning', () => {
    expect(suggest(NO_WORDS)).toEqual([]);
    expect(suggest(NO_WORDS, { 'damaged-item': ALONE + 0.05 })).toEqual(['damaged-item']);
    expect(suggest(NO_WORDS, { 'damaged-item': ALONE })).toEqual(['damaged-item']);
    expect(suggest(NO_WORDS, { 'damaged-item': ALONE - 0.01 })).toEqual([]);
  });

  it('adds a close doc to the ones the words found, not one below the bar', () => {
    const words = suggest(MONEY_BACK, undefined, 10);
    expect(words[0]).toBe('refund-request');
    expect(words).not.toContain('password-reset');
    const close = suggest(MONEY_BACK, { 'refund-request': ALONE + 0.1, 'password-reset': ALONE + 0.05 }, 10);
    expect([...close].sort()).toEqual([...words, 'password-reset'].sort());
    const far = suggest(MONEY_BACK, { 'refund-request': ALONE, 'password-reset': ALONE - 0.05 }, 10);
    expect(far).toEqual(words);
  });

  it('adds a doc only the meaning found only when it is nearly as close as the closest one', () => {
    const words = suggest(MONEY_BACK, undefined, 10);
    const margin = SUGGEST_TUNING.meaningAloneMargin;
    const near = { 'refund-request': 0.7, 'password-reset': 0.7 - margin + 0.02 };
    expect(suggest(MONEY_BACK, near, 10)).toContain('password-reset');
    // Close to the message in absolute terms, but far behind the article it is really about.
    const behind = { 'refund-request': 0.7, 'password-reset': 0.7 - margin - 0.02 };
    expect(suggest(MONEY_BACK, behind, 10)).toEqual(words);
  });

  it('lets meaning reorder two docs the words both found', () => {
    const message = 'Where is my refund? The money is still not back';
    const words = suggest(message);
    expect(words.length).toBeGreaterThanOrEqual(2);
    const [first, second] = words as [string, string];
    expect(suggest(message, { [first]: 0.1, [second]: 0.6 }).slice(0, 2)).toEqual([second, first]);
    expect(suggest(message, { [first]: 0.6, [second]: 0.1 }).slice(0, 2)).toEqual([first, second]);
  });

  it('gives exactly the words-only results without a meaning map, or with an empty one', () => {
    for (const message of [MONEY_BACK, 'charged twice', 'Please end my plan', NO_WORDS, '']) {
      const plain = index.suggest(message, { now: NOW });
      expect(index.suggest(message, { now: NOW, meaning: undefined })).toEqual(plain);
      expect(index.suggest(message, { now: NOW, meaning: new Map() })).toEqual(plain);
    }
  });

  it('keeps the words order when every doc is equally close', () => {
    const message = 'refund charge card order delivery password account damaged subscription';
    const words = suggest(message, undefined, 9);
    const even = Object.fromEntries(SUPPORT_KB.map((doc) => [doc.id, 0.2]));
    expect(suggest(message, even, 9)).toEqual(words);
  });

  it('ignores ids the index does not have (removed or never added)', () => {
    const local = SearchIndex.build(SUPPORT_KB);
    local.remove('damaged-item');
    const meaning = new Map([
      ['damaged-item', 0.9],
      ['no-such-doc', 0.9],
    ]);
    expect(local.suggest(NO_WORDS, { now: NOW, meaning })).toEqual([]);
    expect(ids(local.suggest(MONEY_BACK, { now: NOW, meaning }))).toEqual(
      ids(local.suggest(MONEY_BACK, { now: NOW })),
    );
  });

  it('returns a full hit for a doc found by meaning alone, within the limit', () => {
    const hits = index.suggest(NO_WORDS, {
      now: NOW,
      limit: 2,
      meaning: new Map([
        ['damaged-item', 0.7],
        ['late-delivery', 0.6],
        ['double-charge', 0.5],
      ]),
    });
    expect(ids(hits)).toEqual(['damaged-item', 'late-delivery']);
    expect(hits[0]).toMatchObject({
      kind: 'article',
      title: 'Item arrived damaged',
      stale: false,
      titleTerms: [],
    });
    expect(hits[0]!.excerpt).toMatch(/^Ask for a photo/);
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
  });

  it('never ranks a stale doc above its fresh twin, whatever the closeness', () => {
    const twin = (id: string, extra: Partial<SearchDoc>): SearchDoc => ({
      id,
      kind: 'article',
      title: 'Card has not arrived',
      tags: [],
      keywords: [],
      body: 'Cards take 7 working days to arrive.',
      ...extra,
    });
    const twins = SearchIndex.build([twin('stale', { reviewBy: '2025-01-01' }), twin('fresh', {})]);
    for (const closeness of [0.5, 0, -0.3]) {
      const meaning = new Map([
        ['stale', closeness],
        ['fresh', closeness],
      ]);
      const hits = twins.suggest('My card has not arrived', { now: NOW, meaning });
      expect(ids(hits)).toEqual(['fresh', 'stale']);
      expect(hits[1]!.stale).toBe(true);
    }
  });
});

describe('why a suggestion is listed', () => {
  const hits = (text: string, meaning?: Record<string, number>) =>
    index.suggest(text, {
      now: NOW,
      limit: 10,
      meaning: meaning ? new Map(Object.entries(meaning)) : undefined,
    });

  it('names the words of the article that the message matched, title first, at most four', () => {
    const refund = hits(MONEY_BACK).find((hit) => hit.id === 'refund-request');
    expect(refund?.why?.words.length).toBeGreaterThan(0);
    expect(refund?.why?.words.length).toBeLessThanOrEqual(4);
    expect(refund?.why?.words).toEqual(expect.arrayContaining(['money']));
    expect(refund?.why?.meaning).toBe(false);
  });

  it('says when meaning found it: no shared word, close in meaning', () => {
    const [only] = hits(NO_WORDS, { 'damaged-item': ALONE + 0.05 });
    expect(only?.id).toBe('damaged-item');
    expect(only?.why).toEqual({ words: [], meaning: true });
  });

  it('says both when the words found it and it is among the closest in meaning', () => {
    const refund = hits(MONEY_BACK, { 'refund-request': 0.7 }).find((hit) => hit.id === 'refund-request');
    expect(refund?.why?.meaning).toBe(true);
    expect(refund?.why?.words.length).toBeGreaterThan(0);
  });
});

describe('near neighbours by meaning (nearByMeaning)', () => {
  const item = (id: string, score: number) => ({ record: { id }, score });
  const order = (items: { record: { id: string } }[]) => items.map((i) => i.record.id);
  // Off in SUGGEST_TUNING (docs/architecture.md, "Near neighbours by meaning"); the margin it was measured at.
  const margin = 0.05;

  it('orders the first suggestions that score within the margin by closeness in meaning alone', () => {
    // The refund article leads on words the family shares; the duplicate-charge one is closer in meaning.
    const ranked = [
      item('refund', 3),
      item('duplicate', 3 - margin / 2),
      item('pending', 3 - margin),
      item('x', 2),
    ];
    const meaning = new Map([
      ['refund', 0.5],
      ['duplicate', 0.58],
      ['pending', 0.52],
      ['x', 0.9],
    ]);
    nearByMeaning(ranked, meaning, margin);
    // Only the first three can be near neighbours, and an item beyond the margin keeps its place.
    expect(order(ranked)).toEqual(['duplicate', 'pending', 'refund', 'x']);
  });

  it('leaves a clear first in front, and everything as it is with the margin at 0', () => {
    const meaning = new Map([
      ['refund', 0.5],
      ['duplicate', 0.58],
    ]);
    const clear = [item('refund', 3), item('duplicate', 3 - margin * 1.5)];
    nearByMeaning(clear, meaning, margin);
    expect(order(clear)).toEqual(['refund', 'duplicate']);
    const off = [item('refund', 3), item('duplicate', 3)];
    nearByMeaning(off, meaning, 0);
    expect(order(off)).toEqual(['refund', 'duplicate']);
  });
});
