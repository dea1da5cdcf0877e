// The encoder comparison (npm run eval -- --section encoders) measures each candidate the same way and says
// which could not be measured; here with small stand-in encoders instead of real models.
import { describe, expect, it } from 'vitest';
import {
  corpusSample,
  type EncoderCandidate,
  encodersTable,
  evaluateEncoders,
} from '../../../src/cli/eval-encoders';
import { DIMENSIONS } from '../../../src/meaning/meaning-index';
import type { SearchDoc } from '../../../src/search';

const doc = (id: string, title: string, body: string): SearchDoc => ({
  id,
  kind: 'article',
  title,
  tags: [],
  keywords: [],
  body,
});

const docs = [
  doc('opening-hours', 'Opening hours', 'The shop opens at nine.'),
  doc('gift-cards', 'Gift cards', 'Gift cards are valid for a year.'),
  doc('invoice', 'Invoice copy', 'Download a copy of an invoice from the account page.'),
  doc(
    'warranty',
    'Warranty claim',
    'A product that stopped working within two years is repaired or replaced.',
  ),
  doc('delivery', 'Late delivery', 'A parcel that has not arrived after ten days is sent again.'),
  doc('password', 'Password reset', 'Send the customer the link to choose a new password.'),
];

/** Messages that share no word with their article: only meaning finds them. */
const messages = [
  { text: 'my kettle broke and will not heat up', expect: 'warranty' },
  { text: 'my kettle broke and will not heat up', expect: 'warranty' },
  { text: 'still waiting for my order, where is it', expect: 'delivery' },
  { text: 'still waiting for my order, where is it', expect: 'delivery' },
];

/** An encoder that knows which topic a text is about (one axis per topic). */
function topicEncoder(topics: Record<string, RegExp>): EncoderCandidate['load'] {
  const axes = Object.values(topics);
  return async () => ({
    bytes: 2 * 1024 * 1024,
    encoder: {
      async embed(texts) {
        return texts.map((text) => {
          const vector = new Float32Array(DIMENSIONS);
          axes.forEach((axis, i) => {
            if (axis.test(text)) vector[i] = 1;
          });
          vector[DIMENSIONS - 1] = 0.1;
          const norm = Math.hypot(...vector);
          return vector.map((x) => x / norm);
        });
      },
    },
  });
}

describe('comparing sentence encoders', () => {
  it('scores each encoder on the same held-out messages and corpus queries, and lists one it cannot load', async () => {
    const knowing = topicEncoder({
      warranty: /warranty|stopped working|broke|heat/i,
      delivery: /delivery|parcel|arrived|order|waiting/i,
      password: /password/i,
    });
    const blind: EncoderCandidate['load'] = async () => ({
      bytes: 0,
      encoder: {
        // Every text on an axis of its own: nothing is close to anything.
        async embed(texts) {
          return texts.map((text) => {
            const vector = new Float32Array(DIMENSIONS);
            let hash = 7;
            for (const char of text) hash = (hash * 31 + char.charCodeAt(0)) % 500;
            vector[hash] = 1;
            return vector;
          });
        },
      },
    });
    const rows = await evaluateEncoders({ docs, messages }, { docs, queries: messages }, [
      { name: 'knows the topics', pkg: 'a', load: knowing },
      { name: 'knows nothing', pkg: 'b', load: blind },
      { name: 'not here', pkg: 'c', load: async () => ({ missing: 'not installed' }) },
    ]);
    expect(rows.map((row) => row.name)).toEqual(['knows the topics', 'knows nothing', 'not here']);
    // Held-out half = odd positions: one kettle and one order message, both found by meaning alone.
    expect(rows[0]).toMatchObject({ bankingMeaning: 1, bankingSuggest: 1, corpusSuggest: 1, megabytes: 2 });
    expect(rows[0]?.msPerPhrase).toBeGreaterThanOrEqual(0);
    // An encoder that sees no closeness finds neither by meaning, and words alone miss one at least.
    expect(rows[1]?.bankingMeaning).toBe(0);
    expect(rows[1]?.bankingSuggest).toBeLessThan(1);
    expect(rows[2]).toEqual({ name: 'not here', pkg: 'c', missing: 'not installed' });
    const table = encodersTable(rows);
    expect(table).toContain('| knows the topics | a | 1 / 1 | 1 |');
    expect(table).toContain('| not here | c | not installed |');
  });

  it('samples the corpus with every query’s article and fills up with others', () => {
    const corpus = Array.from({ length: 50 }, (_, i) => doc(`a${i}`, `Article ${i}`, 'text'));
    const sample = corpusSample(
      corpus,
      [
        { text: 'x', expect: 'a40' },
        { text: 'y', expect: 'a45' },
      ],
      10,
    );
    expect(sample).toHaveLength(10);
    expect(sample.map((d) => d.id)).toEqual(expect.arrayContaining(['a40', 'a45']));
  });
});
