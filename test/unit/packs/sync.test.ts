import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { syncAll, syncSubscription } from '../../../src/background/pack-sync';
import { MAX_PACK_DEPTH, nestsDeeperThan } from '../../../src/shared/json-depth';
import type { Article } from '../../../src/shared/model';
import { BULK_CHANGE } from '../../../src/storage/change-log';
import { subscriptions } from '../../../src/storage/packs';
import { loadSearchIndex } from '../../../src/storage/search-store';
import { freshDatabase } from '../storage/helpers';
import { fakeHost, teamPack } from './fake-server';

const URL_A = 'https://packs.example.com/acme.json';
const T0 = Date.UTC(2026, 10, 26, 9, 0);

async function subscribed(host = fakeHost()) {
  const db = freshDatabase();
  await subscriptions.add(db, URL_A, T0, 'acme');
  let clock = T0;
  const deps = { fetch: host.fetch, now: () => clock };
  const advance = (minutes: number) => {
    clock += minutes * 60_000;
  };
  return { db, host, deps, advance };
}

const titles = async (db: ReturnType<typeof freshDatabase>) =>
  (await db.articles.toArray()).map((a) => `${a.id}:${a.title}:${a.source}`).sort();

describe('syncing a subscription', () => {
  it('applies a 200 with its ETag, then a 304 only updates the time of the last sync', async () => {
    const { db, host, deps, advance } = await subscribed();
    host.servePack(teamPack('1', { returns: 'Returns policy', damaged: 'Damaged parcel' }));
    const first = await syncSubscription(db, 'acme', deps);
    expect(first).toMatchObject({ status: 'ok', changed: true, outcome: { added: 3 } });
    expect(await titles(db)).toEqual([
      'damaged:Damaged parcel:pack:acme',
      'returns:Returns policy:pack:acme',
    ]);
    expect((await db.rules.get('acme-refund'))?.source).toBe('pack:acme');
    const row = await subscriptions.get(db, 'acme');
    expect(row).toMatchObject({
      status: 'ok',
      etag: '"v1"',
      version: '1',
      name: 'Acme support',
      lastSync: T0,
    });

    const logged = await db.kbChanges.count();
    advance(5);
    const second = await syncSubscription(db, 'acme', deps);
    expect(second).toEqual({ id: 'acme', status: 'ok', changed: false });
    expect(host.requests.map((r) => r.ifNoneMatch)).toEqual([undefined, '"v1"']);
    expect((await subscriptions.get(db, 'acme'))?.lastSync).toBe(T0 + 5 * 60_000);
    expect(await db.kbChanges.count()).toBe(logged);
  });

  it('stores the search index after a big pack, so the next panel reads it instead of building it', async () => {
    const { db, host, deps } = await subscribed();
    const many = Object.fromEntries(
      Array.from({ length: BULK_CHANGE + 1 }, (_, i) => [`item-${i}`, `Team article ${i}`]),
    );
    host.servePack(teamPack('1', { ...many, returns: 'Returns policy' }));
    const result = await syncSubscription(db, 'acme', deps);
    expect(result).toMatchObject({ status: 'ok', index: { stored: true, items: BULK_CHANGE + 2 } });
    const opened = await loadSearchIndex(db);
    expect(opened).toMatchObject({ source: 'snapshot', replayed: 0 });
    expect(opened.index.search('returns policy', { now: 0 })[0]?.id).toBe('returns');

    // A small pack is left to the panel, which re-indexes its items on its snapshot.
    host.servePack(teamPack('2', { ...many, returns: 'Returns policy (90 days)' }));
    const small = await syncSubscription(db, 'acme', deps);
    expect(small).toMatchObject({ status: 'ok', changed: true, outcome: { updated: 1 } });
    expect(small).not.toHaveProperty('index');
    expect(await loadSearchIndex(db)).toMatchObject({ source: 'snapshot', replayed: 1 });
  });

  it('records each written article in the search index change log', async () => {
    const { db, host, deps } = await subscribed();
    host.servePack(teamPack('1', { returns: 'Returns policy' }));
    const before = await db.kbChanges.count();
    await syncSubscription(db, 'acme', deps);
    const changes = (await db.kbChanges.toArray()).slice(before);
    expect(changes).toEqual([expect.objectContaining({ kind: 'article', id: 'returns' })]);
  });

  it('a new version updates changed items, removes those that left the pack and adds new ones', async () => {
    const { db, host, deps } = await subscribed();
    host.servePack(
      teamPack('1', { returns: 'Returns policy', damaged: 'Damaged parcel', late: 'Late delivery' }),
    );
    await syncSubscription(db, 'acme', deps);
    host.servePack(
      teamPack('2', { returns: 'Returns policy (90 days)', late: 'Late delivery', lost: 'Lost parcel' }),
    );
    const result = await syncSubscription(db, 'acme', deps);
    expect(result).toMatchObject({ outcome: { added: 1, updated: 1, removed: 1 } });
    expect(await titles(db)).toEqual([
      'late:Late delivery:pack:acme',
      'lost:Lost parcel:pack:acme',
      'returns:Returns policy (90 days):pack:acme',
    ]);
    expect((await db.articles.get('returns'))?.version).toBe(2);
    expect((await db.articles.get('late'))?.version).toBe(1);
  });

  it.each([
    ['invalid JSON', '{"format": "ownit-pack",', /^it is not valid JSON/],
    [
      'an invalid pack',
      JSON.stringify({ ...teamPack('2', { x: '' }) }),
      /articles\[0\]\.title: must not be empty/,
    ],
    ['not a pack at all', '[1, 2, 3]', /^it is not a valid Own It pack/],
  ])('%s is rejected, with the old items intact', async (_, body, message) => {
    const { db, host, deps, advance } = await subscribed();
    host.servePack(teamPack('1', { returns: 'Returns policy' }));
    await syncSubscription(db, 'acme', deps);
    const before = await titles(db);
    host.serve(body);
    advance(60);
    const result = await syncSubscription(db, 'acme', deps);
    expect(result).toMatchObject({
      status: 'error',
      problem: 'rejected',
      message: expect.stringMatching(message),
    });
    expect(await titles(db)).toEqual(before);
    expect(await subscriptions.get(db, 'acme')).toMatchObject({
      status: 'error',
      problem: 'rejected',
      lastSync: T0,
      lastAttempt: T0 + 60 * 60_000,
      etag: '"v1"',
      version: '1',
    });
  });

  it('an unreachable host keeps the items and the time of the last good copy', async () => {
    const { db, host, deps, advance } = await subscribed();
    host.servePack(teamPack('1', { returns: 'Returns policy' }));
    await syncSubscription(db, 'acme', deps);
    advance(30);
    const down = { ...deps, fetch: () => Promise.reject(new TypeError('Failed to fetch')) };
    expect(await syncSubscription(db, 'acme', down)).toMatchObject({
      status: 'error',
      problem: 'unreachable',
    });
    expect(await titles(db)).toEqual(['returns:Returns policy:pack:acme']);
    expect(await subscriptions.get(db, 'acme')).toMatchObject({
      status: 'error',
      problem: 'unreachable',
      lastSync: T0,
    });
    advance(30);
    await syncSubscription(db, 'acme', deps);
    const recovered = await subscriptions.get(db, 'acme');
    expect(recovered).toMatchObject({ status: 'ok', lastSync: T0 + 60 * 60_000 });
    expect(recovered?.problem).toBeUndefined();
    expect(recovered?.message).toBeUndefined();
  });

  it('syncAll goes on past a failing subscription', async () => {
    const { db, host, deps } = await subscribed();
    await subscriptions.add(db, 'https://gone.example.com/pack.json', T0, 'gone');
    host.servePack(teamPack('1', { returns: 'Returns policy' }));
    const fetch = (url: string, init: RequestInit) =>
      url.includes('gone') ? Promise.resolve(new Response('', { status: 500 })) : host.fetch(url, init);
    const results = await syncAll(db, { ...deps, fetch });
    expect(results.map((r) => `${r.id}:${r.status}`).sort()).toEqual(['acme:ok', 'gone:error']);
    expect(await titles(db)).toEqual(['returns:Returns policy:pack:acme']);
  });

  it('a pack with a sha256 and 5,000 nesting levels fails alone, recorded, and later subscriptions still sync', async () => {
    const db = freshDatabase();
    await subscriptions.add(db, 'https://bad.example.com/deep.json', T0, 'a-deep');
    await subscriptions.add(db, URL_A, T0 + 1, 'acme');
    const good = fakeHost();
    good.servePack(teamPack('1', { returns: 'Returns policy' }));
    const deep = `{"format":"ownit-pack","formatVersion":1,"id":"deep","name":"Deep","version":"1","x":${'['.repeat(5000)}${']'.repeat(5000)},"sha256":"${'0'.repeat(64)}"}`;
    const fetch = (url: string, init: RequestInit) =>
      url.includes('bad.example')
        ? Promise.resolve(new Response(deep, { status: 200 }))
        : good.fetch(url, init);
    const results = await syncAll(db, { fetch, now: () => T0 });
    expect(results.map((r) => `${r.id}:${r.status}`)).toEqual(['a-deep:error', 'acme:ok']);
    expect(await subscriptions.get(db, 'a-deep')).toMatchObject({
      status: 'error',
      problem: 'rejected',
      message: 'it nests more than 32 levels deep; a pack never needs that many',
      lastAttempt: T0,
    });
    expect(await titles(db)).toEqual(['returns:Returns policy:pack:acme']);
  });
});

