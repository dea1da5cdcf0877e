import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordOf } from '../../../src/search/doc-table';
import { substringEditDistance } from '../../../src/search/edit-distance';
import { shortFieldSimilarities } from '../../../src/search/short-field-score';
import type { SearchDoc } from '../../../src/search/types';

const record = (title: string, keywords: string[] = [], tags: string[] = []) =>
  recordOf({ id: title, kind: 'article', title, keywords, tags, body: '' } as SearchDoc, '', [1, 1, 1]);

describe('substringEditDistance', () => {
  it('finds the typed text anywhere in the field, with the fewest edits', () => {
    expect(substringEditDistance('refund', 'request a refund today', 2)).toBe(0);
    expect(substringEditDistance('refnud', 'request a refund today', 2)).toBe(2);
    expect(substringEditDistance('rfund', 'request a refund today', 2)).toBe(1);
    expect(substringEditDistance('gift card', 'lost gift cards', 2)).toBe(0);
    expect(substringEditDistance('warranty', 'shipping', 2)).toBe(3);
  });

  it('agrees with the edit distance to the closest substring, found the long way', () => {
    const levenshtein = (a: string, b: string) => {
      let row = Array.from({ length: b.length + 1 }, (_, j) => j);
      for (let i = 1; i <= a.length; i++) {
        const next = [i];
        for (let j = 1; j <= b.length; j++) {
          next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        row = next;
      }
      return row[b.length]!;
    };
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), fc.string({ maxLength: 12 }), (pattern, text) => {
        let closest = pattern.length;
        for (let start = 0; start <= text.length; start++) {
          for (let end = start; end <= text.length; end++) {
            closest = Math.min(closest, levenshtein(pattern, text.slice(start, end)));
          }
        }
        expect(substringEditDistance(pattern, text, 20)).toBe(closest);
        expect(substringEditDistance(pattern, text, 1)).toBe(Math.min(closest, 2));
      }),
    );
  });
});

describe('shortFieldSimilarities', () => {
  it('ranks an identical title above a typo, a typo above an unrelated title, and says 0 for no match', () => {
    const [same, contains, typo, unrelated] = shortFieldSimilarities(
      [record('refund'), record('Refund request'), record('Refnd request'), record('Shipping times')],
      'refund',
    );
    expect(same).toBeCloseTo(1, 6);
    expect(contains!).toBeGreaterThan(typo!);
    expect(typo!).toBeGreaterThan(0);
    expect(unrelated).toBe(0);
  });

  it('gives a match in a short field more weight than the same match in a long one', () => {
    const [short, long] = shortFieldSimilarities(
      [record('Refnd policy'), record('Refnd policy for orders placed in the online store before May')],
      'refund',
    );
    expect(short!).toBeGreaterThan(long!);
  });

  it('looks at keywords and tags too, the title counting most', () => {
    const [title, keywords, tags, none] = shortFieldSimilarities(
      [
        record('Warranty claim'),
        record('Broken kettle', ['warranty claim']),
        record('Broken kettle', [], ['warranty claim']),
        record('Broken kettle'),
      ],
      'warranty claim',
    );
    expect(title!).toBeGreaterThan(keywords!);
    expect(keywords!).toBeGreaterThan(tags!);
    expect(tags!).toBeGreaterThan(0);
    expect(none).toBe(0);
  });

  it('ignores case and accents, and allows edits for about a third of what was typed', () => {
    const [accents] = shortFieldSimilarities([record('Remboursement réglé')], 'REGLE');
    expect(accents).toBeGreaterThan(0.5);
    expect(shortFieldSimilarities([record('abcdef')], 'abxyzf')).toEqual([0]);
    expect(shortFieldSimilarities([record('abcdef')], 'abxdef')[0]).toBeGreaterThan(0);
  });

  it('matches long typed text in pieces, and gives nothing for nothing typed', () => {
    const title = 'How to reset the password of a shared mailbox in the admin center';
    const [hit, miss] = shortFieldSimilarities(
      [record(title), record('Calendar reminders')],
      'reset the password of a shared mailbox',
    );
    expect(hit).toBeGreaterThan(0.5);
    expect(miss).toBe(0);
    expect(shortFieldSimilarities([record(title)], '  ')).toEqual([0]);
    expect(shortFieldSimilarities([], 'refund')).toEqual([]);
  });
});
