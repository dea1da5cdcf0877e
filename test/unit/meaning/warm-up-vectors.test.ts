// The real encoder gives the same vectors (to 1e-5) however the host calls it: cold or after the
// warm-up, a text alone or among others, the small-talk list a few at a time or all at once, a page's
// texts in the one call of its content script's report or in the request's own calls.
import { beforeAll, describe, expect, it } from 'vitest';
import type { SentenceEncoder } from '../../../src/meaning/encoder';
import { requestTexts, SMALL_TALK_TEXTS } from '../../../src/meaning/knowledge';
import { nodeEncoder } from '../../../src/meaning/node-encoder';
import { TextVectors } from '../../../src/meaning/text-vectors';
import { warmUp } from '../../../src/meaning/warm-up';

const message =
  'My kettle stopped heating after two weeks. I tried another socket but it still does not heat. Could you send a replacement please?';
const page = `Kettle not heating. ${message}`;

function expectClose(actual: readonly Float32Array[], expected: readonly Float32Array[]): void {
  expect(actual).toHaveLength(expected.length);
  let worst = 0;
  actual.forEach((vector, i) => {
    for (let k = 0; k < vector.length; k++) worst = Math.max(worst, Math.abs(vector[k]! - expected[i]![k]!));
  });
  expect(worst).toBeLessThan(1e-5);
}

let encoder: SentenceEncoder;
/** Vectors from the model's very first calls: the page's texts one by one, then the small-talk list at once. */
let coldPage: Float32Array[];
let coldSmallTalk: Float32Array[];
const cache = new TextVectors();

beforeAll(async () => {
  encoder = await nodeEncoder();
  coldPage = [];
  for (const text of requestTexts(page, message)) coldPage.push(...(await encoder.embed([text])));
  coldSmallTalk = await encoder.embed(SMALL_TALK_TEXTS);
  await warmUp(SMALL_TALK_TEXTS, encoder, cache.through(encoder));
}, 120_000);

describe('vectors the host makes in other ways than before', () => {
  it('has a page text’s requests made of several texts', () => {
    expect(requestTexts(page, message).length).toBeGreaterThanOrEqual(4);
  });

  it('keeps the small-talk list, embedded four at a time by the warm-up, as embedded all at once', async () => {
    expectClose(await cache.embed(encoder, SMALL_TALK_TEXTS), coldSmallTalk);
  });

  it('gives a page’s texts, all in one call after the warm-up, as one by one on a cold model', async () => {
    expectClose(await encoder.embed(requestTexts(page, message)), coldPage);
  });
});