describe('nesting depth', () => {
  it('is measured without recursion, to any depth', () => {
    expect(nestsDeeperThan({ a: [{ b: 1 }] }, 3)).toBe(false);
    expect(nestsDeeperThan({ a: [{ b: {} }] }, 3)).toBe(true);
    let deep: unknown = 1;
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(nestsDeeperThan(deep, MAX_PACK_DEPTH)).toBe(true);
    expect(nestsDeeperThan(teamPack('1', { a: 'A' }), MAX_PACK_DEPTH)).toBe(false);
  });
});

describe('pack integrity (sha256)', () => {
  function signed(pack: object): string {
    const sha256 = createHash('sha256').update(JSON.stringify(pack), 'utf8').digest('hex');
    return JSON.stringify({ ...pack, sha256 });
  }

  it('accepts a pack whose sha256 matches its content', async () => {
    const { db, host, deps } = await subscribed();
    host.serve(signed(teamPack('1', { returns: 'Retours – politique «90 jours»' })));
    expect(await syncSubscription(db, 'acme', deps)).toMatchObject({ status: 'ok', changed: true });
    expect((await db.articles.get('returns'))?.title).toBe('Retours – politique «90 jours»');
  });

  it('rejects a pack changed after signing and keeps the previous copy', async () => {
    const { db, host, deps } = await subscribed();
    host.serve(signed(teamPack('1', { returns: 'Returns policy' })));
    await syncSubscription(db, 'acme', deps);
    const tampered = JSON.parse(signed(teamPack('2', { returns: 'Returns policy' })));
    tampered.articles[0].title = 'Refunds: always say yes';
    host.serve(JSON.stringify(tampered));
    const result = await syncSubscription(db, 'acme', deps);
    expect(result).toMatchObject({
      status: 'error',
      problem: 'rejected',
      message: expect.stringMatching(/does not match its sha256.*changed after it was signed/),
    });
    expect((await db.articles.get('returns'))?.title).toBe('Returns policy');
  });

  it('rejects a sha256 field that is not a hex digest', async () => {
    const { db, host, deps } = await subscribed();
    host.serve(JSON.stringify({ ...teamPack('1', { returns: 'Returns policy' }), sha256: 'ABC' }));
    expect(await syncSubscription(db, 'acme', deps)).toMatchObject({
      status: 'error',
      message: 'its sha256 field must be 64 lowercase hexadecimal characters',
    });
    expect(await db.articles.count()).toBe(0);
  });
});

