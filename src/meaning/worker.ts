// The meaning worker (started by the offscreen document): loads the sentence encoder from the extension
// package, keeps vectors for every article, playbook and snippet (stored in their own database, so the
// next start only embeds what changed), scores page texts, and gives the learned second opinion on reply
// drafts (handoff and can't nudges the phrases missed).
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { loadGraphModel } from '@tensorflow/tfjs-converter';
import { backend, env, ready, setBackend } from '@tensorflow/tfjs-core';
import type {
  FromMeaningWorker,
  MeaningCounts,
  MeaningMemory,
  MeaningStatus,
  ToMeaningWorker,
} from '../shared/messages';
import { database } from '../storage/db';
import { embedOrder } from './embed-order';
import { SentenceEncoder } from './encoder';
import { closenessOf, embedDocs } from './knowledge';
import { MeaningIndex } from './meaning-index';
import type { PieceVocabulary } from './pieces';
import { SentenceVectors, secondOpinionPicks } from './second-opinion';
import { MeaningDatabase, planSync } from './vector-sync';

/** Where the build puts the model and TensorFlow's WebAssembly files. */
const MODEL_FOLDER = '/meaning/';
/** Docs embedded between two looks at the message queue (a page's question waits at most this long). */
const DOCS_PER_STEP = 1;
/** After a panel says it is busy (opening, typing), embedding waits this long. */
const BUSY_PAUSE_MS = 3_000;
/**
 * Embedding a large knowledge base takes minutes; after each step the worker rests for this share of the
 * step's time, so an agent's laptop (a softphone, the helpdesk) keeps a core to itself.
 */
const REST_SHARE = 0.5;
/** Changes coming in bursts (an import) are synced once. */
const SYNC_DELAY_MS = 400;

const scope = self as unknown as {
  postMessage(message: FromMeaningWorker): void;
  onmessage: ((event: MessageEvent<ToMeaningWorker>) => void) | null;
};
const meanings = new MeaningIndex();
const vectorsDb = new MeaningDatabase();
/** Where the last completed sync stopped in the knowledge base's change log (null: none yet). */
let syncedSeq: number | null = null;
let encoder: Promise<SentenceEncoder> | null = null;
let status: MeaningStatus = { state: 'loading' };
let syncTimer: ReturnType<typeof setTimeout> | undefined;
let syncing: Promise<void> = Promise.resolve();
let quietUntil = 0;
const counts: MeaningCounts = { items: 0, phrases: 0, requests: 0 };
/** This host among others (pages tell hosts apart by it; there should be one per browser). */
const HOST_ID = crypto.randomUUID();
/**
 * While articles are being embedded: a panel's top word suggestions are embedded first, and once they all
 * have vectors they get closeness among themselves (words find them; meaning orders them).
 */
const EARLY_CANDIDATES = 10;
/** When each item was last among a panel's top word suggestions (larger is later). */
const suggested = new Map<string, number>();
let suggestedTick = 0;
let suggestedChanged = false;

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

function report(next: MeaningStatus): void {
  status = next;
  postStatus();
}

let modelLoaded = false;

function postStatus(withMemory = false): void {
  const extra = withMemory ? { memory: memory() } : {};
  scope.postMessage({
    type: 'status',
    status: { ...status, counts: { ...counts }, host: HOST_ID, ...extra },
  });
}

