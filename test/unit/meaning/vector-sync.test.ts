// Incremental meaning: the first sync of a host checks every item; later ones read only the change log,
// so a changed article is re-embedded alone and an unchanged knowledge base costs no pass over its items.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { embedDocs } from '../../../src/meaning/knowledge';
import { DIMENSIONS, MeaningIndex } from '../../../src/meaning/meaning-index';
import { meaningPhrases } from '../../../src/meaning/phrases';
import {
  CHUNK_ROWS,
  type FullPassReads,
  MeaningDatabase,
  planSync,
  type SyncPlan,
} from '../../../src/meaning/vector-sync';
import type { Article } from '../../../src/shared/model';
import { BULK_CHANGE } from '../../../src/storage/change-log';
import type { OwnItDatabase } from '../../../src/storage/db';
import { learned } from '../../../src/storage/learned';
import { articles, playbooks } from '../../../src/storage/repositories';
import { saveSearchIndex } from '../../../src/storage/search-save';
import { buildSearchIndex, LOG_GRACE_MS } from '../../../src/storage/search-store';
import { freshDatabase } from '../storage/helpers';
import { axis } from './vectors';

const encoder = {
  async embed(texts: readonly string[]): Promise<Float32Array[]> {
    return texts.map((_, i) => axis(i % DIMENSIONS));
  },
};

function article(n: number, body = `Step one for item ${n}.\n\nStep two.`): Article {
  return {
    id: `a${n}`,
    title: `Article number ${n}`,
    body,
    tags: [],
    keywords: [],
    updatedAt: 1,
    version: 1,
    source: 'local',
  };
}

const vectorDbs: MeaningDatabase[] = [];
let counter = 0;
afterEach(async () => {
  for (const db of vectorDbs.splice(0)) await db.delete();
});

function vectorDatabase(): MeaningDatabase {
  const db = new MeaningDatabase(`ownit-meaning-test-${process.pid}-${++counter}`);
  vectorDbs.push(db);
  return db;
}

/** Runs a plan as the worker does: embeds what it lists and stores the vectors. */
async function apply(plan: SyncPlan, vectors: MeaningDatabase, meanings: MeaningIndex): Promise<string[]> {
  const made = await embedDocs(
    encoder,
    plan.embed.map((item) => item.doc),
  );
  const rows = plan.embed.map((item, i) => ({ id: item.doc.id, stamp: item.stamp, ...made[i]! }));
  await vectors.vectors.bulkPut(rows);
  for (const row of rows) meanings.set(row.id, row);
  return plan.embed.map((item) => item.doc.id);
}

async function synced(
  db: OwnItDatabase,
  vectors: MeaningDatabase,
  meanings: MeaningIndex,
  after: number | null,
) {
  const plan = await planSync(db, vectors, meanings, after);
  return { plan, embedded: await apply(plan, vectors, meanings) };
}

