import { afterEach, describe, expect, it } from 'vitest';
import { syncHelpCenter } from '../../../src/background/connectors/sync';
import { helpCenters } from '../../../src/storage/help-centers';
import { articles as articleRepo } from '../../../src/storage/repositories';
import { type FakeZendesk, fakeZendesk } from '../../fixtures/help-centers/servers';
import { articlesOf, connected } from './helpers';

let server: FakeZendesk | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const articlePages = (s: FakeZendesk) =>
  s.requests.filter((r) => r.includes('/articles')).map((r) => decodeURIComponent(r));

describe('Zendesk Guide', () => {
  it('lists every article with cursor pagination, sections and categories as tags, drafts left out', async () => {
    server = await fakeZendesk(250);
    server.change(7, { draft: true });
    server.change(8, { outdated: true });
    const { db, deps } = await connected('zendesk', server.url, 'zd-token-1', { email: 'agent@acme.test' });
    const result = await syncHelpCenter(db, 'hc', deps);
    expect(result).toMatchObject({ status: 'ok', mode: 'full', applied: { added: 249, articleCount: 249 } });
    expect(articlePages(server)).toHaveLength(3);
    expect(articlePages(server)[0]).toContain('page[size]=100');
    expect(articlePages(server)[1]).toContain('page[after]=');
    const stored = await articlesOf(db);
    expect(stored.map((a) => a.id)).not.toContain('zendesk-7');
    const first = stored.find((a) => a.id === 'zendesk-1')!;
    expect(first).toMatchObject({
      title: 'Article 1: how to handle case 1',
      tags: ['label-1', 'Invoices'],
      category: 'Billing',
      url: 'https://acme.zendesk.com/hc/en-us/articles/1',
      source: 'help:hc',
    });
    expect(first.body).toContain('1. Check the order.');
    expect(stored.find((a) => a.id === 'zendesk-8')?.tags).toContain('outdated');
    const row = await helpCenters.get(db, 'hc');
    expect(row).toMatchObject({ status: 'ok', articleCount: 249, lastSync: deps.now() });
  });

  it('fetches only what changed through the incremental export, and applies updates and unpublished articles', async () => {
    server = await fakeZendesk(250);
    const { db, deps, clock } = await connected('zendesk', server.url, 'zd-token-1', {
      email: 'agent@acme.test',
    });
    await syncHelpCenter(db, 'hc', deps);
    server.resetCounters();
    server.clock = Math.floor(clock.now / 1000) + 60;
    server.change(3, { title: 'Refunds for damaged parcels' });
    server.change(4, { body: '<p>New steps</p>' });
    server.change(5, { draft: true });
    clock.now += 60 * 60_000;
    const result = await syncHelpCenter(db, 'hc', deps);
    expect(result).toMatchObject({
      status: 'ok',
      mode: 'incremental',
      applied: { updated: 2, removed: 1, added: 0 },
    });
    expect(articlePages(server)).toEqual([
      expect.stringMatching(/^\/api\/v2\/help_center\/incremental\/articles\?start_time=\d+$/),
    ]);
    expect(server.bytes).toBeLessThan(10_000);
    const stored = await articlesOf(db);
    expect(stored).toHaveLength(249);
    expect(stored.find((a) => a.id === 'zendesk-3')?.title).toBe('Refunds for damaged parcels');
    expect(stored.find((a) => a.id === 'zendesk-4')?.body).toBe('New steps');
  });

  it('keeps an article the agent edited in Own It when the help center changes it', async () => {
    server = await fakeZendesk(5);
    const { db, deps, clock } = await connected('zendesk', server.url, 'zd-token-1', {
      email: 'agent@acme.test',
    });
    await syncHelpCenter(db, 'hc', deps);
    const mine = (await db.articles.get('zendesk-2'))!;
    await articleRepo.save(db, { ...mine, title: 'My own wording' }, mine.version);
    server.clock = Math.floor(clock.now / 1000) + 60;
    server.change(2, { title: 'Their wording' });
    clock.now += 60_000;
    const result = await syncHelpCenter(db, 'hc', deps);
    expect(result).toMatchObject({ status: 'ok', applied: { updated: 0, kept: 1 } });
    expect((await db.articles.get('zendesk-2'))?.title).toBe('My own wording');
  });

  it('finds removed articles with the daily complete listing', async () => {
    server = await fakeZendesk(30);
    const { db, deps, clock } = await connected('zendesk', server.url, 'zd-token-1', {
      email: 'agent@acme.test',
    });
    await syncHelpCenter(db, 'hc', deps);
    server.articles.delete(9);
    clock.now += 25 * 60 * 60_000;
    const result = await syncHelpCenter(db, 'hc', deps);
    expect(result).toMatchObject({ status: 'ok', mode: 'full', applied: { removed: 1 } });
    expect(await db.articles.get('zendesk-9')).toBeUndefined();
  });

  it('reads a public help center without a token, newest first, stopping at the last sync', async () => {
    server = await fakeZendesk(250, { token: null });
    const { db, deps, clock } = await connected('zendesk', server.url, undefined);
    await syncHelpCenter(db, 'hc', deps);
    expect((await articlesOf(db)).length).toBe(250);
    server.resetCounters();
    server.clock = Math.floor(clock.now / 1000) + 60;
    server.change(100, { title: 'Changed in public' });
    clock.now += 60_000;
    const result = await syncHelpCenter(db, 'hc', deps);
    expect(result).toMatchObject({ status: 'ok', mode: 'incremental', applied: { updated: 1 } });
    expect(articlePages(server)).toEqual([expect.stringContaining('sort_by=updated_at&sort_order=desc')]);
    expect(server.requests.some((r) => r.includes('incremental'))).toBe(false);
  });

  it('reads one locale, with the locale in the path and in the ids', async () => {
    server = await fakeZendesk(3);
    const { db, deps } = await connected('zendesk', server.url, 'zd-token-1', {
      email: 'agent@acme.test',
      locale: 'en-us',
    });
    await syncHelpCenter(db, 'hc', deps);
    expect(articlePages(server)[0]).toMatch(/^\/api\/v2\/help_center\/en-us\/articles\?/);
    expect((await articlesOf(db)).map((a) => a.id)).toEqual([
      'zendesk-1-en-us',
      'zendesk-2-en-us',
      'zendesk-3-en-us',
    ]);
  });

  it('says the token was rejected, and keeps the last good copy', async () => {
    server = await fakeZendesk(12);
    const { db, deps, clock } = await connected('zendesk', server.url, 'zd-token-1', {
      email: 'agent@acme.test',
    });
    await syncHelpCenter(db, 'hc', deps);
    server.token = 'revoked';
    clock.now += 60_000;
    const result = await syncHelpCenter(db, 'hc', deps);
    expect(result).toMatchObject({
      status: 'error',
      problem: 'auth',
      message: 'the help center refused the token (401)',
    });
    expect(await articlesOf(db)).toHaveLength(12);
    expect(await helpCenters.get(db, 'hc')).toMatchObject({
      status: 'error',
      problem: 'auth',
      articleCount: 12,
    });
  });
});
