// The pattern for every schema change: recreate the previous version's database with raw Dexie
// (schemas are kept as data in db.ts), write rows as that version would, then open the current
// OwnItDatabase and check nothing was lost. Add a block here with each new version.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { OwnItDatabase, SCHEMA_V1 } from '../../../src/storage/db';

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
    expect(current.verno).toBeGreaterThanOrEqual(1);
    expect((await current.notes.get('n1'))?.text).toBe('Call back Thursday');
    expect(await current.articles.count()).toBe(1);
    await current.delete();
  });
});
