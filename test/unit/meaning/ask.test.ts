// The customer's explicit ask gets a meaning vector of its own, so it decides between near neighbours that
// the story around it blurs together.
import { describe, expect, it } from 'vitest';
import { askOf } from '../../../src/meaning/ask';
import { ASK_SHARE, closenessOf } from '../../../src/meaning/knowledge';
import { MeaningIndex, quantize } from '../../../src/meaning/meaning-index';
import { axis, blend } from './vectors';

const CHARGER =
  "Charger doesn't fit EU socket. The replacement arrived today but it has the same US plug again, and I leave for Berlin on Friday. At this point I'd just like a refund of €39,90 for the charger so I can buy one locally.";

describe('askOf', () => {
  it('finds what a long message asks for, without the reason after it', () => {
    expect(askOf(CHARGER)).toBe("I'd just like a refund of €39,90 for the charger");
    expect(
      askOf(
        'My parcel was left at the wrong house and the neighbours are away. Could you send a new one to my office?',
      ),
    ).toBe('Could you send a new one to my office');
    expect(
      askOf('The app logs me out every time I open it. I need the login fixed because I pay rent today.'),
    ).toBe('I need the login fixed');
  });

  it('reads a question from its question word', () => {
    expect(
      askOf(
        'I just moved to Canada and opened the app this morning. Which currencies can I hold in my account?',
      ),
    ).toBe('Which currencies can I hold in my account?'.replace('?', ''));
  });

  it('takes the last ask that says what is wanted', () => {
    expect(
      askOf(
        'We moved out last week and the courier has not picked the parcel up yet. I want to change the delivery address on order 5512 to my parents. It is urgent. Can you help?',
      ),
    ).toBe('I want to change the delivery address on order 5512 to my parents');
  });

  it('finds none in a message that asks nothing, or that is its ask', () => {
    expect(askOf('The kettle stopped heating after two weeks and the light stays off.')).toBeUndefined();
    expect(askOf('Can you help?')).toBeUndefined();
    expect(askOf('How do I reset my password?')).toBeUndefined();
    expect(askOf('')).toBeUndefined();
  });
});

/** Stands in for the model: the given texts get their vectors, any other text `rest`. */
function textEncoder(vectors: Record<string, Float32Array>, rest: Float32Array) {
  const texts: string[] = [];
  return {
    texts,
    async embed(batch: readonly string[]): Promise<Float32Array[]> {
      texts.push(...batch);
      return batch.map((text) => vectors[text] ?? rest);
    },
  };
}

describe('closenessOf with an ask', () => {
  const meanings = new MeaningIndex();
  meanings.set('refund-request', quantize([axis(1)]));
  meanings.set('product-fault', quantize([axis(2)]));
  const ids = ['refund-request', 'product-fault'];
  // The message and its sentences read as a product fault more than a refund; the ask alone as a refund.
  const story = blend([axis(2), 2], [axis(1), 1]);
  const ask = "I'd just like a refund of €39,90 for the charger";

  it('embeds the ask with the message, in the same model call, and lets it weigh in', async () => {
    const encoder = textEncoder({ [ask]: axis(1) }, story);
    const scores = await closenessOf(encoder, meanings, CHARGER, ids);
    // The whole, its three sentences and the ask.
    expect(encoder.texts).toHaveLength(5);
    expect(encoder.texts.at(-1)).toBe(ask);
    expect(scores.get('refund-request')!).toBeCloseTo((1 - ASK_SHARE) / Math.sqrt(5) + ASK_SHARE, 2);
    expect(scores.get('product-fault')!).toBeCloseTo(((1 - ASK_SHARE) * 2) / Math.sqrt(5), 2);
  });

  it('leaves a message without an ask as it was', async () => {
    const text = 'The kettle stopped heating after two weeks.';
    const encoder = textEncoder({}, story);
    const scores = await closenessOf(encoder, meanings, text, ids);
    expect(encoder.texts).toEqual([text]);
    expect(scores.get('refund-request')!).toBeCloseTo(1 / Math.sqrt(5), 2);
  });
});
