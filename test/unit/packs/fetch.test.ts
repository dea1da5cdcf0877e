import { describe, expect, it } from 'vitest';
import { type FetchLike, fetchPack } from '../../../src/background/pack-sync-fetch';

const ok = (body: string, headers: Record<string, string> = {}) =>
  new Response(body, { status: 200, headers });

/** A fetch that records what it was asked and answers with `answer`. */
function recording(answer: (url: string, init: RequestInit) => Response | Promise<Response>) {
  const calls: string[] = [];
  const fetch: FetchLike = async (url, init) => {
    calls.push(url);
    return answer(url, init);
  };
  return { fetch, calls };
}

/** Resolves when the request is aborted, with the abort reason as a rejection (what fetch does). */
function hangUntilAborted(init: RequestInit): Promise<Response> {
  return new Promise((_, reject) => {
    init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
  });
}

describe('fetchPack: where from', () => {
  it.each([
    'http://packs.example.com/team.json',
    'ftp://packs.example.com/team.json',
    'file:///etc/passwd',
    'not a url',
  ])('refuses %s without making a request', async (address) => {
    const host = recording(() => ok('{}'));
    const result = await fetchPack(address, { fetch: host.fetch });
    expect(result).toMatchObject({ kind: 'failed', problem: 'rejected' });
    expect(host.calls).toEqual([]);
  });

  it.each([
    'http://127.0.0.1:8080/pack.json',
    'http://localhost/pack.json',
    'http://[::1]:9000/pack.json',
    'https://packs.example.com/team.json',
  ])('fetches %s', async (address) => {
    const host = recording(() => ok('{"a":1}', { etag: '"x"' }));
    expect(await fetchPack(address, { fetch: host.fetch })).toEqual({
      kind: 'fetched',
      text: '{"a":1}',
      etag: '"x"',
    });
    expect(host.calls).toEqual([address]);
  });

  it('refuses a redirect that lands on plain http', async () => {
    const host = recording(() => {
      const response = ok('{}');
      Object.defineProperty(response, 'url', { value: 'http://mirror.example.com/team.json' });
      return response;
    });
    const result = await fetchPack('https://packs.example.com/team.json', { fetch: host.fetch });
    expect(result).toEqual({
      kind: 'failed',
      problem: 'rejected',
      message: 'it redirected to http://mirror.example.com/team.json, which is not https',
    });
  });

  it('follows a redirect to another https address', async () => {
    const host = recording(() => {
      const response = ok('{"b":2}');
      Object.defineProperty(response, 'url', { value: 'https://cdn.example.com/team.json' });
      return response;
    });
    const result = await fetchPack('https://packs.example.com/team.json', { fetch: host.fetch });
    expect(result).toEqual({ kind: 'fetched', text: '{"b":2}' });
  });
});

describe('fetchPack: conditional requests and failures', () => {
  it('sends the stored ETag and reports 304 as not modified', async () => {
    let sent: string | null = null;
    const host = recording((_, init) => {
      sent = new Headers(init.headers).get('if-none-match');
      return new Response(null, { status: 304 });
    });
    const result = await fetchPack('https://packs.example.com/t.json', { fetch: host.fetch, etag: '"v7"' });
    expect(result).toEqual({ kind: 'not-modified' });
    expect(sent).toBe('"v7"');
  });

  it('reports an HTTP error status as unreachable with the status', async () => {
    const host = recording(() => new Response('nope', { status: 404, statusText: 'Not Found' }));
    expect(await fetchPack('https://packs.example.com/t.json', { fetch: host.fetch })).toEqual({
      kind: 'failed',
      problem: 'unreachable',
      message: 'the server answered 404 Not Found',
    });
  });

  it('reports a network failure as unreachable', async () => {
    const fetch: FetchLike = () => Promise.reject(new TypeError('Failed to fetch'));
    expect(await fetchPack('https://packs.example.com/t.json', { fetch })).toEqual({
      kind: 'failed',
      problem: 'unreachable',
      message: 'the host could not be reached (Failed to fetch)',
    });
  });

  it('gives up on a host that does not answer within the timeout', async () => {
    const fetch: FetchLike = (_, init) => hangUntilAborted(init);
    const started = Date.now();
    const result = await fetchPack('https://packs.example.com/t.json', { fetch, timeoutMs: 50 });
    expect(result).toMatchObject({
      kind: 'failed',
      problem: 'unreachable',
      message: expect.stringMatching(/no answer within/),
    });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('gives up on a body that stops arriving', async () => {
    const stalled = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"format":'));
      },
    });
    const fetch: FetchLike = async () => new Response(stalled, { status: 200 });
    const result = await fetchPack('https://packs.example.com/t.json', { fetch, timeoutMs: 50 });
    expect(result).toMatchObject({
      kind: 'failed',
      problem: 'unreachable',
      message: expect.stringMatching(/no answer within/),
    });
  });
});

describe('fetchPack: size cap', () => {
  it('stops reading an endless body once it passes the cap', async () => {
    let pulled = 0;
    let cancelled = false;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1024;
        controller.enqueue(new Uint8Array(1024).fill(32));
      },
      cancel() {
        cancelled = true;
      },
    });
    const fetch: FetchLike = async () => new Response(endless, { status: 200 });
    const result = await fetchPack('https://packs.example.com/t.json', { fetch, maxBytes: 10 * 1024 * 1024 });
    expect(result).toEqual({ kind: 'failed', problem: 'rejected', message: 'the pack is larger than 10 MB' });
    expect(cancelled).toBe(true);
    expect(pulled).toBeLessThan(11 * 1024 * 1024);
  });

  it('refuses a declared Content-Length over the cap without reading the body', async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(16));
      },
    });
    const fetch: FetchLike = async () =>
      new Response(body, { status: 200, headers: { 'content-length': String(30 * 1024 * 1024) } });
    const result = await fetchPack('https://packs.example.com/t.json', { fetch });
    expect(result).toEqual({ kind: 'failed', problem: 'rejected', message: 'the pack is larger than 20 MB' });
    expect(pulled).toBeLessThanOrEqual(1);
  });

  it('accepts a body of exactly the cap', async () => {
    const fetch: FetchLike = async () => ok('x'.repeat(4096));
    expect(await fetchPack('https://packs.example.com/t.json', { fetch, maxBytes: 4096 })).toMatchObject({
      kind: 'fetched',
    });
  });

  it('refuses bytes that are not UTF-8', async () => {
    const fetch: FetchLike = async () =>
      new Response(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), { status: 200 });
    expect(await fetchPack('https://packs.example.com/t.json', { fetch })).toEqual({
      kind: 'failed',
      problem: 'rejected',
      message: 'the pack is not UTF-8 text',
    });
  });
});
