// The pattern for every schema change: recreate the previous version's database with raw Dexie (what
// Own It used before its own IndexedDB layer; schemas are kept as data in db.ts), write rows as that
// version would, then open the current OwnItDatabase and check nothing was lost and every index is there.
// Add a block here with each new version.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { OwnItDatabase, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4 } from '../../../src/storage/db';
import { learned } from '../../../src/storage/learned';
import { loadSearchIndex } from '../../../src/storage/search-store';

async function writeAsVersion(
  name: string,
  version: number,
  schema: Record<string, string>,
  rows: () => object,
) {
  const old = new Dexie(name);
  old.version(version).stores(schema);
  await old.open();
  const data = rows() as Record<string, object[]>;
  for (const [table, items] of Object.entries(data)) await old.table(table).bulkPut(items);
  old.close();
}

interface Shape {
  version: number;
  stores: Record<string, { keyPath: unknown; autoIncrement: boolean; indexes: Record<string, unknown> }>;
}

/** The stores and indexes of a database as IndexedDB itself holds them. */
function shapeOf(name: string): Promise<Shape> {
  return new Promise((done, fail) => {
    const open = indexedDB.open(name);
    open.onerror = () => fail(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const stores: Shape['stores'] = {};
      const names = [...db.objectStoreNames];
      const tx = names.length > 0 ? db.transaction(names) : undefined;
      for (const store of names.map((n) => tx!.objectStore(n))) {
        const indexes: Record<string, unknown> = {};
        for (const index of [...store.indexNames].map((n) => store.index(n))) {
          indexes[index.name] = {
            keyPath: index.keyPath,
            multiEntry: index.multiEntry,
            unique: index.unique,
          };
        }
        stores[store.name] = { keyPath: store.keyPath, autoIncrement: store.autoIncrement, indexes };
      }
      db.close();
      done({ version: db.version, stores });
    };
  });
}

const SCHEMAS = [SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4];

/** The shape Dexie gave a new database of this version. */
async function dexieShape(version: number): Promise<Shape> {
  const name = `ownit-dexie-shape-${version}`;
  await writeAsVersion(name, version, SCHEMAS[version - 1]!, () => ({}));
  const shape = await shapeOf(name);
  await Dexie.delete(name);
  return shape;
}

describe('the IndexedDB layer and Dexie', () => {
  it('numbers versions as Dexie did (ten times), so a later version is above any Dexie wrote', async () => {
    const dexie = await dexieShape(4);
    expect(dexie.version).toBe(40);
    const ours = new OwnItDatabase('ownit-shape-fresh');
    await ours.open();
    expect(ours.nativeVersion).toBe(40);
    // A new database gets exactly the stores and indexes Dexie made at version 4.
    expect(await shapeOf('ownit-shape-fresh')).toEqual(dexie);
    expect(await ours.kbChanges.count()).toBe(0);
    await ours.delete();
  });

  it('opens a database Dexie wrote at version 4 as it is: every row of every table, found by every index', async () => {
    const name = 'ownit-dexie-v4';
    const article = {
      id: 'late',
      title: 'Late delivery',
      body: 'Where is my parcel',
      tags: ['shipping', 'delay'],
      category: 'orders',
      keywords: [],
      updatedAt: 7,
      reviewBy: 99,
      version: 2,
      source: 'local',
    };
    const rows = {
      articles: [article],
      playbooks: [{ id: 'angry', title: 'Angry customer', tags: ['tone'], source: 'starter', updatedAt: 3 }],
      rules: [{ id: 'refund', action: 'refund', label: 'Refund', source: 'local' }],
      notes: [
        {
          id: 'n1',
          ticketKey: 'desk#1',
          createdAt: 4,
          stage: 'capture',
          rootCause: 'courier',
          commitment: { dueAt: 50, status: 'open' },
        },
      ],
      events: [{ kind: 'search-empty', at: 2, subject: 'zzz' }],
      packs: [{ id: 'team', url: 'https://example.com/pack.json' }],
      settings: [{ key: 'theme', value: 'dark' }],
      searchIndex: [{ id: 'main', dataVersion: 3, items: 1, savedAt: 1, snapshot: 'old shape' }],
      kbChanges: [{ kind: 'article', id: 'late', at: 1 }],
      snippets: [
        { id: 'hello', title: 'Hello', body: 'Hi', tags: ['greeting'], source: 'local', updatedAt: 5 },
      ],
      learned: [{ articleId: 'late', phrasings: [{ text: 'parcel not here', at: 1 }] }],
    };
    await writeAsVersion(name, 4, SCHEMA_V4, () => rows);
    const current = new OwnItDatabase(name);
    for (const [table, written] of Object.entries(rows)) {
      expect(await current.table(table).toArray(), table).toEqual(
        written.map((row) => expect.objectContaining(row)),
      );
    }
    expect(await shapeOf(name)).toEqual(await dexieShape(4));
    // Every index of version 4, by its name as Dexie made it.
    for (const [table, schema] of Object.entries(SCHEMA_V4)) {
      const [primary, ...indexes] = schema.split(',').map((part) => part.trim().replace(/^\+\+|^\*/, ''));
      const row = (rows as Record<string, object[]>)[table]![0] as Record<string, unknown>;
      for (const index of [primary!, ...indexes]) {
        const value = index
          .split('.')
          .reduce<unknown>((at, key) => (at as Record<string, unknown>)?.[key], row);
        const key = Array.isArray(value)
          ? value[0]
          : (value ?? (index === 'seq' || index === 'id' ? 1 : undefined));
        if (key === undefined) continue;
        expect(
          await current
            .table(table)
            .where(index)
            .equals(key as IDBValidKey)
            .count(),
          `${table}.${index}`,
        ).toBe(1);
      }
    }
    await current.delete();
  });
});

