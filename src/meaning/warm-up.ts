// The model's first calls are slow whatever their length: TensorFlow.js's graph code and the WebAssembly
// kernels run unoptimised until the engine has seen them run (V8 compiles hot code again, optimised, in
// the background). Measured in Node (`npx tsx scripts/bench-encoder.ts`), a first call cost about 300 ms
// of CPU, calls 2–10 40–140 ms, and a call after a few dozen 10–30 ms. So the meaning host gives the model
// its first calls itself, once it is loaded, on texts of its own (the small-talk list every request reads,
// then longer texts up to a page's length), before an agent's page needs one.
import type { SentenceEncoder } from './encoder';
import { MAX_TEXT_CHARS } from './encoder';

type Encoder = Pick<SentenceEncoder, 'embed'>;

/** Texts per warm-up call of the short texts: as many as a background call takes. */
const SHORT_TEXTS_PER_CALL = 4;

/**
 * The warm-up's model calls, in order: the short texts a few at a time, then one text per call of growing
 * length (two short texts joined, four, eight…), up to a page text's longest.
 */
export function warmUpCalls(texts: readonly string[]): string[][] {
  const calls: string[][] = [];
  for (let i = 0; i < texts.length; i += SHORT_TEXTS_PER_CALL) {
    calls.push(texts.slice(i, i + SHORT_TEXTS_PER_CALL));
  }
  for (let count = 2; ; count *= 2) {
    const joined = texts.slice(0, count).join(' ').slice(0, MAX_TEXT_CHARS);
    calls.push([joined]);
    if (count >= texts.length || joined.length >= MAX_TEXT_CHARS) break;
  }
  return calls;
}

/**
 * Runs the warm-up calls one after the other, each after `before` resolves (the host waits there for
 * requests being answered and for the agent's busy pauses). The first calls, the short texts, go through
 * `keep` (the host's page-text vectors), so the requests that read them find them embedded.
 */
export async function warmUp(
  texts: readonly string[],
  encoder: Encoder,
  keep: Encoder,
  before: () => Promise<void> = async () => undefined,
): Promise<number> {
  const calls = warmUpCalls(texts);
  for (const [i, call] of calls.entries()) {
    await before();
    await (i * SHORT_TEXTS_PER_CALL < texts.length ? keep : encoder).embed(call);
  }
  return calls.length;
}
