import { describe, expect, it } from 'vitest';
import {
  closenessOf,
  embedDocs,
  hasMeaning,
  meaningText,
  wordCandidates,
} from '../../../src/meaning/knowledge';
import { DIMENSIONS, MeaningIndex, quantize } from '../../../src/meaning/meaning-index';
import { meaningPhrases } from '../../../src/meaning/phrases';
import { type SearchDoc, SearchIndex } from '../../../src/search';
import { axis, blend } from './vectors';

/** Stands in for the model: each distinct text gets its own axis; remembers the size of each call. */
function fakeEncoder() {
  const axes = new Map<string, number>();
  const calls: number[] = [];
  return {
    calls,
    axisOf: (text: string) => axes.get(text),
    async embed(texts: readonly string[]): Promise<Float32Array[]> {
      calls.push(texts.length);
      return texts.map((text) => {
        if (!axes.has(text)) axes.set(text, axes.size % DIMENSIONS);
        return axis(axes.get(text)!);
      });
    },
  };
}

function article(id: string, title: string, body = ''): SearchDoc {
  return { id, kind: 'article', title, tags: [], keywords: [], body };
}

describe('meaningText', () => {
  it("keeps the customer's words: no greeting, sign-off or quoted history", () => {
    expect(meaningText('Hi, I was charged twice. Thanks, Dana')).toBe('I was charged twice.');
    const email =
      'Hello,\nmy card\n\nstill has   not arrived.\n\nOn Mon, 2 Jun 2025, Bank <help@bank.example> wrote:\n> Your card was sent';
    expect(meaningText(email)).toBe('my card still has not arrived.');
  });

  it('cuts a long message to 600 characters and an empty one to nothing', () => {
    expect(meaningText('card '.repeat(500))).toHaveLength(600);
    expect(meaningText('')).toBe('');
    expect(meaningText(' \n\t ')).toBe('');
  });
});

describe('embedDocs', () => {
  it("returns each doc's phrase vectors in order, across model calls", async () => {
    const docs = Array.from({ length: 10 }, (_, d) =>
      article(
        `doc-${d}`,
        `Article number ${d}`,
        Array.from({ length: 12 }, (_, l) => `- Customer phrasing ${l} of article ${d}`).join('\n'),
      ),
    );
    const encoder = fakeEncoder();
    const vectors = await embedDocs(encoder, docs);
    // 10 docs × (title + 8 lines) = 90 phrases, 64 a call at most.
    expect(encoder.calls).toEqual([64, 26]);
    expect(vectors).toHaveLength(10);
    docs.forEach((doc, d) => {
      const phrases = meaningPhrases(doc);
      const { codes, scales } = vectors[d]!;
      expect(scales).toHaveLength(phrases.length);
      phrases.forEach((phrase, p) => {
        const row = codes.subarray(p * DIMENSIONS, (p + 1) * DIMENSIONS);
        expect(row.indexOf(127)).toBe(encoder.axisOf(phrase));
      });
    });
  });

  it('gives a doc without phrases no vectors, and keeps the others in place', async () => {
    const encoder = fakeEncoder();
    const vectors = await embedDocs(encoder, [
      article('a', 'Card has not arrived'),
      article('empty', ''),
      article('b', 'Exchange rates'),
    ]);
    expect(vectors.map((v) => v.scales.length)).toEqual([1, 0, 1]);
    expect(vectors[2]!.codes.indexOf(127)).toBe(encoder.axisOf('Exchange rates'));
    const index = new MeaningIndex();
    for (const [i, id] of ['a', 'empty', 'b'].entries()) index.set(id, vectors[i]!);
    expect([...index.ids()]).toEqual(['a', 'b']);
  });

  it('makes no model call for no docs', async () => {
    const encoder = fakeEncoder();
    expect(await embedDocs(encoder, [])).toEqual([]);
    expect(encoder.calls).toEqual([]);
  });
});

/** Stands in for the model: every text gets `vector`; counts its calls. */
function fixedEncoder(vector: Float32Array) {
  const texts: string[] = [];
  return {
    texts,
    async embed(batch: readonly string[]): Promise<Float32Array[]> {
      texts.push(...batch);
      return batch.map(() => vector);
    },
  };
}

describe('closenessOf', () => {
  it('scores the docs the words find even when their meaning is far', async () => {
    const query = axis(0);
    const docs: SearchDoc[] = [];
    const meanings = new MeaningIndex();
    for (let i = 1; i <= 110; i++) {
      docs.push(article(`near-${i}`, `Card question ${i}`));
      meanings.set(`near-${i}`, quantize([blend([query, 1], [axis(i), 1])]));
    }
    docs.push(article('zeppelin', 'Zeppelin rides'));
    meanings.set('zeppelin', quantize([axis(400)]));
    const index = SearchIndex.build(docs);
    const encoder = fixedEncoder(query);
    const closeness = (text: string) => closenessOf(encoder, meanings, text, wordCandidates(index, text));
    const scores = await closeness('Can I book zeppelin rides?');
    expect(scores.has('zeppelin')).toBe(true);
    expect(scores.get('zeppelin')!).toBeCloseTo(0, 2);
    expect((await closeness('Hello there')).has('zeppelin')).toBe(false);
    // A greeting alone has nothing to read: only the first message went to the model.
    expect(encoder.texts).toEqual(['Can I book zeppelin rides?']);
  });
});

describe('hasMeaning', () => {
  it('is true for a message with a topic word the encoder reads', () => {
    for (const text of ['Do you need my birthdate?', 'Refund?', 'Order #4411', 'Où est ma carte ?']) {
      expect(hasMeaning(text), text).toBe(true);
    }
  });

  it('is false for empty, emoji, numbers, chatter and scripts the encoder cannot read', () => {
    for (const text of [
      '',
      '  \n ',
      '👍',
      '😡😡😡',
      '12345',
      '?!',
      'ok',
      'Hi Sam,',
      'Thanks!',
      'שלום מה שלומך',
      '你好，我的卡还没到',
    ]) {
      expect(hasMeaning(text), text).toBe(false);
    }
  });

  it('gives such a message no closeness at all, even to a doc its vector is close to', async () => {
    const meanings = new MeaningIndex();
    meanings.set('card', quantize([axis(0)]));
    const index = SearchIndex.build([article('card', 'Card has not arrived')]);
    const encoder = fixedEncoder(axis(0));
    const closeness = (text: string) => closenessOf(encoder, meanings, text, wordCandidates(index, text));
    expect((await closeness('👍')).size).toBe(0);
    // Not even embedded.
    expect(encoder.texts).toEqual([]);
    expect((await closeness('Where is my card?')).get('card')!).toBeCloseTo(1, 2);
  });
});
