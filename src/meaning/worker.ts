// The meaning worker (started by the offscreen document): loads the sentence encoder from the extension
// package, keeps vectors for every article, playbook and snippet (stored in their own database, so the
// next start only embeds what changed), scores page texts, and gives the learned second opinion on reply
// drafts (handoff and can't nudges the phrases missed).
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { loadGraphModel } from '@tensorflow/tfjs-converter';
import { backend, env, ready, setBackend } from '@tensorflow/tfjs-core';
import type {
  FromMeaningWorker,
  HostStartup,
  HostTiming,
  HostToWorker,
  MeaningCounts,
  MeaningMemory,
  MeaningStatus,
} from '../shared/messages';
import { database } from '../storage/db';
import { embedOrder } from './embed-order';
import { SentenceEncoder } from './encoder';
import { closenessOf, embedDocs, requestParts, SMALL_TALK_TEXTS } from './knowledge';
import { MeaningIndex } from './meaning-index';
import { ModelTurns, type Turn } from './model-turns';
import type { PieceVocabulary } from './pieces';
import { smallTalkAfter } from './quiet-after';
import { OPINION_MODEL, SentenceVectors, secondOpinionPicks } from './second-opinion';
import { TextVectors } from './text-vectors';
import { MeaningDatabase, planSync } from './vector-sync';
import { warmUp } from './warm-up';

/** Where the build puts the model and TensorFlow's WebAssembly files. */
const MODEL_FOLDER = '/meaning/';
/**
 * Docs embedded in one step of the background sync (between two looks at the order and a rest). A page's
 * question does not wait for a step: the model embeds a few phrases a call (model-turns.ts) and takes
 * requests first.
 */
const DOCS_PER_STEP = 1;
/** After a panel says it is busy (opening, typing), embedding waits this long. */
const BUSY_PAUSE_MS = 3_000;
/** Meanwhile the first sync's reads go on, resting this long between two chunks. */
const BUSY_CHUNK_REST_MS = 100;
/**
 * Embedding a large knowledge base takes minutes; after each step the worker rests for this share of the
 * step's time, so an agent's laptop (a softphone, the helpdesk) keeps a core to itself.
 */
const REST_SHARE = 0.5;
/** Changes coming in bursts (an import) are synced once. */
const SYNC_DELAY_MS = 400;

const scope = self as unknown as {
  postMessage(message: FromMeaningWorker): void;
  onmessage: ((event: MessageEvent<HostToWorker>) => void) | null;
};
const meanings = new MeaningIndex();
// Requests never wait for the shrink's fit: sync() fits it (MeaningIndex.refitShrinkInTurns).
meanings.autoRefit = false;
/** Page texts embedded lately (a ticket's subject and earlier sentences stay the same). */
const pageTexts = new TextVectors();
// Every request that checks for small talk reads the small-talk list: embedded once, by the warm-up.
pageTexts.pin(SMALL_TALK_TEXTS);
/** When the worker started embedding each of the last pages reported (page text → wall-clock ms). */
const pagesAhead = new Map<string, number>();
const PAGES_AHEAD_KEPT = 20;
let warming: Promise<unknown> | null = null;
let turns: Promise<ModelTurns> | null = null;
const vectorsDb = new MeaningDatabase();
/** Where the last completed sync stopped in the knowledge base's change log (null: none yet). */
let syncedSeq: number | null = null;
let encoder: Promise<SentenceEncoder> | null = null;
let status: MeaningStatus = { state: 'loading' };
let syncTimer: ReturnType<typeof setTimeout> | undefined;
let syncing: Promise<void> = Promise.resolve();
let quietUntil = 0;
const counts: MeaningCounts = { items: 0, phrases: 0, requests: 0, cached: 0 };
/** When this host started, its model came in and its first sync read the knowledge base (the benchmark prints it). */
const startup: HostStartup = { startedAt: Date.now() };
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

/** Resolves in a task of its own, after the messages already queued (a timer may wait longer). */
function nextTask(): Promise<void> {
  return new Promise((done) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      done();
    };
    port2.postMessage(null);
  });
}

function report(next: MeaningStatus): void {
  status = next;
  postStatus();
}

let modelLoaded = false;

