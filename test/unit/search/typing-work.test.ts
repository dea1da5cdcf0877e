// What typing reuses from key to key must never change what a search finds (issue 18): a query's finished
// words keep their matches while the index is unchanged, the typo search walks only the bigram lists a close
// form must be in, and short fields are scored by a bit-parallel matcher. Each is checked here against the
// long way: the same hits in the same order, the same near forms in the same order, the same distances.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type SearchDoc, SearchIndex } from '../../../src/search';
import {
  boundedEditDistance,
  SubstringMatcher,
  substringEditDistance,
} from '../../../src/search/edit-distance';
import { FuzzyVocabulary } from '../../../src/search/fuzzy-vocabulary';
import { SUPPORT_KB } from './fixtures';

const NOW = Date.UTC(2026, 11, 7);
const QUERIES = [
  'refund not recieved',
  'double charge card',
  'cancel-subscription renewal',
  'pasword reset link',
  'damaged item arrived broken',
  'angry customer refund',
];

/** Every prefix of each query, typed into one index (what it keeps from key to key in play). */
function typed(index: SearchIndex, queries: readonly string[], tag?: string) {
  return queries.flatMap((query) =>
    [...query].map((_, i) => index.search(query.slice(0, i + 1), { limit: 20, now: NOW, tag })),
  );
}

/** The same prefixes, each asked of an index that has answered nothing before. */
function fresh(docs: readonly SearchDoc[], queries: readonly string[], tag?: string) {
  return queries.flatMap((query) =>
    [...query].map((_, i) =>
      SearchIndex.build(docs).search(query.slice(0, i + 1), { limit: 20, now: NOW, tag }),
    ),
  );
}

describe('typing a query key by key', () => {
  it('finds what a fresh index finds for every prefix: the same hits, scores and order', () => {
    expect(typed(SearchIndex.build(SUPPORT_KB), QUERIES)).toEqual(fresh(SUPPORT_KB, QUERIES));
    expect(typed(SearchIndex.build(SUPPORT_KB), QUERIES, 'billing')).toEqual(
      fresh(SUPPORT_KB, QUERIES, 'billing'),
    );
  });

  it('answers as a fresh index when the words before the one typed are kept, changed or filtered', () => {
    // A query's finished words' sums are not added again while they stay the same (the scores go back to
    // what they were after them); every turn here changes what they are or the filter they were summed for.
    const steps: [string, string | undefined][] = [
      ['refund not rec', undefined],
      ['refund not rece', undefined],
      ['refund not rece', 'billing'],
      ['refund not recei', 'billing'],
      ['refund not recei', undefined],
      ['refund no', undefined],
      ['refund nx', undefined],
      ['refund not r', undefined],
      ['double not r', undefined],
      ['double not re', undefined],
      ['refund not re', undefined],
      ['double charge c', undefined],
      ['double charge card refund', undefined],
      ['double charge card ref', 'payments'],
      ['double charge card re', undefined],
      ['cancel-subscription ren', undefined],
      ['cancel-subscription renew', undefined],
      ['cancel-subscr', undefined],
      ['refund not recieved', undefined],
    ];
    // The fresh answers first: searches share their scratch arrays, so the typed ones run one after another.
    const expected = steps.map(([query, tag]) =>
      SearchIndex.build(SUPPORT_KB).search(query, { limit: 20, now: NOW, tag }),
    );
    const index = SearchIndex.build(SUPPORT_KB);
    const answers = steps.map(([query, tag]) => index.search(query, { limit: 20, now: NOW, tag }));
    steps.forEach(([query, tag], i) => {
      expect(answers[i], `${query} ${tag ?? ''}`).toEqual(expected[i]);
    });
  });

  it('forgets what it kept when the index changes between two keys', () => {
    const index = SearchIndex.build(SUPPORT_KB);
    index.search('refund not', { limit: 20, now: NOW });
    const added: SearchDoc = {
      id: 'refund-card',
      kind: 'article',
      title: 'Refund to a closed card',
      tags: ['billing'],
      keywords: [],
      body: 'A refund to a card that was closed comes back to us; refund by bank transfer instead.',
    };
    index.add(added);
    const withAdded = [...SUPPORT_KB, added];
    expect(index.search('refund not rec', { limit: 20, now: NOW })).toEqual(
      SearchIndex.build(withAdded).search('refund not rec', { limit: 20, now: NOW }),
    );
    index.remove('refund-request');
    const withRemoved = withAdded.filter((doc) => doc.id !== 'refund-request');
    expect(index.search('refund not rece', { limit: 20, now: NOW })).toEqual(
      SearchIndex.build(withRemoved).search('refund not rece', { limit: 20, now: NOW }),
    );
  });
});

