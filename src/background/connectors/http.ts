// The one way connectors talk to a help center: GET on the connection's own origin only (the secret is
// attached after that check, so it never goes anywhere else), no redirects followed, no cookies, a
// streamed size cap, a timeout, JSON or a clear refusal, and 429 answered by waiting as the server asks
// (briefly, in the run) or by stopping with the time to try again.
import { t } from '../../shared/i18n';
import { type FetchLike, Refused, readCapped } from '../pack-sync-fetch';
import { SyncStop } from './types';

/** Largest response a connector reads: a page of 100 long articles is a few MB. */
export const MAX_RESPONSE_BYTES = 20 * 1024 * 1024;
export const REQUEST_TIMEOUT_MS = 30_000;
/** A 429 asking to wait longer than this stops the run; the worker's alarm tries again at that time. */
export const MAX_INLINE_WAIT_MS = 20_000;
/** 429s in a row on one request before the run stops (a storm). */
export const MAX_RATE_RETRIES = 4;
/** Wait when a 429 gives no time at all. */
const DEFAULT_WAIT_MS = 60_000;

export interface HttpDeps {
  fetch: FetchLike;
  now(): number;
  sleep(ms: number): Promise<void>;
  maxBytes?: number;
  timeoutMs?: number;
  maxInlineWaitMs?: number;
}

class TimedOut extends Error {}

/** When a 429 says to come back: `Retry-After` (seconds or a date), else `X-RateLimit-Reset` (epoch s). */
export function retryAtOf(headers: Headers, now: number): number {
  const after = headers.get('retry-after')?.trim();
  if (after) {
    if (/^\d+$/.test(after)) return now + Number(after) * 1000;
    const date = Date.parse(after);
    if (!Number.isNaN(date)) return Math.max(now, date);
  }
  const reset = Number(headers.get('x-ratelimit-reset'));
  if (Number.isFinite(reset) && reset > 1e9) return Math.max(now, reset * 1000);
  return now + DEFAULT_WAIT_MS;
}

export class ApiClient {
  requests = 0;
  bytes = 0;

  constructor(
    private readonly origin: string,
    private readonly headers: Record<string, string>,
    private readonly deps: HttpDeps,
  ) {}

  /** The address on this connection's origin, or a refusal: the secret is sent nowhere else. */
  address(pathOrUrl: string): string {
    let url: URL;
    try {
      url = new URL(pathOrUrl, this.origin);
    } catch {
      throw new SyncStop('rejected', t('helpCenterBadAddress', pathOrUrl.slice(0, 200)));
    }
    if (url.origin !== new URL(this.origin).origin)
      throw new SyncStop('rejected', t('helpCenterOtherHost', url.host));
    return url.href;
  }

  /** GETs JSON from `pathOrUrl` on this origin; throws SyncStop with the reason in the agent's words. */
  async get(pathOrUrl: string): Promise<{ data: unknown; headers: Headers }> {
    const address = this.address(pathOrUrl);
    for (let attempt = 0; ; attempt++) {
      const answer = await this.once(address);
      if (answer.status !== 429) return answer;
      const retryAt = retryAtOf(answer.headers, this.deps.now());
      const wait = retryAt - this.deps.now();
      if (attempt >= MAX_RATE_RETRIES || wait > (this.deps.maxInlineWaitMs ?? MAX_INLINE_WAIT_MS))
        throw new SyncStop('rate-limited', t('helpCenterRateLimited'), retryAt);
      await this.deps.sleep(wait);
    }
  }

  private async once(address: string): Promise<{ status: number; data: unknown; headers: Headers }> {
    const timeoutMs = this.deps.timeoutMs ?? REQUEST_TIMEOUT_MS;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new TimedOut()), timeoutMs);
    this.requests++;
    try {
      const response = await this.deps.fetch(address, {
        headers: { accept: 'application/json', ...this.headers },
        signal: controller.signal,
        redirect: 'manual',
        credentials: 'omit',
        cache: 'no-store',
      });
      const drop = () => response.body?.cancel().catch(() => undefined);
      if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
        await drop();
        throw new SyncStop('rejected', t('helpCenterRedirected'));
      }
      if (response.status === 429) {
        await drop();
        return { status: 429, data: null, headers: response.headers };
      }
      if (response.status === 401 || response.status === 403) {
        await drop();
        throw new SyncStop('auth', t('helpCenterTokenRejected', response.status));
      }
      if (response.status === 404) {
        await drop();
        throw new SyncStop('rejected', t('helpCenterNotFound'));
      }
      if (!response.ok) {
        await drop();
        throw new SyncStop('unreachable', t('helpCenterServerAnswered', response.status));
      }
      const type = response.headers.get('content-type') ?? '';
      if (/html/i.test(type)) {
        await drop();
        throw new SyncStop('rejected', t('helpCenterNotJson'));
      }
      const maxBytes = this.deps.maxBytes ?? MAX_RESPONSE_BYTES;
      const text = await readCapped(
        response,
        maxBytes,
        controller.signal,
        (bytes) => t('helpCenterTooLarge', Math.round(bytes / (1024 * 1024))),
        () => t('helpCenterNotJson'),
      );
      this.bytes += text.length;
      try {
        return { status: response.status, data: JSON.parse(text) as unknown, headers: response.headers };
      } catch {
        throw new SyncStop('rejected', t('helpCenterNotJson'));
      }
    } catch (error) {
      if (error instanceof SyncStop) throw error;
      const reason = controller.signal.aborted ? controller.signal.reason : error;
      if (reason instanceof Refused) throw new SyncStop('rejected', reason.message);
      if (reason instanceof TimedOut)
        throw new SyncStop('unreachable', t('helpCenterTimedOut', Math.round(timeoutMs / 1000)));
      const detail = reason instanceof Error ? reason.message : String(reason);
      throw new SyncStop('unreachable', t('helpCenterUnreachable', detail));
    } finally {
      clearTimeout(timer);
    }
  }
}

/** Keeps a run from following a help center that hands back the same page, or pages without end. */
export class PageGuard {
  private readonly seen = new Set<string>();
  private pages = 0;
  private articles = 0;

  constructor(
    private readonly maxPages = 2_000,
    private readonly maxArticles = 20_000,
  ) {}

  next(key: string): void {
    if (this.seen.has(key)) throw new SyncStop('rejected', t('helpCenterPageRepeated'));
    this.seen.add(key);
    if (++this.pages > this.maxPages)
      throw new SyncStop('rejected', t('helpCenterTooManyPages', this.maxPages));
  }

  count(articles: number): void {
    this.articles += articles;
    if (this.articles > this.maxArticles)
      throw new SyncStop('rejected', t('helpCenterTooManyArticles', this.maxArticles));
  }
}

/** The items of a JSON list field, or a refusal naming what was expected. */
export function listOf(data: unknown, field: string | null): unknown[] {
  const value = field === null ? data : (data as Record<string, unknown> | null)?.[field];
  if (!Array.isArray(value)) throw new SyncStop('rejected', t('helpCenterUnexpected', field ?? '[…]'));
  return value;
}

export const text = (value: unknown): string => (typeof value === 'string' ? value : '');

export const idText = (value: unknown): string =>
  typeof value === 'number' && Number.isFinite(value)
    ? String(value)
    : typeof value === 'string'
      ? value.trim().slice(0, 60)
      : '';

/** Basic authentication header value. */
export const basic = (user: string, password: string): string => {
  const bytes = new TextEncoder().encode(`${user}:${password}`);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
};
