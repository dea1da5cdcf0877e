// The meaning host's request path: a page's texts embedded once (a ticket's subject and earlier sentences
// are not embedded again when a new message arrives), a panel's request before background embedding, and
// each answer going back the way its request came.
import { describe, expect, it } from 'vitest';
import {
  closenessOf,
  QUIET_MARGIN,
  requestParts,
  requestTexts,
  SMALL_TALK_TEXTS,
  smallTalkLead,
  smallTalkOnly,
} from '../../../src/meaning/knowledge';
import { MeaningIndex, quantize } from '../../../src/meaning/meaning-index';
import { ModelTurns } from '../../../src/meaning/model-turns';
import { smallTalkAfter } from '../../../src/meaning/quiet-after';
import { RequestRoutes } from '../../../src/meaning/request-routes';
import { TextVectors } from '../../../src/meaning/text-vectors';

/** A stand-in encoder: a distinct unit vector per text; remembers each call's texts. */
function recordingEncoder() {
  const calls: string[][] = [];
  return {
    calls,
    async embed(texts: readonly string[]) {
      calls.push([...texts]);
      return texts.map((text) => {
        const vector = new Float32Array(512);
        for (const [i, char] of [...text].entries()) vector[(i * 31 + char.charCodeAt(0)) % 512]! += 1;
        const norm = Math.hypot(...vector) || 1;
        return vector.map((x) => x / norm);
      });
    },
  };
}

/** An encoder whose calls finish only when the test says so, in order. */
function heldEncoder() {
  const log: string[] = [];
  const waiting: (() => void)[] = [];
  return {
    log,
    release: () => waiting.shift()?.(),
    get held() {
      return waiting.length;
    },
    embed(texts: readonly string[]) {
      log.push(texts.join('+'));
      return new Promise<Float32Array[]>((done) =>
        waiting.push(() => done(texts.map(() => new Float32Array(512)))),
      );
    },
  };
}

const tick = () => new Promise((done) => setTimeout(done, 0));

describe('page texts already embedded', () => {
  const subject = 'My kettle stopped heating after two weeks.';
  const first = `${subject} I tried another socket and it still does not heat. The light comes on but nothing happens. Can you help me get it fixed?`;
  const later = `${subject} I sent the photos you asked for yesterday. The light comes on but nothing happens. Can you help me get it fixed?`;

  it('are not embedded again: a new message on the same ticket embeds only its new texts', async () => {
    const encoder = recordingEncoder();
    const cache = new TextVectors();
    const meanings = new MeaningIndex();
    const plain = await closenessOf(encoder, meanings, first, []);
    expect(encoder.calls).toHaveLength(1);
    const firstTexts = encoder.calls[0]!;
    expect(firstTexts.length).toBeGreaterThan(2);

    await closenessOf(cache.through(encoder), meanings, first, []);
    await closenessOf(cache.through(encoder), meanings, first, []);
    // The same page again: nothing new for the model.
    expect(encoder.calls).toHaveLength(2);
    await closenessOf(cache.through(encoder), meanings, later, []);
    const newTexts = encoder.calls[2]!;
    // The subject and the sentences the ticket already had are known; the whole text and the new one are not.
    expect(newTexts).not.toContain(subject);
    expect(newTexts.length).toBeLessThan(firstTexts.length);
    expect(newTexts.some((text) => text.includes('photos'))).toBe(true);
    expect(cache.counts).toEqual({
      asked: 3 * firstTexts.length,
      embedded: firstTexts.length + newTexts.length,
    });
    expect(plain).toEqual(new Map());
  });

  it('give the same vectors as the encoder, in the order asked', async () => {
    const encoder = recordingEncoder();
    const cache = new TextVectors();
    const direct = await encoder.embed(['b', 'a', 'c']);
    await cache.embed(encoder, ['a']);
    expect(await cache.embed(encoder, ['b', 'a', 'c', 'b'])).toEqual([...direct, direct[0]]);
    // 'a' was known; 'b' and 'c' in one call, 'b' once.
    expect(encoder.calls.slice(1)).toEqual([['a'], ['b', 'c']]);
  });

  it('shares a text being embedded: a request for it waits for that call instead of making another', async () => {
    const encoder = heldEncoder();
    const cache = new TextVectors();
    const early = cache.embed(encoder, ['the page']);
    const asked = cache.embed(encoder, ['the page']);
    expect(encoder.log).toEqual(['the page']);
    encoder.release();
    const [[a], [b]] = await Promise.all([early, asked]);
    expect(a).toBe(b);
  });

  it('keeps the texts used latest and forgets the oldest past its limit', async () => {
    const encoder = recordingEncoder();
    const cache = new TextVectors(2);
    await cache.embed(encoder, ['one']);
    await cache.embed(encoder, ['two']);
    await cache.embed(encoder, ['one']);
    await cache.embed(encoder, ['three']);
    expect(cache.has('one')).toBe(true);
    expect(cache.has('two')).toBe(false);
    expect(cache.has('three')).toBe(true);
  });

  it('keeps pinned texts (the small-talk list) however many texts come after them', async () => {
    const encoder = recordingEncoder();
    const cache = new TextVectors(2);
    cache.pin(['hi there', 'thanks']);
    await cache.embed(encoder, ['hi there', 'thanks']);
    for (const text of ['one', 'two', 'three', 'four']) await cache.embed(encoder, [text]);
    expect(cache.has('hi there')).toBe(true);
    expect(cache.has('thanks')).toBe(true);
    // The limit still holds for the others: the two latest are kept.
    expect(['one', 'two', 'three', 'four'].map((text) => cache.has(text))).toEqual([
      false,
      false,
      true,
      true,
    ]);
  });

  it('forgets a text whose call failed, so the next request tries again', async () => {
    const cache = new TextVectors();
    const failing = { embed: async () => Promise.reject(new Error('model stopped')) };
    await expect(cache.embed(failing, ['text'])).rejects.toThrow('model stopped');
    expect(cache.has('text')).toBe(false);
    const encoder = recordingEncoder();
    expect(await cache.embed(encoder, ['text'])).toHaveLength(1);
  });
});

