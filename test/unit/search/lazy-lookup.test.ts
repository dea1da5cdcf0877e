// A loaded snapshot looks terms, prefixes, typos and documents up in its packed bytes, decoding only what
// a query touches (src/search/packed-strings.ts). Each lookup must answer exactly as the eager structures
// a fresh build holds, in any script: checked here against them with generated vocabularies.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../../../src/search';
import { FieldPostings } from '../../../src/search/field-postings';
import { FuzzyVocabulary } from '../../../src/search/fuzzy-vocabulary';
import { isPackedStringList, PackedStrings, packStrings } from '../../../src/search/packed-strings';
import { SUPPORT_KB } from './fixtures';

/**
 * Letters from either side of the surrogates, where UTF-8 byte order and JavaScript's string order
 * disagree (U+E000 and above sort after astral letters in UTF-16, before them in UTF-8), plus ASCII,
 * Latin, Greek and Devanagari with a mark.
 */
const LETTERS = ['a', 'b', 'c', 'é', 'ß', 'λ', 'क', '\u093f', '가', '\uff41', '\ufb01', '𝐀', '𠀀', '𐐷'];
const word = fc
  .array(fc.constantFrom(...LETTERS), { minLength: 1, maxLength: 5 })
  .map((parts) => parts.join(''));
const words = fc.uniqueArray(word, { maxLength: 60 });

function eagerLowerBound(sorted: readonly string[], value: string): number {
  let at = 0;
  while (at < sorted.length && sorted[at]! < value) at++;
  return at;
}

const byJsOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

