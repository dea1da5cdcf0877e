// The meaning host's part of the one message protocol (src/shared/messages.ts re-exports it): pages ↔
// meaning host (src/meaning: the offscreen document in Chrome and Edge, a frame of the background page in
// Firefox). Pages send on MEANING_TO_HOST; the host answers every page at once on MEANING_FROM_HOST, and
// each page keeps the answers to its own requests. Both sides check the shape with the guards here before
// acting.
import { isRecord } from './records';

export const MEANING_TO_HOST = 'ownit-meaning-in';
/** Articles the words rank highest that also get a meaning score (besides the closest in meaning). */
export const WORD_CANDIDATES = 100;
export const MEANING_FROM_HOST = 'ownit-meaning-out';
/**
 * The direct way between pages and the meaning host (a BroadcastChannel of this extension's origin, so
 * only its own pages can use it): requests and their answers in the same envelopes, without the
 * browser's runtime messaging. Runtime messages stay for everything else and where the channel does not
 * reach (a page that has not heard the host on it yet).
 */
export const MEANING_CHANNEL = 'ownit-meaning';

export type ToMeaningWorker =
  /** A page opened: say the current status. */
  | { type: 'hello' }
  /** An agent is opening or typing in a panel: embedding pauses for a moment so the panel has the CPU. */
  | { type: 'busy' }
  /** The knowledge base changed (or a panel just opened): bring the vectors up to date. */
  | { type: 'sync' }
  /**
   * How close in meaning a page's text is to the word candidates and the closest articles; `panel` (an id
   * the panel picks) follows `tab`, whose page reports the host may embed ahead. `message`: the customer's
   * latest message, checked for small talk (the answer's `quiet`) when `text` ends with it (no selection).
   */
  | {
      type: 'closeness';
      request: string;
      text: string;
      candidates: string[];
      panel?: string;
      tab?: number;
      message?: string;
    }
  /**
   * The learned second opinion on a reply draft (src/meaning/second-opinion.ts): which handoff or can't
   * nudges to add to the kinds the phrases `found`. `partials`: the phrase layer's partial hits per sentence
   * it reads (src/nudges/opinion/partials.ts), computed by the panel, which runs the phrase layer.
   */
  | { type: 'opinion'; request: string; draft: string; found: string[]; partials?: number[][] };

/** A nudge the second opinion adds: its kind and the sentence's [start, end) in the draft. */
export interface OpinionAnswerPick {
  kind: 'handoff' | 'cant';
  range: [number, number];
}

/** What the host page tells its worker besides pages' requests. */
export type HostToWorker =
  | ToMeaningWorker
  /**
   * A content script reported a page with this text and latest customer message: embed what the panel's
   * request will need now, the request follows.
   */
  | { type: 'page'; text: string; message?: string };

/**
 * Where a request's time went in the host, for the in-browser benchmark: wall-clock times (epoch ms, from
 * each context's performance.timeOrigin) when the worker got it and answered, the model's time (waiting
 * for its turn behind a call already running, and running), texts asked and those the model embedded.
 */
export interface HostTiming {
  receivedAt: number;
  answeredAt: number;
  waitMs: number;
  embedMs: number;
  texts: number;
  embedded: number;
  /**
   * How long before this request the worker last started embedding its page from a content script's
   * report; absent when no report of this text came before it.
   */
  aheadMs?: number;
}

export type FromMeaningWorker =
  | { type: 'status'; status: MeaningStatus }
  /**
   * `quiet`: the customer's latest message states no problem (small talk), so nothing is suggested.
   * `more`: the closeness, sent before the small-talk check is done; the complete answer to the same
   * request follows (with `quiet` when the latest message states no problem).
   */
  | {
      type: 'closeness';
      request: string;
      closeness: [string, number][] | null;
      quiet?: boolean;
      more?: boolean;
      timing?: HostTiming;
    }
  /** null when the model could not run. */
  | { type: 'opinion'; request: string; picks: OpinionAnswerPick[] | null };

/**
 * What this host's encoder did since it started: knowledge items embedded (and their phrases), and page
 * texts or draft sentences asked for by requests. Items that came with their vectors count nowhere.
 */
export interface MeaningCounts {
  items: number;
  phrases: number;
  /** Texts panels' requests asked for (page texts, their sentences, draft sentences). */
  requests: number;
  /** Of those, texts the host had embedded already (the same page again, a subject unchanged). */
  cached?: number;
}

