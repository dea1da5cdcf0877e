// The one message protocol between extension contexts, named by direction: content script → panel
// (ContentToExtension), panel → content script (ExtensionToContent), extension pages → service worker
// (PanelToWorker, with the reply each gets in WorkerReplies), pages ↔ meaning host (ToMeaningWorker,
// FromMeaningWorker, sent in a `{ channel, message }` envelope). Every receiver checks the sender once
// (src/shared/sender.ts) and the shape with the guards below before acting; senders use the
// typed helpers in src/shared/send.ts. The meaning host's messages are in messages-meaning.ts.
import type { PageContext } from './model';
import { isRecord } from './records';

export * from './messages-meaning';

export type ContentToExtension = { type: 'cs/page-context'; context: PageContext };

/**
 * Content script → service worker: inject the reply-box editor (src/content/editor.ts) into my frame,
 * answered with true once it is there. Asked the first time the panel writes into the page.
 */
export type ContentToWorker = { type: 'cs/load-editor' };

export type ExtensionToContent =
  | { type: 'ext/get-context' }
  | { type: 'ext/insert-text'; text: string }
  /** Replaces the first occurrence of `find` in the reply box (a nudge's rewrite of one sentence). */
  | { type: 'ext/replace-text'; find: string; replace: string }
  | { type: 'ext/ping' };

/** Extension pages (panel, options) → service worker. */
export type PanelToWorker =
  | { type: 'panel/commitments-changed' }
  | { type: 'panel/ensure-seeded' }
  /** Opens the offscreen document that matches tickets to articles by meaning (src/meaning). */
  | { type: 'panel/open-meaning' }
  /** The meaning host had no request for its quiet period (src/meaning/idle-close.ts): close it. */
  | { type: 'host/close-meaning' }
  /** Reads a due time out of note text (the parser lives in the worker, out of the panel's bundle). */
  | { type: 'panel/parse-due'; text: string; now: number; timeZone: string; hour12: boolean }
  /** The options page: sync one team-pack subscription now, or all of them. */
  | { type: 'packs/sync'; id?: string }
  /** The options page: sync one connected help center now (`full`: a complete listing). */
  | { type: 'helpcenters/sync'; id: string; full?: boolean }
  /** Turns snippet shortcuts on or off for a site (a host name), and starts them in its open tabs. */
  | { type: 'panel/shortcut-site'; host: string; on: boolean }
  /**
   * The search index builds this worker runs (src/storage/search-save.ts): a panel waiting for one learns
   * whether the worker that began it still runs (a stopped worker starts again to answer, running none).
   */
  | { type: 'panel/index-builds' };

/**
 * The snippet-shortcut script on a page (src/content/snippet-keys/) → service worker. Answered only for
 * sites where the agent turned shortcuts on: `keys/list` with `KeysList`, `keys/expand` with
 * `KeysExpansion` or null when no snippet has that shortcut.
 */
export type KeysToWorker = { type: 'keys/list' } | { type: 'keys/expand'; shortcut: string };

export interface KeysList {
  prefix: string;
  shortcuts: string[];
}

export interface KeysExpansion {
  title: string;
  /** The snippet's text with its {{fields}}. */
  body: string;
  /** What the open page answers (customer name, ticket id…), by field name. */
  values: Record<string, string>;
  /** For dates picked in the popover. */
  locale: string;
  /** The popover's words in the agent's language (the page's script has no messages of its own). */
  words: { heading: string; insert: string; cancel: string; missing: string; optional: string };
}

export function isKeysToWorker(value: unknown): value is KeysToWorker {
  if (!isRecord(value)) return false;
  if (value.type === 'keys/list') return true;
  return value.type === 'keys/expand' && typeof value.shortcut === 'string' && value.shortcut.length <= 40;
}

/** A request the worker could not carry out, with the browser's or the worker's reason. */
export type Failure = { ok: false; reason: string };

/** What the worker answers to each request (undefined: no answer is sent). */
export interface WorkerReplies {
  'panel/commitments-changed': undefined;
  'panel/ensure-seeded': { ok: true } | Failure;
  /** `created`: the host had to be started (it was not running). */
  'panel/open-meaning': { ok: true; created: boolean } | Failure;
  'host/close-meaning': undefined;
  /** A due time (src/nudges/commitments/due-time.ts), or null when the text has none; the panel checks it. */
  'panel/parse-due': unknown;
  /** One result per subscription synced (src/background/pack-sync.ts). */
  'packs/sync': { ok: true; results: unknown[] } | Failure;
  /** What the sync did (src/background/connectors/sync.ts), or null for a connection that is gone. */
  'helpcenters/sync': { ok: true; result: unknown } | Failure;
  /** The sites with shortcuts on, after the change. */
  'panel/shortcut-site': { ok: true; sites: string[] } | Failure;
  /** The tokens of the index builds under way in this worker. */
  'panel/index-builds': { tokens: string[] };
}