/** Distinct bigrams of a word with a boundary mark each side, as the typo index keys them. */
function bigrams(word: string): string[] {
  const grams: string[] = [];
  const padded = `\u0000${word}\u0000`;
  for (let i = 0; i + 1 < padded.length; i++) {
    const gram = padded.slice(i, i + 2);
    if (!grams.includes(gram)) grams.push(gram);
  }
  return grams;
}

/**
 * near() the long way: every form, in the order walking every bigram list of the word in the word's order
 * meets it, kept when it shares enough bigrams and is within the distance; each term at its closest form.
 */
function nearTheLongWay(forms: readonly [string, string][], word: string, maxDistance: number) {
  const grams = bigrams(word);
  const minShared = Math.max(1, grams.length - 3 * maxDistance);
  const met: { id: number; first: number }[] = [];
  forms.forEach(([form], id) => {
    const own = bigrams(form);
    const shared = grams.filter((gram) => own.includes(gram));
    if (shared.length >= minShared) met.push({ id, first: grams.indexOf(shared[0]!) });
  });
  met.sort((a, b) => a.first - b.first || a.id - b.id);
  const best = new Map<string, number>();
  for (const { id } of met) {
    const [form, term] = forms[id]!;
    if (form === word || Math.abs(form.length - word.length) > maxDistance) continue;
    const distance = boundedEditDistance(word, form, maxDistance);
    if (distance > maxDistance) continue;
    if ((best.get(term) ?? Number.POSITIVE_INFINITY) > distance) best.set(term, distance);
  }
  return [...best].map(([term, distance]) => ({ term, distance })).sort((a, b) => a.distance - b.distance);
}

describe('the typo search', () => {
  const letters = fc.constantFrom('a', 'b', 'e', 'r', 's', 't', 'é', '𝐀');
  const word = fc.array(letters, { minLength: 2, maxLength: 11 }).map((parts) => parts.join(''));

  it('finds the terms the long way finds, in the same order, built or loaded', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(word, fc.constantFrom('', 'x', 'y')), {
          selector: ([form]) => form,
          maxLength: 80,
        }),
        fc.array(word, { minLength: 1, maxLength: 8 }),
        (entries, probes) => {
          const forms: [string, string][] = entries.map(([form, suffix]) => [
            form,
            [...form].slice(0, 3).join('') + suffix,
          ]);
          const built = new FuzzyVocabulary();
          for (const [form, term] of forms) built.add(form, term, false);
          const loaded = FuzzyVocabulary.fromPacked(structuredClone(built.toPacked()));
          for (const probe of [...probes, ...forms.slice(0, 5).map(([form]) => form)]) {
            for (const distance of [1, 2]) {
              const expected = nearTheLongWay(forms, probe, distance);
              expect(built.near(probe, distance)).toEqual(expected);
              expect(loaded.near(probe, distance)).toEqual(expected);
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('the short fields’ bit-parallel matcher', () => {
  it('gives the same distance as the long way, up to 32 characters', () => {
    const unit = fc.constantFrom('a', 'b', 'c', 'é', ' ', '-', '𝐀');
    fc.assert(
      fc.property(
        fc.string({ unit, minLength: 1, maxLength: 16 }),
        fc.string({ unit, maxLength: 60 }),
        fc.integer({ min: 0, max: 12 }),
        (pattern, text, max) => {
          if (pattern.length > 32) return;
          expect(new SubstringMatcher(pattern).distance(text, max)).toBe(
            substringEditDistance(pattern, text, max),
          );
        },
      ),
      { numRuns: 3000 },
    );
    const long = 'abcdefghijklmnopqrstuvwxyz012345';
    expect(new SubstringMatcher(long).distance(`xx${long}yy`, 3)).toBe(0);
    expect(new SubstringMatcher(long).distance('xxabcdefghijklmnopqrstuvwxyz01234yy', 3)).toBe(1);
  });
});
