// The meaning host's warm-up: the model's first calls on texts of its own, once it is loaded, between
// requests and outside the agent's busy pauses, the small-talk list kept for the requests that read it.
import { describe, expect, it } from 'vitest';
import { MAX_TEXT_CHARS } from '../../../src/meaning/encoder';
import { SMALL_TALK_TEXTS } from '../../../src/meaning/knowledge';
import { ModelTurns } from '../../../src/meaning/model-turns';
import { TextVectors } from '../../../src/meaning/text-vectors';
import { warmUp, warmUpCalls } from '../../../src/meaning/warm-up';

function recordingEncoder() {
  const calls: string[][] = [];
  return {
    calls,
    async embed(texts: readonly string[]) {
      calls.push([...texts]);
      return texts.map(() => new Float32Array(512).fill(1 / Math.sqrt(512)));
    },
  };
}

const tick = () => new Promise((done) => setTimeout(done, 0));

describe('warmUpCalls', () => {
  it('gives the short texts a few a call, then single texts of growing length up to a page text’s longest', () => {
    const calls = warmUpCalls(SMALL_TALK_TEXTS);
    const short = calls.filter((call) => call.length > 1 || SMALL_TALK_TEXTS.includes(call[0]!));
    expect(short.flat()).toEqual([...SMALL_TALK_TEXTS]);
    expect(Math.max(...short.map((call) => call.length))).toBe(4);
    const long = calls.slice(short.length).map((call) => call[0]!.length);
    expect(long.length).toBeGreaterThanOrEqual(3);
    for (let i = 1; i < long.length; i++) expect(long[i]!).toBeGreaterThan(long[i - 1]!);
    expect(long.at(-1)).toBe(MAX_TEXT_CHARS);
  });
});

describe('warmUp', () => {
  it('runs every call once, keeping the short texts’ vectors, each call after `before`', async () => {
    const encoder = recordingEncoder();
    const cache = new TextVectors();
    let waits = 0;
    const calls = await warmUp(SMALL_TALK_TEXTS, encoder, cache.through(encoder), async () => {
      waits++;
    });
    expect(calls).toBe(warmUpCalls(SMALL_TALK_TEXTS).length);
    expect(encoder.calls).toEqual(warmUpCalls(SMALL_TALK_TEXTS));
    expect(waits).toBe(calls);
    expect(SMALL_TALK_TEXTS.every((text) => cache.has(text))).toBe(true);
    // The long texts are the model's exercise only: not kept.
    expect(cache.has(encoder.calls.at(-1)![0]!)).toBe(false);
  });

  it('lets a request go first: a page asked during the warm-up waits for one call at most', async () => {
    const log: string[] = [];
    const waiting: (() => void)[] = [];
    const held = {
      embed(texts: readonly string[]) {
        log.push(texts[0]!);
        return new Promise<Float32Array[]>((done) =>
          waiting.push(() => done(texts.map(() => new Float32Array(512)))),
        );
      },
    };
    const turns = new ModelTurns(held);
    const background = turns.background();
    const warming = warmUp(SMALL_TALK_TEXTS, background, background);
    await tick();
    expect(log).toEqual([SMALL_TALK_TEXTS[0]]);
    const request = turns.request((model) => model.embed(['the customer’s page']));
    waiting.shift()!();
    for (let i = 0; i < 4; i++) await tick();
    expect(log).toEqual([SMALL_TALK_TEXTS[0], 'the customer’s page']);
    waiting.shift()!();
    await request;
    while (waiting.length > 0 || log.length < warmUpCalls(SMALL_TALK_TEXTS).length + 1) {
      for (let i = 0; i < 4; i++) await tick();
      waiting.shift()?.();
    }
    await warming;
    expect(log).toHaveLength(warmUpCalls(SMALL_TALK_TEXTS).length + 1);
  });
});
