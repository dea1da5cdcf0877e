// The stored search index: saved and loaded with the data version it reflects, caught up item by item
// from the change log, rebuilt only when it cannot be.
import { describe, expect, it } from 'vitest';
import { docFromArticle, docFromPlaybook, SearchIndex } from '../../../src/search';
import type { PackedSnapshot } from '../../../src/search/snapshot';
import { fromSnapshotBytes, snapshotBlob } from '../../../src/search/snapshot-bytes';
import type { Playbook } from '../../../src/shared/model';
import { BULK_CHANGE } from '../../../src/storage/change-log';
import type { OwnItDatabase } from '../../../src/storage/db';
import { articles } from '../../../src/storage/repositories';
import { saveSearchIndex } from '../../../src/storage/search-save';
import {
  attachStoredTexts,
  buildSearchIndex,
  catchUp,
  LOG_GRACE_MS,
  loadSearchIndex,
  MAX_REPLAY,
  rulesReadEarly,
  SNAPSHOT_ID,
  TEXTS_ID,
} from '../../../src/storage/search-store';
import { seedStarterPack } from '../../../src/storage/seed';
import { ANGRY_CUSTOMER_PLAYBOOK, SUPPORT_KB } from '../search/fixtures';
import { asArticle, freshDatabase } from './helpers';

const database = freshDatabase;

const ARTICLES = SUPPORT_KB.filter((doc) => doc.kind === 'article').map(asArticle);
const PLAYBOOK: Playbook = {
  id: ANGRY_CUSTOMER_PLAYBOOK.id,
  title: ANGRY_CUSTOMER_PLAYBOOK.title,
  summary: 'Stay calm and own the outcome.',
  triggers: ANGRY_CUSTOMER_PLAYBOOK.keywords,
  tags: ANGRY_CUSTOMER_PLAYBOOK.tags,
  steps: [{ stage: 'capture', text: 'Acknowledge the frustration and restate the problem.' }],
  updatedAt: 1,
  version: 1,
  source: 'local',
};

const QUERIES = ['refnd', 'refund', 'cancle subscripton', 'passwrd reset', 'late delivery', 'angry', 'x'];

/** What an agent sees for each query: the ranked ids (scores depend on removed-document leftovers). */
function rankings(index: SearchIndex): string[][] {
  return [
    ...QUERIES.map((query) => index.search(query, { now: 0 }).map((hit) => hit.id)),
    index.suggest('I was charged twice and want my money back', { now: 0 }).map((hit) => hit.id),
  ];
}

async function freshBuild(db: OwnItDatabase): Promise<SearchIndex> {
  const [articleRows, playbookRows] = await Promise.all([db.articles.toArray(), db.playbooks.toArray()]);
  return SearchIndex.build([...articleRows.map(docFromArticle), ...playbookRows.map(docFromPlaybook)]);
}

/** A stored row's snapshot as the index reads it. */
async function storedSnapshot(blob: Blob): Promise<unknown> {
  return fromSnapshotBytes(await blob.arrayBuffer());
}

async function seeded(): Promise<OwnItDatabase> {
  const db = database();
  await db.articles.bulkPut(ARTICLES);
  await db.playbooks.put(PLAYBOOK);
  return db;
}

describe('the change log', () => {
  it('records each article and playbook write, in the same transaction as the write', async () => {
    const db = database();
    await db.articles.put(ARTICLES[0]!);
    await db.playbooks.put(PLAYBOOK);
    await articles.save(db, { ...ARTICLES[0]!, title: 'Refunds' }, 1);
    await articles.markUsed(db, ARTICLES[0]!.id);
    await articles.remove(db, ARTICLES[0]!.id);
    const log = await db.kbChanges.toArray();
    expect(log.map(({ kind, id }) => `${kind}:${id}`)).toEqual([
      `article:${ARTICLES[0]!.id}`,
      `playbook:${PLAYBOOK.id}`,
      `article:${ARTICLES[0]!.id}`,
      `article:${ARTICLES[0]!.id}`,
      `article:${ARTICLES[0]!.id}`,
    ]);
    expect(log.map((change) => change.seq)).toEqual(
      [...log.map((change) => change.seq)].sort((a, b) => a! - b!),
    );
  });

  it('logs nothing for a write that fails, and nothing for other tables', async () => {
    const db = database();
    await db.articles.add(ARTICLES[0]!);
    await expect(db.articles.add(ARTICLES[0]!)).rejects.toThrow();
    await db.settings.put({ key: 'x', value: 1 });
    expect(await db.kbChanges.count()).toBe(1);
  });

  it('logs an import or a cleared table as one "rebuild" entry', async () => {
    const db = database();
    const many = Array.from({ length: BULK_CHANGE + 1 }, (_, i) => ({ ...ARTICLES[0]!, id: `bulk-${i}` }));
    await db.articles.bulkPut(many);
    await db.playbooks.clear();
    expect((await db.kbChanges.toArray()).map((change) => change.kind)).toEqual(['all', 'all']);
  });

  it('records the starter pack seeding, so the next panel open indexes it', async () => {
    const db = database();
    await seedStarterPack(db, {
      format: 'ownit-pack',
      formatVersion: 1,
      id: 'starter',
      name: 'Starter',
      version: '1',
      articles: ARTICLES.map(({ id, title, body, tags, keywords }) => ({ id, title, body, tags, keywords })),
      playbooks: [],
      rules: [],
    });
    expect(await db.kbChanges.count()).toBe(ARTICLES.length);
    const loaded = await loadSearchIndex(db);
    expect(loaded.source).toBe('built');
    expect(loaded.index.size).toBe(ARTICLES.length);
  });
});

