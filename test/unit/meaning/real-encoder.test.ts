// The real sentence encoder (loaded once, a few seconds) on a small banking knowledge base.
import { beforeAll, describe, expect, it } from 'vitest';
import type { SentenceEncoder } from '../../../src/meaning/encoder';
import { closenessOf, embedDocs, wordCandidates } from '../../../src/meaning/knowledge';
import { MeaningIndex } from '../../../src/meaning/meaning-index';
import { nodeEncoder } from '../../../src/meaning/node-encoder';
import { type SearchDoc, SearchIndex } from '../../../src/search';

function article(id: string, title: string, body: string): SearchDoc {
  return { id, kind: 'article', title, tags: [], keywords: [], body };
}

const BANKING_KB: SearchDoc[] = [
  article(
    'card-not-arrived',
    'Card has not arrived',
    `Cards are posted within 2 working days and arrive within 7.
What customers say:
- I ordered a card weeks ago and it is not here
- When will my card be delivered?
## Steps
1. Check the postal address on the account
2. After 14 days, cancel it and order a replacement`,
  ),
  article(
    'exchange-rates',
    'Exchange rates',
    `Payments in another currency use the network rate of the day they settle, plus our fee.
What customers say:
- Which rate did you use for my payment abroad?
- Why was I charged more than the shop price in euros?`,
  ),
  article(
    'verify-identity',
    'Why we verify your identity',
    `The law requires us to check who opens an account.
What customers say:
- Why do you need a photo of my passport?
- Is it safe to send you my documents?`,
  ),
  article(
    'top-up-failed',
    'Top-up failed',
    `A top-up by bank transfer can take a day. A card top-up may be declined by the issuing bank.
What customers say:
- I added money but my balance did not change
- My top-up was declined`,
  ),
  article(
    'close-account',
    'Close your account',
    `Withdraw the remaining balance first, then close the account in the app under Settings.
What customers say:
- I want to delete my account
- How do I stop using this bank?`,
  ),
];

let encoder: SentenceEncoder;
const index = SearchIndex.build(BANKING_KB);
const meanings = new MeaningIndex();

beforeAll(async () => {
  encoder = await nodeEncoder();
  const vectors = await embedDocs(encoder, BANKING_KB);
  BANKING_KB.forEach((doc, i) => {
    meanings.set(doc.id, vectors[i]!);
  });
}, 60_000);

/** What `ownit suggest` and the eval do for a message. */
async function suggestWithMeaning(text: string): Promise<string[]> {
  const meaning = await closenessOf(encoder, meanings, text, wordCandidates(index, text));
  return index.suggest(text, { meaning }).map((hit) => hit.id);
}

describe('meaning with the real encoder', () => {
  it('embeds texts as unit vectors, an empty one too', async () => {
    const vectors = await encoder.embed(['', 'Card has not arrived']);
    expect(vectors).toHaveLength(2);
    for (const vector of vectors) {
      expect(vector).toHaveLength(512);
      expect(Math.hypot(...vector)).toBeCloseTo(1, 4);
    }
  });

  it('finds a missing card closer to "Card has not arrived" than to "Exchange rates"', async () => {
    const message = "I still haven't received my new card";
    const [query] = await encoder.embed([message]);
    const scores = meanings.closeness(query!, []);
    expect(scores.get('card-not-arrived')!).toBeGreaterThan(scores.get('exchange-rates')! + 0.1);
    expect(scores.get('card-not-arrived')!).toBeGreaterThanOrEqual(Math.max(...scores.values()));
    expect((await suggestWithMeaning(message))[0]).toBe('card-not-arrived');
  });

  it('suggests an article by meaning when no word matches', async () => {
    const message = 'Do you really need my birthdate?';
    expect(index.suggest(message)).toEqual([]);
    expect((await suggestWithMeaning(message))[0]).toBe('verify-identity');
  });

  it('suggests nothing for an unrelated message', async () => {
    expect(await suggestWithMeaning('The weather in Lisbon is sunny today')).toEqual([]);
  });

  it('copes with emoji and right-to-left text in the message', async () => {
    const hits = await suggestWithMeaning('😡😡 my new card still has not come מתי? متى ستصل البطاقة');
    expect(hits[0]).toBe('card-not-arrived');
  });

  it('suggests nothing for a message with nothing the encoder reads', async () => {
    for (const text of ['👍', '12345', 'ok', 'שלום מה שלומך'])
      expect(await suggestWithMeaning(text), text).toEqual([]);
  });

  it('suggests nothing for an empty message', async () => {
    expect(await suggestWithMeaning('')).toEqual([]);
    expect(await suggestWithMeaning('  \n ')).toEqual([]);
  });
});
