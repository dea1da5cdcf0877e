// A playbook (a general procedure) goes under the specific article of its family when both fit the ticket.
import { describe, expect, it } from 'vitest';
import { type SearchDoc, SearchIndex } from '../../../src/search';
import type { DocRecord } from '../../../src/search/doc-table';
import { playbooksUnderArticles, sameFamily } from '../../../src/search/playbook-place';

const NOW = Date.UTC(2026, 0, 15);

const record = (id: string, kind: DocRecord['kind'], tags: string[]): DocRecord => ({
  id,
  kind,
  title: id,
  tags,
  keywords: [],
  lengths: [1, 1, 1],
  text: '',
});

const ranked = (...items: [DocRecord, number][]) => items.map(([r, score]) => ({ record: r, score }));
const order = (list: { record: DocRecord }[]) => list.map((item) => item.record.id);

const DELIVERY_PLAYBOOK = record('pb-delivery', 'playbook', ['delivery', 'replacement']);
const DAMAGED = record('damaged-item', 'article', ['returns', 'replacement']);
const PASSWORD = record('password-reset', 'article', ['account']);

describe('playbooksUnderArticles', () => {
  it('moves the playbook down to right under the best article of its family', () => {
    const list = ranked([DELIVERY_PLAYBOOK, 3], [DAMAGED, 2.9], [PASSWORD, 2.8]);
    expect(order(playbooksUnderArticles(list, 0.8))).toEqual([
      'damaged-item',
      'pb-delivery',
      'password-reset',
    ]);
  });

  it('never lifts the article above an item that outscores it', () => {
    const other = record('invoice-copy', 'article', ['billing']);
    const list = ranked([other, 3.2], [DELIVERY_PLAYBOOK, 3], [PASSWORD, 2.9], [DAMAGED, 2.8]);
    expect(order(playbooksUnderArticles(list, 0.8))).toEqual([
      'invoice-copy',
      'password-reset',
      'damaged-item',
      'pb-delivery',
    ]);
  });

  it('places each playbook once, two playbooks of one family under its article in their order', () => {
    const faults = record('pb-faults', 'playbook', ['replacement']);
    const list = ranked([DELIVERY_PLAYBOOK, 3], [faults, 2.95], [PASSWORD, 2.9], [DAMAGED, 2.8]);
    expect(order(playbooksUnderArticles(list, 0.8))).toEqual([
      'password-reset',
      'damaged-item',
      'pb-delivery',
      'pb-faults',
    ]);
  });

  it('keeps a playbook first when no article of its family is close, or the articles are of another family', () => {
    expect(order(playbooksUnderArticles(ranked([DELIVERY_PLAYBOOK, 3], [DAMAGED, 2]), 0.8))).toEqual([
      'pb-delivery',
      'damaged-item',
    ]);
    expect(order(playbooksUnderArticles(ranked([DELIVERY_PLAYBOOK, 3], [PASSWORD, 2.99]), 0.8))).toEqual([
      'pb-delivery',
      'password-reset',
    ]);
  });

  it('moves only within the shown list: an article below it does not take the playbook out', () => {
    const list = ranked([DELIVERY_PLAYBOOK, 3], [PASSWORD, 2.9], [DAMAGED, 2.8]);
    expect(order(playbooksUnderArticles(list, 0.8, 2))).toEqual([
      'pb-delivery',
      'password-reset',
      'damaged-item',
    ]);
    expect(order(playbooksUnderArticles(list, 0.8, 3))).toEqual([
      'password-reset',
      'damaged-item',
      'pb-delivery',
    ]);
  });

  it('goes under the best article of its family only, and 1 turns it off', () => {
    const second = record('wrong-item', 'article', ['replacement']);
    const list = ranked([DELIVERY_PLAYBOOK, 3], [DAMAGED, 2.9], [second, 2.8]);
    expect(order(playbooksUnderArticles(list, 0.8))).toEqual(['damaged-item', 'pb-delivery', 'wrong-item']);
    expect(order(playbooksUnderArticles(list, 1))).toEqual(['pb-delivery', 'damaged-item', 'wrong-item']);
  });

  it('tells families by a shared tag', () => {
    expect(sameFamily(DELIVERY_PLAYBOOK, DAMAGED)).toBe(true);
    expect(sameFamily(DELIVERY_PLAYBOOK, PASSWORD)).toBe(false);
  });
});

describe('suggest with a playbook and the article it covers', () => {
  const docs: SearchDoc[] = [
    {
      id: 'pb-delivery',
      kind: 'playbook',
      title: 'Lost or damaged delivery',
      tags: ['delivery', 'replacement'],
      keywords: ['damaged', 'broken', 'lost parcel'],
      body: 'A parcel is late, lost or arrived damaged. Put the customer right first; chase the carrier.',
    },
    {
      id: 'damaged-item',
      kind: 'article',
      title: 'Damaged item received',
      tags: ['returns', 'replacement'],
      keywords: ['broken', 'cracked'],
      body: '## What customers say\n- "It arrived broken"\n\n## Resolve it\nSend a replacement today.',
    },
    {
      id: 'password-reset',
      kind: 'article',
      title: 'Password reset',
      tags: ['account'],
      keywords: [],
      body: 'Send the reset link.',
    },
  ];
  const index = SearchIndex.build(docs);
  // The playbook's words (title and triggers) match this message far better than the article's.
  const message = 'The parcel arrived and the lamp inside is broken and damaged';
  const suggest = (meaning: Record<string, number>, limit?: number) =>
    index
      .suggest(message, { now: NOW, limit, meaning: new Map(Object.entries(meaning)) })
      .map((hit) => hit.id);

  it('gives the article first and the playbook right under it when both are about the problem', () => {
    expect(index.suggest(message, { now: NOW }).map((hit) => hit.id)[0]).toBe('pb-delivery');
    expect(suggest({ 'pb-delivery': 0.6, 'damaged-item': 0.6 }).slice(0, 2)).toEqual([
      'damaged-item',
      'pb-delivery',
    ]);
  });

  it('keeps the playbook first when the article is far behind it', () => {
    expect(suggest({ 'pb-delivery': 0.6, 'damaged-item': 0.3 }).slice(0, 2)).toEqual([
      'pb-delivery',
      'damaged-item',
    ]);
  });

  it('keeps the playbook in a list too short to show its article', () => {
    expect(suggest({ 'pb-delivery': 0.6, 'damaged-item': 0.6 }, 1)).toEqual(['pb-delivery']);
  });
});