export type MeaningStatus = (
  | { state: 'loading' }
  /** Embedding articles: `done` of `total`. */
  | { state: 'preparing'; done: number; total: number }
  /**
   * Every item has vectors; `embedded` of them were made by the last sync (the rest were stored). A later
   * sync that finds nothing new says 0: what a host embedded since it started is in `counts.items`.
   */
  | { state: 'ready'; total: number; embedded: number }
  /** The model could not run here; suggestions use words only. */
  | { state: 'failed'; reason: string }
) & {
  counts?: MeaningCounts;
  memory?: MeaningMemory;
  /** Which host says it: a random id each host picks when it starts (one host per browser, tested). */
  host?: string;
  /** The host's start-up, for the benchmark: when its model was in and its first sync's reads (ms since the epoch). */
  startup?: HostStartup;
};

/** When a host's model loaded and its first sync read the knowledge base (ms since the epoch). */
export interface HostStartup {
  startedAt: number;
  modelAt?: number;
  readFrom?: number;
  readTo?: number;
  /** Read requests (chunks) and rows of that first sync, and the time spent waiting for them (ms, added up). */
  chunks?: number;
  rows?: number;
  waitMs?: number;
  /** When the first within-article map came into use, every article's lengths under it read. */
  shrinkAt?: number;
}

/** What the host holds, in bytes, said in answer to hello (the in-browser benchmark reports it). */
export interface MeaningMemory {
  /** TensorFlow's WebAssembly memory: the model's weights and its working space. */
  wasm: number;
  /** The worker's JavaScript heap in use, where the browser says (Chrome). */
  heap: number;
  /** The articles' vectors. */
  vectors: number;
}

const MAX_TEXT = 20_000;
const MAX_CANDIDATES = 1_000;
/** Sentences of a draft the second opinion reads, and partial hits per sentence, at most. */
const MAX_OPINION_ROWS = 40;
const MAX_PARTIALS = 64;

const isPartials = (rows: unknown) =>
  Array.isArray(rows) &&
  rows.length <= MAX_OPINION_ROWS &&
  rows.every(
    (row) => Array.isArray(row) && row.length <= MAX_PARTIALS && row.every((n) => n === 0 || n === 1),
  );

/** A request from a page, checked before the worker sees it. */
export function isMeaningRequest(message: unknown): message is ToMeaningWorker {
  if (!isRecord(message)) return false;
  if (message.type === 'hello' || message.type === 'sync' || message.type === 'busy') return true;
  if (message.type === 'opinion')
    return (
      typeof message.request === 'string' &&
      message.request.length <= 100 &&
      typeof message.draft === 'string' &&
      message.draft.length <= MAX_TEXT &&
      Array.isArray(message.found) &&
      message.found.length <= 10 &&
      message.found.every((kind) => typeof kind === 'string') &&
      (message.partials === undefined || isPartials(message.partials))
    );
  return (
    message.type === 'closeness' &&
    typeof message.request === 'string' &&
    message.request.length <= 100 &&
    typeof message.text === 'string' &&
    message.text.length <= MAX_TEXT &&
    Array.isArray(message.candidates) &&
    message.candidates.length <= MAX_CANDIDATES &&
    message.candidates.every((id) => typeof id === 'string') &&
    (message.panel === undefined || (typeof message.panel === 'string' && message.panel.length <= 100)) &&
    (message.message === undefined ||
      (typeof message.message === 'string' && message.message.length <= MAX_TEXT)) &&
    (message.tab === undefined || (Number.isSafeInteger(message.tab) && (message.tab as number) >= 0))
  );
}

/** An answer from the host, checked before a page uses it. */
function isOpinionPick(pick: unknown): pick is OpinionAnswerPick {
  return (
    isRecord(pick) &&
    (pick.kind === 'handoff' || pick.kind === 'cant') &&
    Array.isArray(pick.range) &&
    pick.range.length === 2 &&
    pick.range.every((n) => Number.isInteger(n) && n >= 0)
  );
}

export function isMeaningAnswer(message: unknown): message is FromMeaningWorker {
  if (!isRecord(message)) return false;
  if (message.type === 'status') return isRecord(message.status) && typeof message.status.state === 'string';
  if (message.type === 'opinion')
    return (
      typeof message.request === 'string' &&
      (message.picks === null || (Array.isArray(message.picks) && message.picks.every(isOpinionPick)))
    );
  return (
    message.type === 'closeness' &&
    typeof message.request === 'string' &&
    (message.closeness === null || Array.isArray(message.closeness))
  );
}