function memory(): MeaningMemory {
  const wasm = modelLoaded
    ? ((backend() as unknown as { wasm?: { HEAPU8?: Uint8Array } }).wasm?.HEAPU8?.buffer.byteLength ?? 0)
    : 0;
  const heap =
    (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;
  return { wasm, heap, vectors: meanings.bytes() };
}

/** The encoder, counting what page texts and drafts it embeds (items are counted by sync). */
async function requestEncoder(): Promise<Pick<SentenceEncoder, 'embed'>> {
  const model = await loadEncoder();
  return {
    embed(texts) {
      counts.requests += texts.length;
      return model.embed(texts);
    },
  };
}

function loadEncoder(): Promise<SentenceEncoder> {
  encoder ??= (async () => {
    const base = new URL(MODEL_FOLDER, self.location.origin).href;
    setWasmPaths(base);
    // Threads need a cross-origin isolated page, which an extension page is not; the SIMD build is used.
    env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
    await setBackend('wasm');
    await ready();
    const [model, vocabulary] = await Promise.all([
      loadGraphModel(`${base}model.json`),
      fetch(`${base}vocab.json`).then((response) => response.json() as Promise<PieceVocabulary>),
    ]);
    modelLoaded = true;
    return new SentenceEncoder(model, vocabulary);
  })();
  return encoder;
}

async function sync(): Promise<void> {
  const model = await loadEncoder();
  const plan = await planSync(database(), vectorsDb, meanings, syncedSeq);
  const missing = plan.embed;
  let done = plan.total - missing.length;
  let queue = embedOrder(missing, { suggested });
  suggestedChanged = false;
  while (queue.length > 0) {
    while (performance.now() < quietUntil) await sleep(quietUntil - performance.now());
    report({ state: 'preparing', done, total: plan.total });
    if (suggestedChanged) {
      queue = embedOrder(queue, { suggested });
      suggestedChanged = false;
    }
    const step = queue.splice(0, DOCS_PER_STEP);
    const started = performance.now();
    const vectors = await embedDocs(
      model,
      step.map((item) => item.doc),
    );
    counts.items += step.length;
    counts.phrases += vectors.reduce((sum, v) => sum + v.scales.length, 0);
    const rows = step.map((item, k) => ({ id: item.doc.id, stamp: item.stamp, ...vectors[k]! }));
    await vectorsDb.vectors.bulkPut(rows);
    for (const row of rows) meanings.set(row.id, row);
    done += step.length;
    await sleep((performance.now() - started) * REST_SHARE);
  }
  syncedSeq = plan.seq;
  report({ state: 'ready', total: plan.total, embedded: missing.length });
}

function scheduleSync(delay: number): void {
  clearTimeout(syncTimer);
  syncTimer = setTimeout(() => {
    syncing = syncing
      .then(sync)
      .catch((error: unknown) => report({ state: 'failed', reason: String(error) }));
  }, delay);
}

async function closeness(text: string, candidates: string[]): Promise<[string, number][] | null> {
  if (status.state === 'ready')
    return [...(await closenessOf(await requestEncoder(), meanings, text, candidates))];
  // While articles are being embedded, no article the words did not find enters (a half-embedded
  // knowledge base would favour the articles that happen to be done); the top word suggestions are
  // embedded next, and once they all have vectors meaning orders them.
  const top = candidates.slice(0, EARLY_CANDIDATES);
  for (const id of [...top].reverse()) suggested.set(id, ++suggestedTick);
  suggestedChanged = true;
  if (status.state !== 'preparing' || top.length === 0 || !top.every((id) => meanings.has(id))) return null;
  return [...(await closenessOf(await requestEncoder(), meanings, text, top, 0))];
}

let sentenceVectors: SentenceVectors | null = null;

/** The second opinion on a draft: needs only the encoder, not the articles' vectors. */
async function opinion(draft: string, found: string[]) {
  sentenceVectors ??= new SentenceVectors(await requestEncoder());
  return secondOpinionPicks(sentenceVectors, draft, found);
}

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'hello') postStatus(true);
  if (message.type === 'busy') quietUntil = performance.now() + BUSY_PAUSE_MS;
  if (message.type === 'sync') scheduleSync(status.state === 'loading' ? 0 : SYNC_DELAY_MS);
  if (message.type === 'closeness') {
    closeness(message.text, message.candidates)
      .catch(() => null)
      .then((result) =>
        scope.postMessage({ type: 'closeness', request: message.request, closeness: result }),
      );
  }
  if (message.type === 'opinion') {
    opinion(message.draft, message.found)
      .catch(() => null)
      .then((picks) => scope.postMessage({ type: 'opinion', request: message.request, picks }));
  }
};
postStatus();
