import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { syncHelpCenter } from '../../../src/background/connectors/sync';
import { fakeFreshdesk, fakeHelpScout, fakeIntercom } from '../../fixtures/help-centers/servers';
import { articlesOf, connected } from './helpers';

const open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const server of open.splice(0)) await server.close();
});

describe('Freshdesk Solutions', () => {
  it('walks categories, folders and paged articles; folders are tags, drafts left out', async () => {
    const server = await fakeFreshdesk(230);
    open.push(server);
    server.articles[4]!.status = 1;
    const { db, deps } = await connected('freshdesk', server.url, 'fd-key-1');
    const result = await syncHelpCenter(db, 'hc', deps);
    expect(result).toMatchObject({ status: 'ok', applied: { added: 229 } });
    // 115 articles in each of two folders: two pages each.
    expect(server.requests.filter((r) => r.includes('/articles'))).toHaveLength(4);
    const first = (await articlesOf(db)).find((a) => a.id === 'freshdesk-5000')!;
    expect(first).toMatchObject({
      title: 'Freshdesk article 1',
      body: 'Body of article 1',
      tags: ['fd', 'Returns'],
      category: 'Policies',
      url: `${server.url}/support/solutions/articles/5000`,
    });
    expect(await db.articles.get('freshdesk-5004')).toBeUndefined();
  });

  it('removes an article deleted in Freshdesk, and says when the API key is wrong', async () => {
    const server = await fakeFreshdesk(3);
    open.push(server);
    const { db, deps, secrets } = await connected('freshdesk', server.url, 'fd-key-1');
    await syncHelpCenter(db, 'hc', deps);
    server.articles.pop();
    expect(await syncHelpCenter(db, 'hc', deps)).toMatchObject({ status: 'ok', applied: { removed: 1 } });
    secrets.set('hc', 'wrong');
    expect(await syncHelpCenter(db, 'hc', deps)).toMatchObject({ status: 'error', problem: 'auth' });
    expect(await articlesOf(db)).toHaveLength(2);
  });
});

describe('Intercom Articles', () => {
  it('pages through /articles with the version header, collections as tags, then only what changed', async () => {
    const server = await fakeIntercom(120);
    open.push(server);
    server.articles[1]!.state = 'draft';
    const { db, deps, clock } = await connected('intercom', server.url, 'ic-token-1');
    const result = await syncHelpCenter(db, 'hc', deps);
    expect(result).toMatchObject({ status: 'ok', applied: { added: 119 } });
    expect(server.requests.filter((r) => r.startsWith('/articles'))).toEqual([
      '/articles?page=1&per_page=100',
      '/articles?page=2&per_page=100',
    ]);
    const first = (await articlesOf(db)).find((a) => a.id === 'intercom-700')!;
    expect(first).toMatchObject({ tags: ['Getting started'], url: 'https://help.acme.test/en/articles/700' });
    expect(first.body).toContain('Summary 1');
    expect(first.body).toContain('Intercom body 1');

    server.resetCounters();
    server.articles[50]!.title = 'Changed title';
    server.articles[50]!.updated_at = Math.floor(clock.now / 1000) + 10;
    clock.now += 60_000;
    const second = await syncHelpCenter(db, 'hc', deps);
    expect(second).toMatchObject({ status: 'ok', mode: 'incremental', applied: { updated: 1 } });
    expect(server.requests.filter((r) => r.startsWith('/articles'))).toHaveLength(1);
    expect((await db.articles.get('intercom-750'))?.title).toBe('Changed title');
  });
});

describe('Help Scout Docs', () => {
  it('lists collections and their articles, fetching the text only of new or changed ones', async () => {
    const server = await fakeHelpScout(60);
    open.push(server);
    const { db, deps } = await connected('helpscout', server.url, 'hs-key-1');
    expect(await syncHelpCenter(db, 'hc', deps)).toMatchObject({ status: 'ok', applied: { added: 60 } });
    expect(server.requests.filter((r) => r.startsWith('/v1/articles/'))).toHaveLength(60);
    expect((await articlesOf(db)).find((a) => a.id === 'helpscout-a1')).toMatchObject({
      title: 'Help Scout article 1',
      tags: ['Accounts'],
      keywords: ['login'],
      category: 'Help',
      url: 'https://docs.acme.test/article/a1',
    });

    server.resetCounters();
    server.articles[9]!.name = 'Renamed';
    server.articles[9]!.updatedAt = '2026-11-27T10:00:00Z';
    server.articles.splice(20, 1);
    const second = await syncHelpCenter(db, 'hc', deps);
    expect(second).toMatchObject({ status: 'ok', applied: { updated: 1, removed: 1 } });
    expect(server.requests.filter((r) => r.startsWith('/v1/articles/'))).toEqual(['/v1/articles/a10']);
    expect(await articlesOf(db)).toHaveLength(59);
  });

  it('an article deleted between the listing and its text is simply gone', async () => {
    const server = await fakeHelpScout(3);
    open.push(server);
    const { db, deps } = await connected('helpscout', server.url, 'hs-key-1');
    const original = server.server.listeners('request')[0] as (...args: unknown[]) => void;
    server.server.removeAllListeners('request');
    server.server.on('request', (request: IncomingMessage, response: ServerResponse) => {
      if (request.url === '/v1/articles/a2')
        response.writeHead(404, { 'content-type': 'application/json' }).end('{}');
      else original(request, response);
    });
    expect(await syncHelpCenter(db, 'hc', deps)).toMatchObject({ status: 'ok', applied: { added: 2 } });
    expect((await articlesOf(db)).map((a) => a.id)).toEqual(['helpscout-a1', 'helpscout-a3']);
  });
});
