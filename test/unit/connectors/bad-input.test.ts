// @vitest-environment jsdom
// What a help center may send that it should not: each ends the sync with a clear status and leaves
// the last good copy as it was.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_RATE_RETRIES } from '../../../src/background/connectors/http';
import { syncHelpCenter } from '../../../src/background/connectors/sync';
import { sanitizeMarkdown } from '../../../src/shared/render';
import { helpCenters } from '../../../src/storage/help-centers';
import { type FakeZendesk, fakeIntercom, fakeZendesk } from '../../fixtures/help-centers/servers';
import { articlesOf, connected } from './helpers';

const open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const server of open.splice(0)) await server.close();
});

/** A Zendesk with 12 articles, synced once: the copy every bad answer must leave as it is. */
async function syncedOnce() {
  const server = await fakeZendesk(12);
  open.push(server);
  const setup = await connected('zendesk', server.url, 'zd-token-1', { email: 'agent@acme.test' });
  await syncHelpCenter(setup.db, 'hc', setup.deps);
  const before = await articlesOf(setup.db);
  expect(before).toHaveLength(12);
  server.resetCounters();
  // The daily complete listing, so every fault is met on the paged article list.
  setup.clock.now += 25 * 60 * 60_000;
  return { server, ...setup, before };
}

async function expectUnchanged(
  db: Parameters<typeof articlesOf>[0],
  before: Awaited<ReturnType<typeof articlesOf>>,
) {
  expect(await articlesOf(db)).toEqual(before);
}

describe('a help center that misbehaves', () => {
  it('answers with a web page instead of JSON', async () => {
    const { server, db, deps, before } = await syncedOnce();
    server.fault = 'html';
    expect(await syncHelpCenter(db, 'hc', deps)).toMatchObject({
      status: 'error',
      problem: 'rejected',
      message: "the help center answered with a web page, not the API's JSON: check the address",
    });
    await expectUnchanged(db, before);
  });

  it('hands back the same page forever', async () => {
    const { server, db, deps, before } = await syncedOnce();
    server.fault = 'repeat';
    const result = await syncHelpCenter(db, 'hc', deps);
    expect(result).toMatchObject({ status: 'error', message: expect.stringContaining('same page twice') });
    expect(server.requests.filter((r) => r.includes('/articles')).length).toBeLessThan(5);
    await expectUnchanged(db, before);
  });

  it('waits out a short 429 as Retry-After asks, then goes on', async () => {
    const { server, db, deps, slept } = await syncedOnce();
    server.limited = 2;
    server.retryAfter = '3';
    expect(await syncHelpCenter(db, 'hc', deps)).toMatchObject({ status: 'ok' });
    expect(slept).toEqual([3000, 3000]);
  });

  it('stops a 429 storm with the time to try again, which the connection keeps', async () => {
    const { server, db, deps, clock, before } = await syncedOnce();
    server.fault = 'storm';
    const started = clock.now;
    const result = await syncHelpCenter(db, 'hc', deps);
    expect(result).toMatchObject({ status: 'error', problem: 'rate-limited', retryAt: expect.any(Number) });
    expect(server.requests).toHaveLength(MAX_RATE_RETRIES + 1);
    expect(await helpCenters.get(db, 'hc')).toMatchObject({
      problem: 'rate-limited',
      retryAt: started + (MAX_RATE_RETRIES + 1) * 1000,
    });
    await expectUnchanged(db, before);
  });

  it('stops at once when a 429 asks for a long wait', async () => {
    const { server, db, deps, slept, clock } = await syncedOnce();
    server.limited = 1;
    server.retryAfter = '600';
    const result = await syncHelpCenter(db, 'hc', deps);
    expect(result).toMatchObject({ status: 'error', problem: 'rate-limited', retryAt: clock.now + 600_000 });
    expect(slept).toEqual([]);
  });

  it('sends 50 MB: reading stops at the cap', async () => {
    const { server, db, deps, before } = await syncedOnce();
    server.fault = 'huge';
    expect(await syncHelpCenter(db, 'hc', deps)).toMatchObject({
      status: 'error',
      problem: 'rejected',
      message: 'an answer was larger than 20 MB',
    });
    await expectUnchanged(db, before);
  });

  it('points the next page at another host: nothing, token included, is sent there', async () => {
    let seen = 0;
    const elsewhere = createServer((_request, response) => {
      seen++;
      response.end('{}');
    });
    await new Promise<void>((done) => elsewhere.listen(0, '127.0.0.1', done));
    open.push({ close: () => new Promise((done) => elsewhere.close(() => done())) });
    const port = (elsewhere.address() as { port: number }).port;
    const { server, db, deps, before } = await syncedOnce();
    const original = server.server.listeners('request')[0] as (...args: unknown[]) => void;
    server.server.removeAllListeners('request');
    server.server.on('request', (request: IncomingMessage, response: ServerResponse) => {
      if (request.url?.includes('/articles')) {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(
          JSON.stringify({
            articles: [],
            meta: { has_more: true },
            links: { next: `http://localhost:${port}/api/v2/help_center/articles?page[size]=100` },
          }),
        );
      } else original(request, response);
    });
    expect(await syncHelpCenter(db, 'hc', deps)).toMatchObject({
      status: 'error',
      message: `the help center pointed to another host (localhost:${port}); nothing was sent there`,
    });
    expect(seen).toBe(0);
    await expectUnchanged(db, before);
  });

  it('sends hostile HTML: stored as Markdown, shown through the one sanitiser with nothing active', async () => {
    const server: FakeZendesk = await fakeZendesk(1);
    open.push(server);
    server.change(1, {
      body: '<p>Hi</p><script>alert(1)</script><img src=x onerror=alert(2)><a href="javascript:alert(3)">click</a><iframe src="https://evil.test"></iframe><p style="x" onclick="alert(4)">Steps</p>',
    });
    const { db, deps } = await connected('zendesk', server.url, 'zd-token-1', { email: 'agent@acme.test' });
    expect(await syncHelpCenter(db, 'hc', deps)).toMatchObject({ status: 'ok' });
    const [article] = await articlesOf(db);
    const html = await sanitizeMarkdown(article!.body);
    expect(html).toContain('Steps');
    for (const active of [/<script/i, /onerror=/i, /onclick=/i, /javascript:/i, /<iframe/i, /<img/i])
      expect(html).not.toMatch(active);
  });

  it('an Intercom token that no longer works: the status says so and the articles stay', async () => {
    const server = await fakeIntercom(5);
    open.push(server);
    const { db, deps, clock } = await connected('intercom', server.url, 'ic-token-1');
    await syncHelpCenter(db, 'hc', deps);
    server.token = 'rotated';
    clock.now += 60_000;
    expect(await syncHelpCenter(db, 'hc', deps)).toMatchObject({ status: 'error', problem: 'auth' });
    expect(await articlesOf(db)).toHaveLength(5);
  });
});