describe('schema versions', () => {
  it('opens a database written by version 1 without losing notes or articles', async () => {
    const name = 'ownit-migration-v1';
    await writeAsVersion(name, 1, SCHEMA_V1, () => ({
      notes: [
        {
          id: 'n1',
          ticketKey: 'desk#7',
          site: 'desk',
          url: 'https://desk/7',
          text: 'Call back Thursday',
          stage: 'capture',
          createdAt: 5,
        },
      ],
      articles: [
        {
          id: 'a1',
          title: 'Late delivery',
          body: '',
          tags: [],
          keywords: [],
          updatedAt: 1,
          version: 1,
          source: 'local',
        },
      ],
    }));
    const current = new OwnItDatabase(name);
    await current.open();
    expect(await shapeOf(name)).toEqual(await dexieShape(4));
    expect((await current.notes.get('n1'))?.text).toBe('Call back Thursday');
    expect(await current.articles.count()).toBe(1);
    await current.delete();
  });

  it('upgrades a version 1 database to version 2: every row kept, the search index built on first use', async () => {
    const name = 'ownit-migration-v1-to-v2';
    const article = (id: string, title: string) => ({
      id,
      title,
      body: `How to handle ${title.toLowerCase()}.`,
      tags: ['billing'],
      keywords: [],
      updatedAt: 1,
      version: 3,
      source: 'local',
    });
    const v1Rows = {
      articles: [article('refund', 'Refund request'), article('late', 'Late delivery')],
      playbooks: [
        {
          id: 'angry',
          title: 'Angry customer',
          summary: '',
          triggers: ['furious'],
          tags: [],
          steps: [{ stage: 'capture', text: 'Listen' }],
          updatedAt: 1,
          version: 1,
          source: 'starter',
        },
      ],
      rules: [{ id: 'refund-per-order', action: 'refund', label: 'Refund', source: 'starter' }],
      notes: [{ id: 'n1', ticketKey: 'desk#7', text: 'Call back', stage: 'capture', createdAt: 5 }],
      events: [{ kind: 'search-empty', at: 3, subject: 'zzz' }],
      packs: [{ id: 'team', url: 'https://example.com/pack.json' }],
      settings: [{ key: 'starterPack', value: { version: '1', installed: [] } }],
    };
    await writeAsVersion(name, 1, SCHEMA_V1, () => v1Rows);

    const current = new OwnItDatabase(name);
    await current.open();
    // Opened by today's code, it goes on through every later version too.
    expect(await shapeOf(name)).toEqual(await dexieShape(4));
    expect(Object.keys((await shapeOf(name)).stores).sort()).toEqual(Object.keys(SCHEMA_V4).sort());
    for (const [table, rows] of Object.entries(v1Rows)) {
      const stored = await current.table(table).toArray();
      expect(stored, table).toHaveLength(rows.length);
      expect(stored, table).toEqual(expect.arrayContaining(rows.map((row) => expect.objectContaining(row))));
    }
    // Nothing was indexed under version 1: the upgrade marks the whole knowledge base as changed (and
    // the upgrade to version 3 does so again).
    expect((await current.kbChanges.toArray()).map((change) => change.kind)).toEqual(['all', 'all']);
    const loaded = await loadSearchIndex(current);
    expect(loaded.source).toBe('built');
    expect(loaded.index.size).toBe(3);
    expect(loaded.index.search('refnd')[0]?.id).toBe('refund');
    await current.delete();
  });

  it('upgrades a version 2 database to version 3: rows and the log kept, snippets stored, logged and found', async () => {
    const name = 'ownit-migration-v2-to-v3';
    const v2Rows = {
      articles: [
        {
          id: 'refund',
          title: 'Refund request',
          body: 'How to refund.',
          tags: ['billing'],
          keywords: [],
          updatedAt: 1,
          version: 2,
          source: 'local',
        },
      ],
      notes: [{ id: 'n1', ticketKey: 'desk#7', text: 'Call back', stage: 'capture', createdAt: 5 }],
      settings: [{ key: 'agentName', value: 'Sam' }],
      kbChanges: [{ seq: 1, kind: 'article', id: 'refund', at: 1 }],
    };
    await writeAsVersion(name, 2, SCHEMA_V2, () => v2Rows);

    const current = new OwnItDatabase(name);
    await current.open();
    expect(await shapeOf(name)).toEqual(await dexieShape(4));
    for (const [table, rows] of Object.entries(v2Rows)) {
      const stored = await current.table(table).toArray();
      expect(stored, table).toEqual(expect.arrayContaining(rows.map((row) => expect.objectContaining(row))));
    }
    // A stored index from version 2 knows no snippets: it is marked for one rebuild.
    expect((await current.kbChanges.toArray()).map((change) => change.kind)).toEqual(['article', 'all']);
    expect(await current.snippets.count()).toBe(0);

    await current.snippets.put({
      id: 'callback',
      title: 'Callback confirmation',
      body: 'I will call you on {{callback:date}}.',
      tags: ['phone'],
      updatedAt: 2,
      version: 1,
      source: 'local',
    });
    expect((await current.kbChanges.toArray()).at(-1)).toMatchObject({ kind: 'snippet', id: 'callback' });
    expect((await current.snippets.where('tags').equals('phone').toArray())[0]?.id).toBe('callback');
    const loaded = await loadSearchIndex(current);
    expect(loaded.index.search('callback confirmation')[0]).toMatchObject({
      id: 'callback',
      kind: 'snippet',
    });
    await current.delete();
  });

  it('upgrades a version 3 database to version 4: rows and the log kept, learned phrasings stored and found', async () => {
    const name = 'ownit-migration-v3-to-v4';
    const v3Rows = {
      articles: [
        {
          id: 'warranty',
          title: 'Warranty claim',
          body: 'Repair or replace within the warranty.',
          tags: [],
          keywords: [],
          updatedAt: 1,
          version: 3,
          source: 'local',
        },
      ],
      snippets: [
        {
          id: 'hello',
          title: 'Hello',
          body: 'Hi {{customer.name}}',
          tags: [],
          updatedAt: 1,
          version: 1,
          source: 'local',
        },
      ],
      kbChanges: [{ seq: 1, kind: 'snippet', id: 'hello', at: 1 }],
    };
    await writeAsVersion(name, 3, SCHEMA_V3, () => v3Rows);

    const current = new OwnItDatabase(name);
    await current.open();
    expect(await shapeOf(name)).toEqual(await dexieShape(4));
    for (const [table, rows] of Object.entries(v3Rows)) {
      const stored = await current.table(table).toArray();
      expect(stored, table).toEqual(expect.arrayContaining(rows.map((row) => expect.objectContaining(row))));
    }
    // Nothing learned yet, so nothing to re-index: the stored index stays usable.
    expect((await current.kbChanges.toArray()).map((change) => change.kind)).toEqual(['snippet']);
    expect(await current.learned.count()).toBe(0);

    await learned.learn(current, 'warranty', 'The kettle switches itself off after a few seconds');
    expect((await current.kbChanges.toArray()).at(-1)).toMatchObject({ kind: 'article', id: 'warranty' });
    const loaded = await loadSearchIndex(current);
    expect(loaded.index.suggest('kettle switches off by itself')[0]?.id).toBe('warranty');
    await current.delete();
  });
});
