// The sentence encoder alone in a Chromium page, for scripts/bench-encoder.ts: loads the model as the
// meaning worker does (TensorFlow.js on WebAssembly, the SIMD build, or the threaded one when the page is
// cross-origin isolated and `threads` is asked), then times the calls the bench asks for.
import { setThreadsCount, setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { loadGraphModel } from '@tensorflow/tfjs-converter';
import { env, ready, setBackend } from '@tensorflow/tfjs-core';
import { SentenceEncoder } from '../../src/meaning/encoder';
import type { PieceVocabulary } from '../../src/meaning/pieces';

interface Run {
  /** The model calls to time, in order: each a list of texts. */
  calls: string[][];
  threads: number;
}

interface Result {
  loadMs: number;
  simd: boolean;
  threads: boolean;
  isolated: boolean;
  callMs: number[];
}

async function run({ calls, threads }: Run): Promise<Result> {
  const base = new URL('/model/', location.href).href;
  setWasmPaths(base);
  env().set('WASM_HAS_MULTITHREAD_SUPPORT', threads > 0 && globalThis.crossOriginIsolated === true);
  if (threads > 0) setThreadsCount(threads);
  const started = performance.now();
  await setBackend('wasm');
  await ready();
  const [model, vocabulary] = await Promise.all([
    loadGraphModel(`${base}model.json`),
    fetch(`${base}vocab.json`).then((response) => response.json() as Promise<PieceVocabulary>),
  ]);
  const encoder = new SentenceEncoder(model, vocabulary);
  const loadMs = performance.now() - started;
  const callMs: number[] = [];
  for (const texts of calls) {
    const start = performance.now();
    await encoder.embed(texts);
    callMs.push(performance.now() - start);
  }
  return {
    loadMs,
    simd: Boolean(await env().getAsync('WASM_HAS_SIMD_SUPPORT')),
    threads: Boolean(env().get('WASM_HAS_MULTITHREAD_SUPPORT')),
    isolated: globalThis.crossOriginIsolated === true,
    callMs,
  };
}

(globalThis as unknown as { runEncoder: typeof run }).runEncoder = run;
