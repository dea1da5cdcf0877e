// A team pack's shipped vectors: the sync stores those whose stamp matches the item as this extension
// reads it, for the items the subscription holds, before the items are written; a vectors file that is
// wrong in any way leaves the pack to sync without it.
import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { syncSubscription } from '../../../src/background/pack-sync';
import type { FetchLike } from '../../../src/background/pack-sync-fetch';
import { quantize } from '../../../src/meaning/meaning-index';
import {
  encodeShippedVectors,
  MEANING_MODEL,
  meaningDocsOfPack,
  type ShippedItem,
} from '../../../src/meaning/shipped-vectors';
import type { Pack } from '../../../src/shared/model';
import { MeaningDatabase } from '../../../src/storage/meaning-db';
import { subscriptions } from '../../../src/storage/packs';
import { articles } from '../../../src/storage/repositories';
import { random, randomUnit } from '../meaning/vectors';
import { freshDatabase } from '../storage/helpers';

const PACK_URL = 'https://packs.example.com/team/acme.json';
const VECTORS_URL = 'https://packs.example.com/team/acme.vectors';

function teamPack(count: number): Pack {
  return {
    format: 'ownit-pack',
    formatVersion: 1,
    id: 'acme',
    name: 'Acme',
    version: '1',
    articles: Array.from({ length: count }, (_, i) => ({
      id: `a${i}`,
      title: `Article ${i} about returns`,
      body: `Step one of article ${i}.\n\nStep two.`,
      tags: [],
      keywords: [],
    })),
    playbooks: [],
    rules: [],
    snippets: [{ id: 's1', title: 'Thanks for waiting', body: 'Thank you for waiting.', tags: [] }],
  };
}