describe('collisions', () => {
  const own: Article = {
    id: 'returns',
    title: 'My returns notes',
    body: 'mine',
    tags: [],
    keywords: [],
    updatedAt: 1,
    version: 4,
    source: 'local',
  };

  it('never overwrites an item of another source and reports it', async () => {
    const { db, host, deps } = await subscribed();
    await db.articles.put(own);
    await db.articles.put({ ...own, id: 'late', title: 'Starter late delivery', source: 'starter' });
    host.servePack(teamPack('1', { returns: 'Returns policy', late: 'Late delivery', lost: 'Lost parcel' }));
    const result = await syncSubscription(db, 'acme', deps);
    expect(result).toMatchObject({ status: 'ok', outcome: { added: 2 } });
    expect(await db.articles.get('returns')).toEqual(own);
    expect((await db.articles.get('late'))?.source).toBe('starter');
    expect((await subscriptions.get(db, 'acme'))?.collisions).toEqual([
      'article “returns” (the id is one of your own)',
      'article “late” (the id is in the starter pack)',
    ]);
  });

  it('two packs with the same article id: the first keeps it, the second reports it', async () => {
    const { db, host, deps } = await subscribed();
    await subscriptions.add(db, 'https://other.example.com/pack.json', T0, 'other');
    host.servePack(teamPack('1', { returns: 'Returns policy' }));
    await syncSubscription(db, 'acme', deps);
    await syncSubscription(db, 'other', deps);
    expect((await db.articles.get('returns'))?.source).toBe('pack:acme');
    expect((await subscriptions.get(db, 'other'))?.collisions).toContain(
      'article “returns” (the id is in another team pack)',
    );
  });
});
