// Most useful first: the meaning host embeds a panel's latest top word suggestions first, then the most
// used articles, then the rest in the order they came.
import { describe, expect, it } from 'vitest';
import { embedOrder } from '../../../src/meaning/embed-order';

const item = (id: string, usage?: number) => ({
  doc: usage === undefined ? { id } : { id, usage },
  stamp: id,
});
const ids = (items: { doc: { id: string } }[]) => items.map((i) => i.doc.id);

describe('the order articles are embedded in', () => {
  const items = [item('a'), item('b', 2), item('c'), item('d', 9), item('e'), item('f', 2)];

  it('puts the most used first, then keeps the order they came in', () => {
    expect(ids(embedOrder(items, { suggested: new Map() }))).toEqual(['d', 'b', 'f', 'a', 'c', 'e']);
  });

  it('puts what a panel just suggested before everything, the latest suggestion first', () => {
    const suggested = new Map([
      ['e', 1],
      ['c', 3],
      ['zz', 4],
    ]);
    expect(ids(embedOrder(items, { suggested }))).toEqual(['c', 'e', 'd', 'b', 'f', 'a']);
  });

  it('leaves the list it was given as it was', () => {
    const before = ids(items);
    embedOrder(items, { suggested: new Map([['a', 1]]) });
    expect(ids(items)).toEqual(before);
  });
});
