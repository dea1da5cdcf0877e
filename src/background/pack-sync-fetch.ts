// Fetching a team pack: HTTPS only (plain http only for this computer), a conditional request with the
// stored ETag, a size cap enforced while the body streams in, a timeout, and redirects followed by hand:
// each hop's address is checked before it is requested (https only), and at most MAX_PACK_REDIRECTS.
// Pure of browser APIs other than fetch, which is injected so tests can play the server.
import { t } from '../shared/i18n';
import { addressProblem } from '../storage/packs';

/**
 * A pack's JSON: 10,000 help-center articles (the benchmark corpus) take 71 MB, so the cap is that of an
 * import file (MAX_FILE_BYTES), not the 20 MB it was.
 */
export const MAX_PACK_BYTES = 100 * 1024 * 1024;
export const FETCH_TIMEOUT_MS = 20_000;
/** Redirects followed from the subscribed address before the sync gives up. */
export const MAX_PACK_REDIRECTS = 5;

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface FetchPackOptions {
  fetch: FetchLike;
  etag?: string | undefined;
  maxBytes?: number;
  timeoutMs?: number;
}

export type FetchOutcome =
  | { kind: 'not-modified' }
  | { kind: 'fetched'; text: string; etag?: string }
  | { kind: 'failed'; problem: 'unreachable' | 'rejected'; message: string };

type FetchBytesOutcome =
  | { kind: 'not-modified' }
  | { kind: 'fetched'; bytes: Uint8Array; etag?: string }
  | { kind: 'failed'; problem: 'unreachable' | 'rejected'; message: string };

// The reasons are worded here, in the agent's language (the worker has chrome.i18n), and stored with the
// subscription for the options page to show.
const tooLarge = (bytes: number) => t('packSyncTooLarge', Math.round(bytes / (1024 * 1024)));

/** A body refused while it was read (too large, not UTF-8); its message says why, for the agent. */
export class Refused extends Error {}

/** Reads the body's bytes, cancelling the stream as soon as it passes `maxBytes`. */
async function readCappedBytes(
  response: Response,
  maxBytes: number,
  signal: AbortSignal,
  describeTooLarge: (bytes: number) => string = tooLarge,
): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new Refused(describeTooLarge(maxBytes));
  }
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const onAbort = () => void reader.cancel().catch(() => undefined);
  signal.addEventListener('abort', onAbort);
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (signal.aborted) throw signal.reason;
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw new Refused(describeTooLarge(maxBytes));
      }
      chunks.push(value);
    }
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * Reads the body as UTF-8, cancelling the stream as soon as it passes `maxBytes`. Also used by the
 * help-center connectors, with their own wording of "too large".
 */
export async function readCapped(
  response: Response,
  maxBytes: number,
  signal: AbortSignal,
  describeTooLarge: (bytes: number) => string = tooLarge,
  notUtf8: () => string = () => t('packSyncNotUtf8'),
): Promise<string> {
  const bytes = await readCappedBytes(response, maxBytes, signal, describeTooLarge);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Refused(notUtf8());
  }
}

class TimedOut extends Error {}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** Why the sync may not go on to `next` (a redirect's target), or null when it may. */
function hopProblem(next: string, subscribed: string): string | null {
  if (next.startsWith('https://')) return null;
  // A pack on this computer may redirect within this computer (trying a pack locally); nothing else.
  if (
    addressProblem(next) === null &&
    addressProblem(subscribed) === null &&
    !subscribed.startsWith('https://')
  )
    return null;
  return t('packSyncRedirect', next);
}

/**
 * Requests `address` with `redirect: 'manual'` and follows redirects one by one, checking each target
 * before it is requested. A browser hides where an opaque redirect leads, so one is refused: nothing is
 * ever sent to an address that was not checked.
 */
async function followByHand(
  address: string,
  fetch: FetchLike,
  init: RequestInit,
): Promise<{ response: Response } | { refused: string }> {
  let current = address;
  for (let hops = 0; ; hops++) {
    const response = await fetch(current, init);
    const redirected = response.type === 'opaqueredirect' || REDIRECTS.has(response.status);
    if (!redirected) return { response };
    await response.body?.cancel().catch(() => undefined);
    const location = response.type === 'opaqueredirect' ? null : response.headers.get('location');
    if (location === null) return { refused: t('packSyncRedirectHidden') };
    if (hops >= MAX_PACK_REDIRECTS) return { refused: t('packSyncTooManyRedirects', MAX_PACK_REDIRECTS) };
    let next: string;
    try {
      next = new URL(location, current).href;
    } catch {
      return { refused: t('packSyncRedirect', location) };
    }
    const problem = hopProblem(next, address);
    if (problem) return { refused: problem };
    current = next;
  }
}

/** Fetches the pack at `address` as UTF-8 text; never throws. */
export async function fetchPack(address: string, options: FetchPackOptions): Promise<FetchOutcome> {
  const fetched = await fetchBytes(address, options, 'application/json');
  if (fetched.kind !== 'fetched') return fetched;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(fetched.bytes);
  } catch {
    return { kind: 'failed', problem: 'rejected', message: t('packSyncNotUtf8') };
  }
  return fetched.etag ? { kind: 'fetched', text, etag: fetched.etag } : { kind: 'fetched', text };
}

/**
 * Fetches a file at `address` under the same rules as a pack (a pack's vectors file); never throws.
 */
export async function fetchBytes(
  address: string,
  options: FetchPackOptions,
  accept = 'application/octet-stream',
): Promise<FetchBytesOutcome> {
  const refused = addressProblem(address);
  if (refused) return { kind: 'failed', problem: 'rejected', message: refused };
  const timeoutMs = options.timeoutMs ?? FETCH_TIMEOUT_MS;
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new TimedOut(t('packSyncTimedOut', Math.round(timeoutMs / 1000)))),
    timeoutMs,
  );
  try {
    const headers: Record<string, string> = { accept };
    if (options.etag) headers['if-none-match'] = options.etag;
    const hop = await followByHand(address, options.fetch, {
      headers,
      signal: controller.signal,
      redirect: 'manual',
      credentials: 'omit',
      cache: 'no-store',
    });
    if ('refused' in hop) return { kind: 'failed', problem: 'rejected', message: hop.refused };
    const { response } = hop;
    // A redirect may only land on https (a loopback address may serve itself over http, not be sent to).
    const landed = response.url || address;
    if (new URL(landed).href !== new URL(address).href && !landed.startsWith('https://')) {
      await response.body?.cancel().catch(() => undefined);
      return {
        kind: 'failed',
        problem: 'rejected',
        message: t('packSyncRedirect', landed),
      };
    }
    if (response.status === 304) return { kind: 'not-modified' };
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      const status = `${response.status} ${response.statusText}`.trim();
      return { kind: 'failed', problem: 'unreachable', message: t('packSyncServerAnswered', status) };
    }
    const bytes = await readCappedBytes(response, options.maxBytes ?? MAX_PACK_BYTES, controller.signal);
    const etag = response.headers.get('etag');
    return etag ? { kind: 'fetched', bytes, etag } : { kind: 'fetched', bytes };
  } catch (error) {
    const reason = controller.signal.aborted ? controller.signal.reason : error;
    if (reason instanceof Refused) return { kind: 'failed', problem: 'rejected', message: reason.message };
    if (reason instanceof TimedOut)
      return { kind: 'failed', problem: 'unreachable', message: reason.message };
    const detail = reason instanceof Error ? reason.message : String(reason);
    return { kind: 'failed', problem: 'unreachable', message: t('packSyncHostUnreachable', detail) };
  } finally {
    clearTimeout(timer);
  }
}