describe('the stored search index', () => {
  it('is built when there is none, then loaded from the snapshot with the same results', async () => {
    const db = await seeded();
    const first = await loadSearchIndex(db);
    expect(first.source).toBe('built');
    expect(await saveSearchIndex(db, first.index, first.seq)).toBe(true);
    const row = await db.searchIndex.get(SNAPSHOT_ID);
    expect(row?.dataVersion).toBe(first.seq);
    expect(row?.items).toBe(ARTICLES.length + 1);

    // Each row's snapshot is one block of bytes; the excerpt texts in a row of their own, written with the
    // index.
    const stored = (await storedSnapshot(row!.snapshot)) as PackedSnapshot;
    expect(stored).toMatchObject({ format: 'ownit-search-index-packed', version: 6 });
    const texts = await db.searchIndex.get(TEXTS_ID);
    expect(texts?.dataVersion).toBe(first.seq);
    expect(await storedSnapshot(texts!.snapshot)).toMatchObject({ key: stored.textsKey });

    const second = await loadSearchIndex(db);
    expect(second).toMatchObject({ source: 'snapshot', seq: first.seq, replayed: 0 });
    expect(rankings(second.index)).toEqual(rankings(first.index));
    // Usable before its texts are read: same hits, excerpts to come.
    expect(second.index.hasTexts).toBe(false);
    expect(await attachStoredTexts(second)).toBe(true);
    expect(second.index.search('refnd', { now: 0 })).toEqual(first.index.search('refnd', { now: 0 }));
  });

  it('takes the rows read early, with the change log read with them, and re-indexes what changed', async () => {
    const db = await seeded();
    const first = await loadSearchIndex(db);
    await saveSearchIndex(db, first.index, first.seq);
    const early = async () => {
      const row = await db.searchIndex.get(SNAPSHOT_ID);
      return {
        startedAt: 0,
        row: Promise.resolve(row),
        texts: db.searchIndex.get(TEXTS_ID),
        changes: db.kbChanges.where('seq').above(row!.dataVersion).toArray(),
      };
    };
    const unchanged = await loadSearchIndex(db, await early());
    expect(unchanged).toMatchObject({ source: 'snapshot', seq: first.seq, replayed: 0 });
    expect(await attachStoredTexts(unchanged)).toBe(true);
    expect(unchanged.index.search('refnd', { now: 0 })).toEqual(first.index.search('refnd', { now: 0 }));

    const refund = ARTICLES.find((a) => a.id === 'refund-request')!;
    await articles.save(db, { ...refund, title: 'Refund request for zebra gift cards' }, 1);
    const changed = await loadSearchIndex(db, await early());
    expect(changed).toMatchObject({ source: 'snapshot', replayed: 1 });
    expect(changed.index.search('zebra', { now: 0 })[0]?.title).toBe('Refund request for zebra gift cards');
  });

  it('says so when the texts row is missing or belongs to another snapshot, so the panel rebuilds', async () => {
    const db = await seeded();
    const first = await loadSearchIndex(db);
    await saveSearchIndex(db, first.index, first.seq);
    const otherTexts = SearchIndex.build(SUPPORT_KB).toPacked().texts;
    await db.searchIndex.update(TEXTS_ID, { snapshot: snapshotBlob(otherTexts) });
    expect(await attachStoredTexts(await loadSearchIndex(db))).toBe(false);
    await db.searchIndex.delete(TEXTS_ID);
    const loaded = await loadSearchIndex(db);
    expect(loaded.source).toBe('snapshot');
    expect(await attachStoredTexts(loaded)).toBe(false);
  });

  it('re-indexes only what changed after the snapshot, with the results of a fresh build', async () => {
    const db = await seeded();
    const first = await loadSearchIndex(db);
    await saveSearchIndex(db, first.index, first.seq);

    const refund = ARTICLES.find((a) => a.id === 'refund-request')!;
    await articles.save(
      db,
      { ...refund, title: 'Refund request for gift cards', body: 'Gift card refunds.' },
      1,
    );
    await articles.remove(db, 'late-delivery');
    await db.articles.put({ ...ARTICLES[0]!, id: 'warranty', title: 'Warranty claim', body: 'Two years.' });
    await db.playbooks.delete(PLAYBOOK.id);

    const second = await loadSearchIndex(db);
    expect(second.source).toBe('snapshot');
    expect(second.replayed).toBe(4);
    expect(second.seq).toBeGreaterThan(first.seq);
    expect(second.index.size).toBe(ARTICLES.length);
    expect(rankings(second.index)).toEqual(rankings(await freshBuild(db)));
    expect(second.index.search('gift card', { now: 0 })[0]?.id).toBe('refund-request');
    expect(second.index.search('late delivery', { now: 0 }).map((hit) => hit.id)).not.toContain(
      'late-delivery',
    );
    expect(second.index.search('waranty', { now: 0 })[0]?.id).toBe('warranty');
  });

  it('keeps an open index current with catchUp, without a rebuild', async () => {
    const db = await seeded();
    const live = await loadSearchIndex(db);
    await articles.save(db, { ...ARTICLES[1]!, title: 'Parcel lost in transit' }, 1);
    await articles.remove(db, ARTICLES[2]!.id);
    const caught = await catchUp(db, live.index, live.seq);
    expect(caught?.replayed).toBe(2);
    expect(rankings(live.index)).toEqual(rankings(await freshBuild(db)));
    expect(await catchUp(db, live.index, caught!.seq)).toEqual({ seq: caught!.seq, replayed: 0 });
  });

  it('is rebuilt after an import, and when the data changed behind the log', async () => {
    const db = await seeded();
    const first = await loadSearchIndex(db);
    await saveSearchIndex(db, first.index, first.seq);
    const many = Array.from({ length: BULK_CHANGE + 1 }, (_, i) => ({ ...ARTICLES[0]!, id: `bulk-${i}` }));
    await db.articles.bulkPut(many);
    const afterImport = await loadSearchIndex(db);
    expect(afterImport.source).toBe('built');
    expect(afterImport.index.size).toBe(ARTICLES.length + 1 + many.length);
    await saveSearchIndex(db, afterImport.index, afterImport.seq);
    expect((await loadSearchIndex(db)).source).toBe('snapshot');

    // A row written straight into IndexedDB (as devtools or an older version might) bypasses the log.
    db.close();
    const idb = await new Promise<IDBDatabase>((done, fail) => {
      const open = indexedDB.open(db.name);
      open.onsuccess = () => done(open.result);
      open.onerror = () => fail(open.error);
    });
    await new Promise<void>((done, fail) => {
      const tx = idb.transaction('articles', 'readwrite');
      tx.objectStore('articles').put({ ...ARTICLES[0]!, id: 'behind-the-back', title: 'Zebra crossing' });
      tx.oncomplete = () => done();
      tx.onerror = () => fail(tx.error);
    });
    idb.close();
    // Opening does not count 10,000 articles; the check after it does, and asks for a rebuild.
    const afterRawWrite = await loadSearchIndex(db);
    expect(afterRawWrite.source).toBe('snapshot');
    // The panel's early catch-ups replay the log without counting (a count holds a panel opened meanwhile)…
    expect(await catchUp(db, afterRawWrite.index, afterRawWrite.seq, false)).toEqual({
      seq: afterRawWrite.seq,
      replayed: 0,
    });
    // …and its later check counts, and finds the item written around the log.
    expect(await catchUp(db, afterRawWrite.index, afterRawWrite.seq)).toBeNull();
    const rebuilt = await buildSearchIndex(db);
    expect(rebuilt.index.search('zebra')[0]?.id).toBe('behind-the-back');
  });

  it('is rebuilt rather than caught up when more changed than re-indexing is worth', async () => {
    const db = await seeded();
    const first = await loadSearchIndex(db);
    await saveSearchIndex(db, first.index, first.seq);
    const edits = Array.from({ length: MAX_REPLAY + 1 }, () => ({
      kind: 'article' as const,
      id: 'x',
      at: 1,
    }));
    await db.kbChanges.bulkAdd(edits);
    const loaded = await loadSearchIndex(db);
    expect(loaded.source).toBe('built');
    expect(loaded.seq).toBe(first.seq + MAX_REPLAY + 1);
    expect(rankings(loaded.index)).toEqual(rankings(first.index));
  });

  it('is rebuilt when the stored snapshot is damaged or of another format', async () => {
    const db = await seeded();
    const first = await loadSearchIndex(db);
    await saveSearchIndex(db, first.index, first.seq);
    const row = (await db.searchIndex.get(SNAPSHOT_ID))!;
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      const snapshot = (await storedSnapshot(row.snapshot)) as PackedSnapshot;
      await db.searchIndex.put({
        ...row,
        snapshot: snapshotBlob({
          ...snapshot,
          docs: {
            ...snapshot.docs,
            strings: { ...snapshot.docs.strings, bytes: new TextEncoder().encode('[{"id":') },
          },
        }),
      });
      expect((await loadSearchIndex(db)).source).toBe('built');
      // Version 5 (stored before vocabularies were read in place) and an unknown one.
      for (const version of [5, 99]) {
        await db.searchIndex.put({
          ...row,
          snapshot: snapshotBlob({ ...snapshot, version: version as typeof snapshot.version }),
        });
        expect((await loadSearchIndex(db)).source).toBe('built');
      }
      // Bytes cut short: the header at the end is gone.
      const bytes = await row.snapshot.arrayBuffer();
      await db.searchIndex.put({ ...row, snapshot: new Blob([bytes.slice(0, bytes.byteLength - 9)]) });
      expect((await loadSearchIndex(db)).source).toBe('built');
    } finally {
      console.warn = warn;
    }
  });

  it('rebuilds a snapshot stored by the previous version (objects, not bytes) with the same results', async () => {
    const db = await seeded();
    const first = await loadSearchIndex(db);
    await saveSearchIndex(db, first.index, first.seq);
    // As version 4 stored it: the packed snapshot's objects themselves, cloned by IndexedDB.
    const { texts, ...packed } = first.index.toPacked();
    const row = (await db.searchIndex.get(SNAPSHOT_ID))!;
    const old = { ...packed, version: 4 };
    await db.searchIndex.bulkPut([
      { ...row, snapshot: old as unknown as Blob },
      { ...row, id: TEXTS_ID, snapshot: texts as unknown as Blob },
    ]);
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      const early = {
        startedAt: 0,
        row: db.searchIndex.get(SNAPSHOT_ID),
        texts: db.searchIndex.get(TEXTS_ID),
        changes: Promise.resolve([]),
      };
      for (const loaded of [await loadSearchIndex(db), await loadSearchIndex(db, early)]) {
        expect(loaded.source).toBe('built');
        expect(loaded.index.size).toBe(ARTICLES.length + 1);
        expect(rankings(loaded.index)).toEqual(rankings(first.index));
        expect(loaded.index.search('refnd', { now: 0 })).toEqual(first.index.search('refnd', { now: 0 }));
      }
      // Stored again in the new form, it loads from the snapshot.
      const rebuilt = await loadSearchIndex(db);
      expect(await saveSearchIndex(db, rebuilt.index, rebuilt.seq)).toBe(true);
      expect((await loadSearchIndex(db)).source).toBe('snapshot');
    } finally {
      console.warn = warn;
    }
  });

  it('does not overwrite a snapshot of a later state, and prunes the log it covers once old', async () => {
    const db = await seeded();
    const first = await loadSearchIndex(db);
    await articles.save(db, { ...ARTICLES[0]!, title: 'Later' }, 1);
    const later = await buildSearchIndex(db);
    expect(later.seq).toBeGreaterThan(first.seq);
    expect(await saveSearchIndex(db, later.index, later.seq)).toBe(true);
    expect(await saveSearchIndex(db, first.index, first.seq)).toBe(false);
    expect((await db.searchIndex.get(SNAPSHOT_ID))?.dataVersion).toBe(later.seq);

    const logged = await db.kbChanges.count();
    expect(logged).toBeGreaterThan(0);
    await saveSearchIndex(db, later.index, later.seq, Date.now() + LOG_GRACE_MS + 1);
    expect(await db.kbChanges.count()).toBe(0);
    // With the log pruned, a rebuild still knows how far the stored index got.
    expect((await buildSearchIndex(db)).seq).toBe(later.seq);
  });
});

describe('the rules read with the stored index (early-index.js)', () => {
  const rules = [{ id: 'refund-per-order' }];
  it('are used when the starter pack is installed and the database is at the version the panel opens', () => {
    expect(rulesReadEarly({ version: 310, starterPack: { version: 3 }, rules }, 310)).toBe(rules);
  });
  it('are not used before the starter pack is installed, from another version, or when not a list', () => {
    expect(rulesReadEarly({ version: 310, starterPack: undefined, rules }, 310)).toBeUndefined();
    expect(rulesReadEarly({ version: 300, starterPack: { version: 3 }, rules }, 310)).toBeUndefined();
    expect(rulesReadEarly({ version: 310, starterPack: { version: 3 }, rules: {} }, 310)).toBeUndefined();
    expect(rulesReadEarly(undefined, 310)).toBeUndefined();
  });
});