describe('packed strings', () => {
  it('gives back every string as it went in, in any script, empty ones included', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 40 }), { maxLength: 40 }), (values) => {
        const list = packStrings(values);
        expect(isPackedStringList(list)).toBe(true);
        expect(list.bytes.length).toBe(new TextEncoder().encode(values.join('')).length);
        const strings = new PackedStrings(structuredClone(list));
        expect(strings.length).toBe(values.length);
        // Out of order first: each string is decoded on its own.
        for (let i = values.length - 1; i >= 0; i--) expect(strings.at(i)).toBe(values[i]);
        expect(strings.all()).toEqual(values);
      }),
      { numRuns: 200 },
    );
  });

  it('finds strings in a sorted list by binary search in JavaScript order, as a sorted array does', () => {
    fc.assert(
      fc.property(words, fc.array(word, { maxLength: 20 }), (values, probes) => {
        const sorted = [...values].sort(byJsOrder);
        const strings = new PackedStrings(packStrings(sorted));
        for (const probe of [...probes, ...sorted, '', '\uffff']) {
          expect(strings.lowerBound(probe)).toBe(eagerLowerBound(sorted, probe));
          expect(strings.indexOf(probe)).toBe(sorted.indexOf(probe));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('refuses lists whose ends go back or do not end at the last byte', () => {
    const list = packStrings(['refund', 'return']);
    expect(isPackedStringList({ bytes: list.bytes, ends: Uint32Array.of(6, 3) })).toBe(false);
    expect(isPackedStringList({ bytes: list.bytes.subarray(1), ends: list.ends })).toBe(false);
    expect(isPackedStringList({ bytes: list.bytes, ends: [6, 12] })).toBe(false);
  });
});

/** A field with documents 0..n-1, each holding some of the words with a frequency. */
function fieldOf(docs: readonly (readonly [string, number])[][], first = 0, into = new FieldPostings()) {
  for (const [i, terms] of docs.entries()) into.addDocument(first + i, new Map(terms));
  return into;
}

/** The long way: every completion of prefix (sorted), or the `limit` in most documents, ties in order. */
function mostFrequent(field: FieldPostings, prefix: string, limit: number): string[] {
  const terms = field.prefixTerms(prefix)!;
  if (terms.length <= limit) return terms;
  const ranked = terms.map((term) => ({ term, df: field.documentFrequency(term) }));
  ranked.sort((a, b) => b.df - a.df);
  return ranked.slice(0, limit).map((entry) => entry.term);
}

const docTerms = (vocabulary: string[]) =>
  fc.array(
    fc.uniqueArray(fc.tuple(fc.constantFrom(...vocabulary), fc.integer({ min: 1, max: 90 })), {
      selector: ([term]) => term,
      maxLength: 6,
    }),
    { maxLength: 12 },
  );

describe('a loaded field against a built one', () => {
  it('answers terms, counts and prefixes the same, before and after documents are added to it', () => {
    fc.assert(
      fc.property(
        words
          .filter((values) => values.length > 0)
          .chain((vocabulary) =>
            fc.tuple(docTerms(vocabulary), docTerms([...vocabulary, 'zz', 'éa', '𝐀b']), fc.array(word)),
          ),
        fc.integer({ min: 0, max: 8 }),
        ([before, after, probes], limit) => {
          const built = fieldOf(before);
          const loaded = FieldPostings.fromPacked(structuredClone(built.toPacked()));
          const same = () => {
            const terms = built.sortedTerms();
            expect(loaded.vocabularySize).toBe(built.vocabularySize);
            for (const term of [...probes, ...terms]) {
              expect(loaded.get(term)).toEqual(built.get(term));
              expect(loaded.documentFrequency(term)).toBe(built.documentFrequency(term));
            }
            for (const prefix of [...probes, ...terms.map((term) => term.slice(0, 1)), '']) {
              expect(loaded.prefixTerms(prefix)).toEqual(terms.filter((term) => term.startsWith(prefix)));
              expect(loaded.prefixTerms(prefix, limit)).toEqual(built.prefixTerms(prefix, limit));
              // Typing's bounded expansion: the same terms as ranking every completion by its count.
              expect(loaded.frequentPrefixTerms(prefix, limit)).toEqual(mostFrequent(built, prefix, limit));
              expect(built.frequentPrefixTerms(prefix, limit)).toEqual(mostFrequent(built, prefix, limit));
            }
            expect(loaded.sortedTerms()).toEqual(terms);
          };
          same();
          // Documents added after loading: their new terms join the packed vocabulary's in one order.
          fieldOf(after, before.length, built);
          fieldOf(after, before.length, loaded);
          same();
          expect(loaded.toPacked()).toEqual(built.toPacked());
        },
      ),
      { numRuns: 150 },
    );
  });

  it('expands a prefix to the same most frequent terms while its lists are still packed', () => {
    fc.assert(
      fc.property(
        words
          .filter((values) => values.length > 1)
          .chain((vocabulary) =>
            fc.tuple(
              docTerms(vocabulary),
              docTerms([...vocabulary, 'zz', 'éa', '𝐀b']),
              fc.subarray(vocabulary),
            ),
          ),
        fc.integer({ min: 0, max: 8 }),
        ([before, after, read], limit) => {
          const built = fieldOf(before);
          const loaded = FieldPostings.fromPacked(structuredClone(built.toPacked()));
          // Some lists read (and then grown by the documents added), the others still packed.
          for (const term of read) loaded.get(term);
          fieldOf(after, before.length, built);
          fieldOf(after, before.length, loaded);
          const terms = built.sortedTerms();
          for (const prefix of ['', ...terms.map((term) => term.slice(0, 1)), ...terms]) {
            expect(loaded.frequentPrefixTerms(prefix, limit)).toEqual(mostFrequent(built, prefix, limit));
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('packs a loaded field back to the same bytes, whichever lists were read', () => {
    const built = fieldOf([
      [['refund', 2]],
      [
        ['return', 1],
        ['refund', 1],
      ],
      [['ζ', 3]],
    ]);
    const packed = built.toPacked();
    const loaded = FieldPostings.fromPacked(structuredClone(packed));
    expect(loaded.get('return')).toEqual(built.get('return'));
    expect(loaded.toPacked()).toEqual(packed);
  });
});

describe('a loaded typo index against a built one', () => {
  it('finds the same near forms and readable words, before and after forms are added', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(word, word, fc.boolean()), { selector: ([form]) => form, maxLength: 40 }),
        fc.array(fc.tuple(word, word, fc.boolean()), { maxLength: 5 }),
        fc.array(word, { maxLength: 10 }),
        ([...entries], added, probes) => {
          const built = new FuzzyVocabulary();
          for (const [form, term, readable] of entries) built.add(form, term, readable);
          const loaded = FuzzyVocabulary.fromPacked(structuredClone(built.toPacked()));
          const same = () => {
            expect(loaded.formCount).toBe(built.formCount);
            for (const probe of [...probes, ...entries.map(([form]) => form)]) {
              for (const distance of [1, 2])
                expect(loaded.near(probe, distance)).toEqual(built.near(probe, distance));
            }
            for (const [, term] of entries) expect(loaded.displayForm(term)).toBe(built.displayForm(term));
          };
          same();
          for (const [form, term, readable] of added) {
            built.add(form, term, readable);
            loaded.add(form, term, readable);
          }
          same();
          expect(loaded.toPacked()).toEqual(built.toPacked());
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('a loaded index', () => {
  it('reads documents from their columns: titles, tags, keywords, review dates and tag counts as built', () => {
    const docs = SUPPORT_KB.map((doc, i) =>
      i % 3 === 0 ? { ...doc, reviewBy: '2030-01-01', keywords: [...doc.keywords, 'ζήτημα', '𝐀'] } : doc,
    );
    const built = SearchIndex.build(docs);
    const loaded = SearchIndex.fromPacked(structuredClone(built.toPacked()));
    expect(loaded.tagCounts()).toEqual(built.tagCounts());
    for (const doc of docs) expect(loaded.lookup(doc.id)).toEqual(built.lookup(doc.id));
    expect(loaded.snapshotParts().records).toEqual(built.snapshotParts().records);
    for (const tag of built.tagCounts().map((entry) => entry.tag)) {
      expect(loaded.search('refund', { tag, now: 0 })).toEqual(built.search('refund', { tag, now: 0 }));
    }
  });
});