/** The pack's vectors as `ownit pack build --vectors` writes them (synthetic numbers). */
function shipped(pack: Pack, change: (items: ShippedItem[]) => ShippedItem[] = (items) => items) {
  const next = random(7);
  const items = change(
    meaningDocsOfPack(pack).map((doc) => ({
      kind: doc.kind,
      id: doc.id,
      stamp: doc.stamp,
      ...quantize([randomUnit(next), randomUnit(next)]),
    })),
  );
  const bytes = encodeShippedVectors({ model: MEANING_MODEL, items });
  const meaning = {
    model: MEANING_MODEL,
    file: 'acme.vectors',
    bytes: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
  return { bytes, pack: { ...pack, meaning } };
}

function server(pack: Pack, vectors: Uint8Array) {
  const asked: string[] = [];
  const fetch: FetchLike = async (url) => {
    asked.push(url);
    if (url === PACK_URL) return new Response(JSON.stringify(pack), { status: 200 });
    if (url === VECTORS_URL)
      return new Response(new Blob([vectors as Uint8Array<ArrayBuffer>]), { status: 200 });
    return new Response('', { status: 404 });
  };
  return { fetch, asked };
}

const meaningDbs: MeaningDatabase[] = [];
let counter = 0;
afterEach(async () => {
  for (const db of meaningDbs.splice(0)) await db.delete();
});

async function setUp(pack: Pack, bytes: Uint8Array) {
  const db = freshDatabase();
  const vectors = new MeaningDatabase(`ownit-meaning-packs-${process.pid}-${++counter}`);
  meaningDbs.push(vectors);
  await subscriptions.add(db, PACK_URL, 1, 'acme');
  const host = server(pack, bytes);
  const deps = { fetch: host.fetch, now: () => 2, vectors };
  return { db, vectors, host, deps };
}

const storedIds = async (vectors: MeaningDatabase) =>
  (await vectors.vectors.toCollection().primaryKeys()).sort();

describe('a pack with shipped vectors', () => {
  it('stores every item’s vectors from the file beside the pack, then applies the pack', async () => {
    const { pack, bytes } = shipped(teamPack(3));
    const { db, vectors, host, deps } = await setUp(pack, bytes);
    const result = await syncSubscription(db, 'acme', deps);
    expect(result).toMatchObject({ status: 'ok', changed: true, vectors: { state: 'stored', stored: 4 } });
    expect(host.asked).toEqual([PACK_URL, VECTORS_URL]);
    expect(await storedIds(vectors)).toEqual(['a0', 'a1', 'a2', 's1']);
    const row = await vectors.vectors.get('a1');
    const doc = meaningDocsOfPack(pack).find((d) => d.id === 'a1')!;
    expect(row?.stamp).toBe(doc.stamp);
    expect(row?.codes.length).toBe(2 * 512);
    expect(await db.articles.count()).toBe(3);
  });

  it('leaves out vectors whose stamp is not that of the item’s phrases here', async () => {
    const { pack, bytes } = shipped(teamPack(3), (items) =>
      items.map((item) => (item.id === 'a2' ? { ...item, stamp: 'abc123' } : item)),
    );
    const { db, vectors, deps } = await setUp(pack, bytes);
    const result = await syncSubscription(db, 'acme', deps);
    expect(result).toMatchObject({ vectors: { state: 'stored', stored: 3, missing: 4 } });
    expect(await storedIds(vectors)).toEqual(['a0', 'a1', 's1']);
  });

  it('keeps an item of the agent’s own with the same id out of it', async () => {
    const { pack, bytes } = shipped(teamPack(3));
    const { db, vectors, deps } = await setUp(pack, bytes);
    await articles.save(
      db,
      {
        id: 'a1',
        title: 'Mine',
        body: 'My own words.',
        tags: [],
        keywords: [],
        source: 'local',
        version: 0,
        updatedAt: 1,
      },
      0,
    );
    await syncSubscription(db, 'acme', deps);
    expect(await storedIds(vectors)).toEqual(['a0', 'a2', 's1']);
  });

  it('syncs the pack without them when the file does not match its sha256, size or model', async () => {
    const { pack, bytes } = shipped(teamPack(3));
    const tampered = bytes.slice();
    tampered[tampered.length - 1] = tampered[tampered.length - 1]! ^ 1;
    for (const [served, named, message] of [
      [tampered, pack, 'the vectors file does not match its sha256'],
      [bytes.slice(0, -1), pack, 'the vectors file is not the size the pack says'],
    ] as const) {
      const { db, vectors, deps } = await setUp(named, served);
      const result = await syncSubscription(db, 'acme', deps);
      expect(result).toMatchObject({ status: 'ok', changed: true, vectors: { state: 'refused', message } });
      expect(await storedIds(vectors)).toEqual([]);
      expect(await db.articles.count()).toBe(3);
    }
    const other = { ...pack, meaning: { ...pack.meaning, model: 'another-encoder@1' } };
    const { db, vectors, host, deps } = await setUp(other, bytes);
    expect(await syncSubscription(db, 'acme', deps)).toMatchObject({ vectors: { state: 'other-model' } });
    expect(host.asked).toEqual([PACK_URL]);
    expect(await storedIds(vectors)).toEqual([]);
  });

  it('does not download the file again when only a few items of the pack lack vectors', async () => {
    const base = teamPack(40);
    const { pack, bytes } = shipped(base);
    const { db, vectors, host, deps } = await setUp(pack, bytes);
    await syncSubscription(db, 'acme', deps);
    expect((await storedIds(vectors)).length).toBe(41);
    // Version 2 changes a few articles: the meaning host embeds those few itself.
    const changed = {
      ...base,
      version: '2',
      articles: base.articles.map((a, i) => (i < 3 ? { ...a, title: `${a.title}, revised` } : a)),
    };
    const next = shipped(changed);
    const later = server(next.pack, next.bytes);
    const result = await syncSubscription(db, 'acme', { ...deps, fetch: later.fetch });
    expect(result).toMatchObject({ vectors: { state: 'not-needed', missing: 3 } });
    expect(later.asked).toEqual([PACK_URL]);
    expect(host.asked).toEqual([PACK_URL, VECTORS_URL]);
  });

  it('a pack without vectors syncs as before', async () => {
    const { db, vectors, host, deps } = await setUp(teamPack(2), new Uint8Array(0));
    expect(await syncSubscription(db, 'acme', deps)).toMatchObject({
      status: 'ok',
      changed: true,
      vectors: { state: 'none' },
    });
    expect(host.asked).toEqual([PACK_URL]);
    expect(await storedIds(vectors)).toEqual([]);
  });
});