export type WorkerReply<M extends PanelToWorker> = WorkerReplies[M['type']];

/**
 * Why the page did not take a text change. The content script sends a code, not words (its bundle stays
 * small and has no messages); the panel says it in the agent's language. `detail`: the browser's error.
 */
export type InsertProblem =
  | 'no-reply-box'
  | 'read-only'
  | 'sentence-gone'
  | 'insert-failed'
  | 'replace-failed';

export type InsertResult = { ok: true } | { ok: false; problem: InsertProblem; detail?: string };

const MAX_FIELD = 20_000;

function optionalString(value: unknown): boolean {
  return value === undefined || (typeof value === 'string' && value.length <= MAX_FIELD);
}

export function isPageContext(value: unknown): value is PageContext {
  if (!isRecord(value)) return false;
  if (typeof value.site !== 'string' || typeof value.url !== 'string' || typeof value.title !== 'string') {
    return false;
  }
  const optional = [
    'ticketId',
    'subject',
    'customerName',
    'customerMessage',
    'firstCustomerMessage',
    'selection',
    'draft',
  ];
  if (!optional.every((key) => optionalString(value[key]))) return false;
  if (!Array.isArray(value.amounts) || value.amounts.length > 50) return false;
  return value.amounts.every(
    (a) =>
      isRecord(a) &&
      typeof a.amount === 'number' &&
      Number.isFinite(a.amount) &&
      typeof a.currency === 'string' &&
      typeof a.text === 'string',
  );
}

export function isContentToExtension(value: unknown): value is ContentToExtension {
  return isRecord(value) && value.type === 'cs/page-context' && isPageContext(value.context);
}

export function isContentToWorker(value: unknown): value is ContentToWorker {
  return isRecord(value) && value.type === 'cs/load-editor';
}

export function isExtensionToContent(value: unknown): value is ExtensionToContent {
  if (!isRecord(value)) return false;
  switch (value.type) {
    case 'ext/get-context':
    case 'ext/ping':
      return true;
    case 'ext/insert-text':
      return typeof value.text === 'string' && value.text.length <= MAX_FIELD;
    case 'ext/replace-text':
      return (
        typeof value.find === 'string' &&
        value.find.length > 0 &&
        value.find.length <= MAX_FIELD &&
        typeof value.replace === 'string' &&
        value.replace.length <= MAX_FIELD
      );
    default:
      return false;
  }
}

export function isPanelToWorker(value: unknown): value is PanelToWorker {
  if (!isRecord(value)) return false;
  switch (value.type) {
    case 'panel/commitments-changed':
    case 'panel/ensure-seeded':
    case 'panel/open-meaning':
    case 'host/close-meaning':
    case 'panel/index-builds':
      return true;
    case 'panel/shortcut-site':
      return typeof value.host === 'string' && value.host.length <= 253 && typeof value.on === 'boolean';
    case 'panel/parse-due':
      return (
        typeof value.text === 'string' &&
        value.text.length <= MAX_FIELD &&
        typeof value.now === 'number' &&
        Number.isFinite(value.now) &&
        typeof value.timeZone === 'string' &&
        value.timeZone.length <= 100 &&
        typeof value.hour12 === 'boolean'
      );
    case 'packs/sync':
      return (
        value.id === undefined ||
        (typeof value.id === 'string' && value.id.length > 0 && value.id.length <= 100)
      );
    case 'helpcenters/sync':
      return (
        typeof value.id === 'string' &&
        value.id.length > 0 &&
        value.id.length <= 100 &&
        (value.full === undefined || typeof value.full === 'boolean')
      );
    default:
      return false;
  }
}

/** The message inside a runtime message sent on `channel` (by `{ channel, message }`), else undefined. */
export function onChannel(envelope: unknown, channel: string): unknown {
  const data = envelope as { channel?: unknown; message?: unknown } | null;
  return data?.channel === channel ? data.message : undefined;
}