describe('a page embedded when its content script reports it', () => {
  const message =
    'Hi, my kettle stopped heating after two weeks. I tried another socket but it still does not heat. Could you send a replacement please? Thanks, Ana';
  const text = `Kettle not heating. ${message}`;
  const meanings = new MeaningIndex();

  /** What the host does with a panel's request: closeness, then the small-talk check of the latest message. */
  async function request(cache: TextVectors, encoder: ReturnType<typeof recordingEncoder>, asked = text) {
    await closenessOf(cache.through(encoder), meanings, asked, []);
    if (asked.endsWith(message)) await smallTalkOnly(cache.through(encoder), meanings, message, asked);
  }

  it('leaves the request nothing to embed: its closeness texts and the small-talk check’s are done', async () => {
    const encoder = recordingEncoder();
    const cache = new TextVectors();
    // The warm-up embedded the small-talk list.
    await cache.embed(encoder, SMALL_TALK_TEXTS);
    const ahead = requestTexts(text, message);
    await cache.embed(encoder, ahead);
    const calls = encoder.calls.length;
    await request(cache, encoder);
    expect(encoder.calls).toHaveLength(calls);
    // The latest message alone and its sentences with a problem word are among them, beside the page's.
    expect(ahead.length).toBeGreaterThan(requestTexts(text).length);
    expect(ahead).toContain('I tried another socket but it still does not heat.');
  });

  it('embeds the page’s texts only, not the message’s, when the text does not end with it (a selection)', () => {
    const selection = 'The kettle does not heat any more, even on another socket.';
    expect(requestTexts(selection, message)).toEqual(requestTexts(selection));
  });

  it('embeds nothing for a page the encoder cannot read', () => {
    expect(requestTexts('12345 !!!', '12345 !!!')).toEqual([]);
  });

  it('puts the suggestions’ texts first, then the latest message whole, then its sentences with a problem word', () => {
    const latest =
      'Thanks, the new kettle arrived on Monday morning. Still broken? It does not heat at all, even on another socket. The light stays off the whole time.';
    const page = `Kettle not heating. ${latest}`;
    const parts = requestParts(page, latest);
    expect(parts.closeness).toEqual(closenessTexts(page));
    expect(parts.quiet).toEqual([latest]);
    // A short sentence with a problem word is no sentence of the suggestions' (four words or more).
    expect(parts.cued).toEqual(['Still broken?']);
    // Nothing twice, nothing lost: the texts of requestTexts, in this order.
    expect([...parts.closeness, ...parts.quiet, ...parts.cued]).toEqual(requestTexts(page, latest));
    // A sentence already among the suggestions' texts is not asked again.
    const kettle = requestParts(text, message);
    for (const sentence of kettle.cued) expect(kettle.closeness).not.toContain(sentence);
    expect(new Set([...kettle.closeness, ...kettle.quiet, ...kettle.cued])).toEqual(
      new Set(requestTexts(text, message)),
    );
  });
});