describe('planSync', () => {
  it('checks every item once, then re-embeds a changed article alone', async () => {
    const db = freshDatabase();
    const vectors = vectorDatabase();
    const meanings = new MeaningIndex();
    for (let n = 0; n < 5; n++) await articles.restore(db, [article(n)]);

    const first = await synced(db, vectors, meanings, null);
    expect(first.plan.full).toBe(true);
    expect(first.embedded.sort()).toEqual(['a0', 'a1', 'a2', 'a3', 'a4']);
    expect(meanings.size).toBe(5);

    await articles.save(db, { ...article(2), body: 'A new first step.\n\nAnd another.' }, 1);
    const second = await synced(db, vectors, meanings, first.plan.seq);
    expect(second.plan.full).toBe(false);
    expect(second.plan.hashed).toBe(1);
    expect(second.embedded).toEqual(['a2']);
    expect(second.plan.total).toBe(5);
    expect((await vectors.vectors.get('a2'))?.stamp).toBe(second.plan.embed[0]!.stamp);
  });

  it('re-embeds an article alone when the agent learns or removes a phrasing of it, with that phrasing', async () => {
    const db = freshDatabase();
    const vectors = vectorDatabase();
    const meanings = new MeaningIndex();
    await articles.restore(db, [article(1), article(2)]);
    const first = await synced(db, vectors, meanings, null);
    const text = await learned.learn(db, 'a1', 'The screen flickers whenever I open the app');
    const second = await synced(db, vectors, meanings, first.plan.seq);
    expect(second.embedded).toEqual(['a1']);
    expect(meaningPhrases(second.plan.embed[0]!.doc)).toContain(
      'The screen flickers whenever I open the app',
    );
    await learned.remove(db, 'a1', text!);
    const third = await synced(db, vectors, meanings, second.plan.seq);
    expect(third.embedded).toEqual(['a1']);
    expect(third.plan.embed[0]!.stamp).toBe(
      (await synced(db, vectorDatabase(), new MeaningIndex(), null)).plan.embed.find(
        (item) => item.doc.id === 'a1',
      )!.stamp,
    );
  });

  it('reads no item when nothing changed since the last sync', async () => {
    const db = freshDatabase();
    const vectors = vectorDatabase();
    const meanings = new MeaningIndex();
    await articles.restore(db, [article(1), article(2)]);
    const first = await synced(db, vectors, meanings, null);
    const again = await synced(db, vectors, meanings, first.plan.seq);
    expect(again.plan).toMatchObject({ full: false, hashed: 0, total: 2, seq: first.plan.seq });
    expect(again.embedded).toEqual([]);
  });

  it('keeps the vectors of an article saved with the same phrases, and drops a deleted one', async () => {
    const db = freshDatabase();
    const vectors = vectorDatabase();
    const meanings = new MeaningIndex();
    await articles.restore(db, [article(1), article(2)]);
    const first = await synced(db, vectors, meanings, null);

    await articles.save(db, { ...article(1), tags: ['billing'] }, 1);
    await articles.remove(db, 'a2');
    const next = await synced(db, vectors, meanings, first.plan.seq);
    expect(next.plan).toMatchObject({ full: false, hashed: 2, total: 1 });
    expect(next.embedded).toEqual([]);
    expect([...meanings.ids()]).toEqual(['a1']);
    expect(await vectors.vectors.get('a2')).toBeUndefined();
  });

  it('checks every item again after a bulk change or when the log was pruned past it', async () => {
    const db = freshDatabase();
    const vectors = vectorDatabase();
    const meanings = new MeaningIndex();
    await articles.restore(db, [article(1)]);
    const first = await synced(db, vectors, meanings, null);

    const many = Array.from({ length: BULK_CHANGE + 1 }, (_, n) => article(100 + n));
    await db.articles.bulkPut(many);
    const bulk = await synced(db, vectors, meanings, first.plan.seq);
    expect(bulk.plan.full).toBe(true);
    expect(bulk.embedded).toHaveLength(BULK_CHANGE + 1);

    await articles.save(db, { ...article(1), body: 'Changed.' }, 1);
    // The panel stores its search index and prunes the log entries it covers once they are old enough.
    const built = await buildSearchIndex(db);
    expect(await saveSearchIndex(db, built.index, built.seq, Date.now() + LOG_GRACE_MS + 1)).toBe(true);
    expect(await db.kbChanges.count()).toBe(0);
    const pruned = await synced(db, vectors, meanings, bulk.plan.seq);
    expect(pruned.plan.full).toBe(true);
    expect(pruned.embedded).toEqual(['a1']);
  });

  // The host's first sync after a 10,000-article pack sync read every article and every vector in one
  // request each, and the first panel's read of its search index waited behind them for about 10 s.
  describe('a full pass in chunks', () => {
    /**
     * Every getAll asked of the stores while `work` runs (the store and how many rows it may return), and
     * the articles read one by one.
     */
    async function getAllsDuring<R>(work: () => Promise<R>) {
      const asked: { store: string; count: number | undefined }[] = [];
      const proto = (globalThis as unknown as { IDBObjectStore: { prototype: IDBObjectStore } })
        .IDBObjectStore.prototype;
      const got: string[] = [];
      const { getAll, get } = proto;
      proto.getAll = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['getAll']>) {
        asked.push({ store: this.name, count: args[1] });
        return getAll.apply(this, args);
      };
      proto.get = function (this: IDBObjectStore, key: IDBValidKey | IDBKeyRange) {
        if (this.name === 'articles') got.push(String(key));
        return get.call(this, key);
      };
      try {
        return { result: await work(), asked, got };
      } finally {
        Object.assign(proto, { getAll, get });
      }
    }

    const n = CHUNK_ROWS * 2 + 37;
    const many = () => Array.from({ length: n }, (_, i) => article(i));

    it('reads vectors and items in bounded chunks and still finds every item to embed', async () => {
      const db = freshDatabase();
      const vectors = vectorDatabase();
      const all = many();
      await articles.restore(db, all);
      await playbooks.restore(db, {
        id: 'p1',
        title: 'Refund playbook',
        summary: 'When a refund is due',
        tags: [],
        steps: [],
        updatedAt: 1,
        version: 1,
        source: 'local',
      } as never);
      // Learned phrasings on articles at the chunks' edges (ids sort as strings: a0, a1, a10, a100, ...).
      const ids = all.map((a) => a.id).sort();
      const edges = [ids[0]!, ids[CHUNK_ROWS - 1]!, ids[CHUNK_ROWS]!, ids.at(-1)!];
      for (const id of edges) await learned.learn(db, id, `The customer says item ${id} keeps failing`);
      // A first host embeds everything; then some items change and one is deleted.
      await synced(db, vectors, new MeaningIndex(), null);
      const changed = [ids[5]!, ids[CHUNK_ROWS + 3]!, ids.at(-2)!];
      for (const id of changed) {
        const row = (await db.articles.get(id))!;
        await db.articles.put({ ...row, body: `A new first step for ${id}.\n\nThen another.` });
      }
      await db.articles.delete(ids[7]!);
      await learned.learn(db, ids[CHUNK_ROWS + 1]!, 'A phrasing learned after the vectors were made');

      // A new host (an empty index) plans from scratch, as after a restart.
      const meanings = new MeaningIndex();
      const reads: FullPassReads = { chunks: 0, rows: 0 };
      let pauses = 0;
      const {
        result: plan,
        asked,
        got,
      } = await getAllsDuring(() => planSync(db, vectors, meanings, null, async () => void pauses++, reads));
      expect(plan.full).toBe(true);
      expect(plan.embed.map((item) => item.doc.id).sort()).toEqual([...changed, ids[CHUNK_ROWS + 1]!].sort());
      expect(plan.total).toBe(n); // n articles, one deleted, one playbook
      expect(meanings.size).toBe(n - 4);
      expect(meanings.has(ids[7]!)).toBe(false);
      expect(await vectors.vectors.get(ids[7]!)).toBeUndefined();
      // Learned phrasings at the chunks' edges are in the stamps: those articles kept their vectors.
      for (const id of edges) expect(meanings.has(id)).toBe(true);
      // The text of an item to embed carries its learned phrasing.
      expect(meaningPhrases(plan.embed.find((item) => item.doc.id === ids[CHUNK_ROWS + 1])!.doc)).toContain(
        'A phrasing learned after the vectors were made',
      );
      // No read of the items' or vectors' stores without a bound, and none above the chunk size.
      const bulk = asked.filter((a) => ['articles', 'vectors', 'playbooks', 'snippets'].includes(a.store));
      expect(bulk.length).toBeGreaterThanOrEqual(6);
      for (const a of bulk) expect(a.count).toBeLessThanOrEqual(CHUNK_ROWS);
      // Only the articles to embed are read again whole, in one more request.
      expect(got.sort()).toEqual([...changed, ids[CHUNK_ROWS + 1]!].sort());
      expect(reads.chunks).toBe(bulk.length + 1);
      expect(pauses).toBeGreaterThanOrEqual(4);
      // Matches a plan that read everything at once: the same stamps for the same items.
      const again = await planSync(db, vectorDatabase(), new MeaningIndex(), null);
      const stamps = new Map(again.embed.map((item) => [item.doc.id, item.stamp]));
      for (const item of plan.embed) expect(item.stamp).toBe(stamps.get(item.doc.id));
    });

    it("lets another connection's request in between its chunks", async () => {
      const db = freshDatabase();
      const vectors = vectorDatabase();
      await articles.restore(db, many());
      await synced(db, vectors, new MeaningIndex(), null);
      // Another page (a panel) with a connection of its own asks for a write of the articles' store while
      // the host reads it: IndexedDB runs it before any later transaction over that store, so with chunks
      // it is done before the pass ends, where one read of every article held it to the end.
      const other = new (db.constructor as new (name: string) => OwnItDatabase)(db.name);
      await other.open();
      const events: string[] = [];
      let otherDone: Promise<unknown> | undefined;
      const proto = (globalThis as unknown as { IDBObjectStore: { prototype: IDBObjectStore } })
        .IDBObjectStore.prototype;
      const getAll = proto.getAll;
      proto.getAll = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['getAll']>) {
        const request = getAll.apply(this, args);
        if (this.name === 'articles') {
          // The other page asks as soon as the host starts reading the articles.
          otherDone ??= other.articles
            .put({ ...article(9_999), id: 'other-page' })
            .then(() => events.push('other done'));
          request.addEventListener('success', () => events.push('articles read'));
        }
        return request;
      };
      try {
        await planSync(db, vectors, new MeaningIndex(), null);
      } finally {
        proto.getAll = getAll;
      }
      events.push('pass done');
      await otherDone;
      other.close();
      expect(events.indexOf('other done')).toBeGreaterThan(-1);
      // Done before the host's last read of the articles, not after all of them.
      expect(events.indexOf('other done')).toBeLessThan(events.lastIndexOf('articles read'));
      expect(events.at(-1)).toBe('pass done');
    });
  });
});