function postStatus(withMemory = false): void {
  const extra = withMemory ? { memory: memory() } : {};
  scope.postMessage({
    type: 'status',
    status: { ...status, counts: { ...counts }, host: HOST_ID, startup: { ...startup }, ...extra },
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

/** The model, one call at a time, panels' requests first. */
function modelTurns(): Promise<ModelTurns> {
  turns ??= loadEncoder().then((model) => new ModelTurns(model));
  return turns;
}

const wallClock = () => performance.timeOrigin + performance.now();

/**
 * Answers a panel's request with the model's requests-first turn and the page texts already embedded,
 * counting the texts it asked for and noting where its time went.
 */
async function answer<T>(
  timing: HostTiming,
  work: (encoder: Pick<SentenceEncoder, 'embed'>) => Promise<T>,
): Promise<T> {
  const model = await modelTurns();
  const onTurn = (turn: Turn) => {
    timing.waitMs += turn.waitMs;
    timing.embedMs += turn.runMs;
    timing.embedded += turn.texts;
  };
  return model.request(
    (encoder) =>
      work({
        embed(texts) {
          timing.texts += texts.length;
          return pageTexts.through(encoder).embed(texts);
        },
      }),
    onTurn,
  );
}

function newTiming(): HostTiming {
  return { receivedAt: wallClock(), answeredAt: 0, waitMs: 0, embedMs: 0, texts: 0, embedded: 0 };
}

function counted(timing: HostTiming): void {
  counts.requests += timing.texts;
  counts.cached = (counts.cached ?? 0) + timing.texts - timing.embedded;
}

/** Replies to a request: its work timed and counted, null when the work failed. */
function reply<T>(
  work: (timing: HostTiming) => Promise<T>,
  message: (result: T | null, timing: HostTiming) => FromMeaningWorker,
): void {
  const timing = newTiming();
  work(timing)
    .catch(() => null)
    .then((result) => {
      counted(timing);
      timing.answeredAt = wallClock();
      scope.postMessage(message(result, timing));
    });
}

/**
 * A content script reported a page: the texts the panel's request will need (requestParts) are embedded
 * now, while the panel works out its words' suggestions, so the request finds them done (or being done):
 * first the suggestions' texts, in one go, then the latest message whole (the small-talk check). Not its
 * sentences with a problem word: the check reads them only for a message that reads as small talk, and
 * then embeds them itself. Only once articles have vectors; the small-talk check's text only once all have.
 */
async function embedPage(text: string, message?: string): Promise<void> {
  if (status.state !== 'ready' && status.state !== 'preparing') return;
  pagesAhead.delete(text);
  pagesAhead.set(text, wallClock());
  while (pagesAhead.size > PAGES_AHEAD_KEPT) pagesAhead.delete(pagesAhead.keys().next().value as string);
  const parts = requestParts(text, status.state === 'ready' ? message : undefined);
  if (parts.closeness.length === 0) return;
  await answer(newTiming(), async (encoder) => {
    await encoder.embed(parts.closeness);
    // The model's calls end in promise jobs, which run before any message: the panel's request, waiting
    // in the worker's queue since the page's report, takes its suggestions here, before the next call.
    await nextTask();
    if (parts.quiet.length > 0) await encoder.embed(parts.quiet);
  });
}

/**
 * Once per worker, after the model loads: its first calls, on texts of its own (warm-up.ts), between
 * requests and outside the agent's busy pauses.
 */
function warmOnce(): void {
  warming ??= modelTurns().then((model) => {
    const background = model.background();
    return warmUp(SMALL_TALK_TEXTS, background, pageTexts.through(background), async () => {
      while (performance.now() < quietUntil) await sleep(quietUntil - performance.now());
    });
  });
  warming.catch(() => undefined);
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
  // The stored vectors and the items are read while the model loads (the reads need no model), and the
  // model's warm-up calls start after them: a warm-up call runs between two chunks of the first sync's
  // reads, so with both at once each of its hundred chunks waited for a model call (45 s at load 12-17).
  const model = loadEncoder().then(() => {
    startup.modelAt ??= Date.now();
  });
  model.catch(() => undefined);
  const first = startup.readFrom === undefined;
  if (first) startup.readFrom = Date.now();
  const reads = { chunks: 0, rows: 0 };
  const plan = await planSync(database(), vectorsDb, meanings, syncedSeq, chunkPause, reads);
  if (first) Object.assign(startup, { readTo: Date.now(), ...reads });
  await model;
  warmOnce();
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
      (await modelTurns()).background(),
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
  // The within-article shrink is fitted here, outside any request, once a tenth of the articles changed;
  // every article's lengths under the new map are read in turns between requests before it is used
  // (until then requests read the map before, or plain closeness before the first).
  if (meanings.shrinkStale) {
    await meanings.refitShrinkInTurns(chunkPause);
    startup.shrinkAt ??= Date.now();
  }
}

/**
 * Between two chunks of a full pass: a turn of the event loop, and while a panel is busy (opening, typing)
 * BUSY_CHUNK_REST_MS more, so the pass takes less of the cores the panel needs without stopping (meaning
 * for every item is due within a minute of a sync; at most about 50 chunks at 10,000 articles).
 */
async function chunkPause(): Promise<void> {
  await sleep(performance.now() < quietUntil ? BUSY_CHUNK_REST_MS : 0);
}

function scheduleSync(delay: number): void {
  clearTimeout(syncTimer);
  syncTimer = setTimeout(() => {
    syncing = syncing
      .then(sync)
      .catch((error: unknown) => report({ state: 'failed', reason: String(error) }));
  }, delay);
}

async function closeness(
  text: string,
  candidates: string[],
  timing: HostTiming,
): Promise<[string, number][] | null> {
  if (status.state === 'ready')
    return [...(await answer(timing, (encoder) => closenessOf(encoder, meanings, text, candidates)))];
  // While articles are being embedded, no article the words did not find enters (a half-embedded
  // knowledge base would favour the articles that happen to be done); the top word suggestions are
  // embedded next, and once they all have vectors meaning orders them.
  const top = candidates.slice(0, EARLY_CANDIDATES);
  for (const id of [...top].reverse()) suggested.set(id, ++suggestedTick);
  suggestedChanged = true;
  if (status.state !== 'preparing' || top.length === 0 || !top.every((id) => meanings.has(id))) return null;
  return [...(await answer(timing, (encoder) => closenessOf(encoder, meanings, text, top, 0)))];
}

let sentenceVectors: SentenceVectors | null = null;
/** The draft being given a second opinion now: its model calls count as its request's. */
let opinionTiming: HostTiming | null = null;

/** The second opinion on a draft: needs only the encoder, not the articles' vectors. */
async function opinion(draft: string, found: string[], partials: number[][], timing: HostTiming) {
  sentenceVectors ??= new SentenceVectors({
    embed: (texts) => answer(opinionTiming ?? newTiming(), (encoder) => encoder.embed(texts)),
  });
  opinionTiming = timing;
  return secondOpinionPicks(sentenceVectors, draft, found, OPINION_MODEL, partials);
}

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'hello') postStatus(true);
  if (message.type === 'busy') quietUntil = performance.now() + BUSY_PAUSE_MS;
  if (message.type === 'sync') scheduleSync(status.state === 'loading' ? 0 : SYNC_DELAY_MS);
  if (message.type === 'page') void embedPage(message.text, message.message).catch(() => undefined);
  if (message.type === 'closeness') {
    reply(
      async (timing) => {
        const ahead = pagesAhead.get(message.text);
        if (ahead !== undefined) timing.aheadMs = timing.receivedAt - ahead;
        const result = await closeness(message.text, message.candidates, timing);
        // Small talk only once every article has vectors (the closest article decides), and only when
        // the text ends with the latest message: not when the agent selected what to look up.
        if (result === null || status.state !== 'ready') return { result, quiet: false };
        // The suggestions go to the panel as soon as they are known when the small-talk check still needs
        // the model (quiet-after.ts).
        const quiet = await answer(timing, (encoder) =>
          smallTalkAfter(encoder, pageTexts, meanings, message.text, message.message, () =>
            scope.postMessage({
              type: 'closeness',
              request: message.request,
              closeness: result,
              more: true,
              timing: { ...timing, answeredAt: wallClock() },
            }),
          ),
        );
        return { result, quiet };
      },
      (answered, timing) => ({
        type: 'closeness',
        request: message.request,
        closeness: answered?.result ?? null,
        ...(answered?.quiet ? { quiet: true } : {}),
        timing,
      }),
    );
  }
  if (message.type === 'opinion') {
    reply(
      (timing) => opinion(message.draft, message.found, message.partials ?? [], timing),
      (picks) => ({ type: 'opinion', request: message.request, picks }),
    );
  }
};
postStatus();