/** The texts closenessOf embeds for `text` (read from its one call). */
function closenessTexts(text: string): string[] {
  const encoder = recordingEncoder();
  void closenessOf(encoder, new MeaningIndex(), text, []);
  return encoder.calls[0] ?? [];
}

describe('the small-talk check of a message that states a problem', () => {
  const message =
    'Thanks for the quick reply. Unfortunately the replacement kettle still does not heat. What can I do now?';
  const encoder = recordingEncoder();

  /** Articles: one whose vector is the message's own (closest possible), so the message reads as a problem. */
  async function articles(close: boolean): Promise<MeaningIndex> {
    const meanings = new MeaningIndex();
    const [vector] = await encoder.embed([close ? message : 'zzzz qqqq']);
    meanings.set('kettle', quantize([vector!]));
    return meanings;
  }

  it('reads the whole message alone when it does not read as small talk, and answers as before', async () => {
    const meanings = await articles(true);
    const cache = new TextVectors();
    await cache.embed(encoder, SMALL_TALK_TEXTS);
    const calls = encoder.calls.length;
    const quiet = await smallTalkOnly(cache.through(encoder), meanings, message);
    expect(quiet).toBe(false);
    // One call, of the whole message: its sentences with a problem word were not embedded.
    expect(encoder.calls.slice(calls)).toEqual([[message]]);
    expect(quiet).toBe((await smallTalkLead(encoder, meanings, message))! >= QUIET_MARGIN);
  });

  it('reads its sentences with a problem word too when the whole reads as small talk', async () => {
    const meanings = await articles(false);
    const cache = new TextVectors();
    await cache.embed(encoder, SMALL_TALK_TEXTS);
    const calls = encoder.calls.length;
    const quiet = await smallTalkOnly(cache.through(encoder), meanings, message);
    expect(encoder.calls.length - calls).toBe(2);
    expect(encoder.calls.at(-1)).toContain('Unfortunately the replacement kettle still does not heat.');
    expect(quiet).toBe((await smallTalkLead(encoder, meanings, message))! >= QUIET_MARGIN);
  });
});

describe('the suggestions before the small-talk check', () => {
  const message =
    'Hi, my kettle stopped heating after two weeks. I tried another socket but it still does not heat. Could you send a replacement please?';
  const text = `Kettle not heating. ${message}`;

  it('go to the panel while the check waits for the model, and the check answers as smallTalkOnly', async () => {
    const held = heldEncoder();
    const cache = new TextVectors();
    const meanings = new MeaningIndex();
    // The small-talk list and the suggestions' texts are known; the latest message is not.
    const known = recordingEncoder();
    await cache.embed(known, SMALL_TALK_TEXTS);
    await cache.embed(known, requestParts(text, message).closeness);
    const order: string[] = [];
    const quiet = smallTalkAfter(cache.through(held), cache, meanings, text, message, () =>
      order.push('suggestions'),
    );
    expect(order).toEqual(['suggestions']);
    expect(held.held).toBe(1);
    while (held.held > 0) {
      held.release();
      await tick();
    }
    order.push(`quiet ${await quiet}`);
    expect(order).toEqual([
      'suggestions',
      `quiet ${await smallTalkOnly(cache.through(known), meanings, message, text)}`,
    ]);
  });

  it('are sent once, with the check, when the latest message is embedded already or the words decide', async () => {
    const encoder = recordingEncoder();
    const cache = new TextVectors();
    await cache.embed(encoder, requestTexts(text, message));
    const early: string[] = [];
    await smallTalkAfter(cache.through(encoder), cache, new MeaningIndex(), text, message, () =>
      early.push(text),
    );
    // "you can close this one": the words say the ticket is settled, no model call needed.
    const settled = 'Thanks, it works now, you can close this one.';
    const closing = await smallTalkAfter(
      cache.through(encoder),
      cache,
      new MeaningIndex(),
      `Kettle. ${settled}`,
      settled,
      () => early.push(settled),
    );
    expect(closing).toBe(true);
    // A selection (the text does not end with the message) has no check at all.
    expect(
      await smallTalkAfter(cache.through(encoder), cache, new MeaningIndex(), 'kettle cold', message, () =>
        early.push('selection'),
      ),
    ).toBe(false);
    expect(early).toEqual([]);
  });
});

