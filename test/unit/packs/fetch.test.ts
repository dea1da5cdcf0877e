import { describe, expect, it } from 'vitest';
import { type FetchLike, fetchPack, MAX_PACK_REDIRECTS } from '../../../src/background/pack-sync-fetch';

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

describe('fetchPack: redirects, followed by hand', () => {
  const redirect = (location: string, status = 302) => new Response(null, { status, headers: { location } });

  it('asks for manual redirects and never requests a plain-http hop', async () => {
    const modes: (string | undefined)[] = [];
    const host = recording((url, init) => {
      modes.push(init.redirect);
      return url.startsWith('https://packs.')
        ? redirect('http://mirror.example.com/team.json?token=secret')
        : ok('{}');
    });
    const result = await fetchPack('https://packs.example.com/team.json', { fetch: host.fetch });
    expect(result).toEqual({
      kind: 'failed',
      problem: 'rejected',
      message: 'it redirected to http://mirror.example.com/team.json?token=secret, which is not https',
    });
    expect(host.calls).toEqual(['https://packs.example.com/team.json']);
    expect(modes).toEqual(['manual']);
  });

  it('follows https hops (relative ones too), sending the ETag on each', async () => {
    const etags: (string | null)[] = [];
    const host = recording((url, init) => {
      etags.push(new Headers(init.headers).get('if-none-match'));
      if (url === 'https://packs.example.com/team.json')
        return redirect('https://cdn.example.com/a/team.json', 301);
      if (url === 'https://cdn.example.com/a/team.json') return redirect('../b/team.json', 308);
      return ok('{"c":3}', { etag: '"e"' });
    });
    const result = await fetchPack('https://packs.example.com/team.json', {
      fetch: host.fetch,
      etag: '"v1"',
    });
    expect(result).toEqual({ kind: 'fetched', text: '{"c":3}', etag: '"e"' });
    expect(host.calls).toEqual([
      'https://packs.example.com/team.json',
      'https://cdn.example.com/a/team.json',
      'https://cdn.example.com/b/team.json',
    ]);
    expect(etags).toEqual(['"v1"', '"v1"', '"v1"']);
  });

  it(`gives up after ${MAX_PACK_REDIRECTS} redirects`, async () => {
    let n = 0;
    const host = recording(() => redirect(`https://loop.example.com/${++n}`));
    const result = await fetchPack('https://loop.example.com/0', { fetch: host.fetch });
    expect(result).toEqual({
      kind: 'failed',
      problem: 'rejected',
      message: 'it redirected more than 5 times',
    });
    expect(host.calls).toHaveLength(MAX_PACK_REDIRECTS + 1);
  });

  it('refuses a redirect whose target the browser hides (an opaque redirect) without following it', async () => {
    const host = recording(() => {
      const response = new Response(null, { status: 200 });
      Object.defineProperty(response, 'type', { value: 'opaqueredirect' });
      Object.defineProperty(response, 'status', { value: 0 });
      return response;
    });
    const result = await fetchPack('https://packs.example.com/team.json', { fetch: host.fetch });
    expect(result).toMatchObject({ kind: 'failed', problem: 'rejected' });
    expect((result as { message: string }).message).toContain('subscribe to the final address');
    expect(host.calls).toHaveLength(1);
  });

  it('lets a pack on this computer redirect within it, but an https pack never to loopback http or other schemes', async () => {
    const local = recording((url) => (url.endsWith('/old.json') ? redirect('/new.json') : ok('{}')));
    expect(await fetchPack('http://127.0.0.1:8080/old.json', { fetch: local.fetch })).toMatchObject({
      kind: 'fetched',
    });
    expect(local.calls).toEqual(['http://127.0.0.1:8080/old.json', 'http://127.0.0.1:8080/new.json']);
    for (const target of [
      'http://127.0.0.1/pack.json',
      'file:///etc/passwd',
      'ftp://x.example.com/p',
      'javascript:alert(1)',
    ]) {
      const host = recording(() => redirect(target));
      expect(await fetchPack('https://packs.example.com/team.json', { fetch: host.fetch })).toMatchObject({
        kind: 'failed',
        problem: 'rejected',
      });
      expect(host.calls).toHaveLength(1);
    }
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
      new Response(body, { status: 200, headers: { 'content-length': String(130 * 1024 * 1024) } });
    const result = await fetchPack('https://packs.example.com/t.json', { fetch });
    expect(result).toEqual({
      kind: 'failed',
      problem: 'rejected',
      message: 'the pack is larger than 100 MB',
    });
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
