// Excerpts: the same excerpt for a document however many queries asked for its excerpt before (the words
// read for one query are kept for the next).
import { describe, expect, it } from 'vitest';
import type { DocRecord } from '../../../src/search/doc-table';
import { EXCERPT_LENGTH, excerptOf } from '../../../src/search/hit-details';

const BODY = [
  'Customers ask how to reset a password when the reset email never arrives.',
  'First check the spam folder, then the address on the account.',
  ' '.repeat(3),
  'Refunds for a late delivery are approved by the agent up to the order value.',
  'Warranty claims need the serial number and a photo of the kettle.',
].join('\n');

function record(text: string): DocRecord {
  return { id: 'a', kind: 'article', title: 'Help', tags: [], keywords: [], lengths: [1, 0, 30], text };
}

const QUERIES: string[][] = [
  ['kettl'],
  ['refund'],
  ['password'],
  ['nothing'],
  ['serial', 'spam'],
  ['kettl'],
  [],
];

describe('excerpts', () => {
  it('are the same for a document asked again with other words as for one asked once', () => {
    const kept = record(BODY);
    for (const terms of [...QUERIES, ...[...QUERIES].reverse()]) {
      expect(excerptOf(kept, new Set(terms))).toBe(excerptOf(record(BODY), new Set(terms)));
    }
  });

  it('start near the first matched word, or at the start when none matched', () => {
    const kept = record(BODY);
    expect(excerptOf(kept, new Set(['kettl']))).toMatch(/^….*kettle\.$/);
    expect(excerptOf(kept, new Set(['nothing']))).toMatch(/^Customers ask/);
    expect(excerptOf(kept, new Set(['refund']))).toMatch(/^….*Refunds for a late/);
    expect(excerptOf(kept, new Set(['refund'])).length).toBeLessThanOrEqual(EXCERPT_LENGTH);
  });

  it('follow a text that changed on the same record (texts attached after loading)', () => {
    const late = { ...record(''), text: '' };
    expect(excerptOf(late, new Set(['kettl']))).toBe('');
    late.text = BODY;
    expect(excerptOf(late, new Set(['kettl']))).toBe(excerptOf(record(BODY), new Set(['kettl'])));
  });
});