describe('whose turn the model is', () => {
  it('takes a request before background embedding: the background waits after the call already running', async () => {
    const encoder = heldEncoder();
    const turns = new ModelTurns(encoder);
    const background = turns.background(2).embed(['a1', 'a2', 'a3', 'a4', 'a5', 'a6']);
    await tick();
    expect(encoder.log).toEqual(['a1+a2']);
    // A panel asks while the first background call runs; its texts reach the model a moment later (the
    // request's own work comes first), after that call has ended.
    const turnsSeen: { texts: number }[] = [];
    const request = turns.request(
      async (model) => {
        await tick();
        await tick();
        return model.embed(['page']);
      },
      (turn) => turnsSeen.push(turn),
    );
    expect(turns.requests).toBe(1);
    encoder.release(); // a1+a2 done
    await tick();
    await tick();
    await tick();
    // The page goes next, not the article's next phrases.
    expect(encoder.log).toEqual(['a1+a2', 'page']);
    encoder.release();
    await request;
    expect(turnsSeen).toEqual([expect.objectContaining({ texts: 1 })]);
    expect(turns.requests).toBe(0);
    // Then the background goes on where it stopped.
    for (let i = 0; i < 2; i++) {
      await tick();
      await tick();
      encoder.release();
    }
    expect((await background).length).toBe(6);
    expect(encoder.log).toEqual(['a1+a2', 'page', 'a3+a4', 'a5+a6']);
  });

  it('runs one call at a time and says how long a request waited for its turn', async () => {
    let clock = 0;
    const encoder = heldEncoder();
    const turns = new ModelTurns(encoder, () => clock);
    const background = turns.background(1).embed(['a']);
    await tick();
    const seen: { waitMs: number; runMs: number }[] = [];
    const request = turns.request(
      (model) => model.embed(['page']),
      (turn) => seen.push(turn),
    );
    await tick();
    // While 'a' runs the page's call has not reached the model.
    expect(encoder.held).toBe(1);
    clock = 30;
    encoder.release();
    await background;
    await tick();
    clock = 45;
    encoder.release();
    await request;
    expect(seen).toEqual([{ waitMs: 30, runMs: 15, texts: 1 }]);
  });

  it('lets the background go on after a request that failed', async () => {
    const encoder = recordingEncoder();
    const turns = new ModelTurns(encoder);
    await expect(turns.request(async () => Promise.reject(new Error('bad page')))).rejects.toThrow(
      'bad page',
    );
    expect(turns.requests).toBe(0);
    expect(await turns.background().embed(['a', 'b', 'c', 'd', 'e'])).toHaveLength(5);
    expect(encoder.calls).toEqual([['a', 'b', 'c', 'd'], ['e']]);
  });
});

describe('the way each request came', () => {
  it('answers a request the way it came, once, and drops its copy sent the other way', () => {
    const routes = new RequestRoutes();
    expect(routes.arrived('r1', 'channel')).toBe(true);
    expect(routes.arrived('r1', 'runtime')).toBe(false);
    expect(routes.arrived('r2', 'runtime')).toBe(true);
    expect(routes.answered('r1')).toBe('channel');
    expect(routes.answered('r2')).toBe('runtime');
    // A late copy of an answered request is still dropped.
    expect(routes.arrived('r1', 'runtime')).toBe(false);
  });

  it('sends a closeness that comes before the small-talk check the same way, and the complete answer after it', () => {
    const routes = new RequestRoutes();
    routes.arrived('r1', 'channel');
    expect(routes.answered('r1', true)).toBe('channel');
    expect(routes.answered('r1')).toBe('channel');
    // Answered now: a late copy is dropped, anything more goes to every page.
    expect(routes.arrived('r1', 'runtime')).toBe(false);
    expect(routes.answered('r1')).toBe('runtime');
  });

  it('answers by runtime messages, which every page hears, what it does not know', () => {
    const routes = new RequestRoutes(2);
    routes.arrived('a', 'channel');
    routes.arrived('b', 'channel');
    routes.arrived('c', 'channel');
    expect(routes.answered('a')).toBe('runtime');
    expect(routes.answered('c')).toBe('channel');
    expect(routes.answered('c')).toBe('runtime');
  });
});
