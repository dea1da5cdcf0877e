// The search index built where a bulk write ran (a pack sync in the service worker or Firefox's background
// page, an import in its worker) and stored as the snapshot the panel reads: the same index as a panel's
// own build, waited for by a panel opened meanwhile, and never missing an item written during the build.
import { describe, expect, it } from 'vitest';
import type { SearchIndex } from '../../../src/search';
import type { Article } from '../../../src/shared/model';
import { BULK_CHANGE } from '../../../src/storage/change-log';
import type { OwnItDatabase } from '../../../src/storage/db';
import { articles } from '../../../src/storage/repositories';
import { saveSearchIndex, writeThenIndex } from '../../../src/storage/search-save';
import {
  attachStoredTexts,
  buildSearchIndex,
  freshSearchIndex,
  INDEX_BUILD_KEY,
  INDEX_BUILD_STALE_MS,
  loadSearchIndex,
  SNAPSHOT_ID,
} from '../../../src/storage/search-store';
import { SUPPORT_KB } from '../search/fixtures';
import { asArticle, freshDatabase } from './helpers';

const ARTICLES = SUPPORT_KB.filter((doc) => doc.kind === 'article').map(asArticle);

const TOPICS = ['refund', 'invoice', 'password', 'delivery', 'subscription', 'router', 'printer', 'calendar'];

/** A bulk write's worth of articles (more than the log lists one by one), with words of their own. */
const BULK: Article[] = Array.from({ length: BULK_CHANGE + 50 }, (_, i) => {
  const topic = TOPICS[i % TOPICS.length]!;
  const other = TOPICS[(i * 3 + 1) % TOPICS.length]!;
  return {
    id: `team-${i}`,
    title: `${topic} problem number ${i} with the ${other}`,
    body: `When the ${topic} fails after the ${other} changed, check the account ${i % 17} first. Then ask for the order ${i}.`,
    tags: [topic, `group-${i % 5}`],
    keywords: [other],
    updatedAt: 1,
    version: 1,
    source: 'pack:team',
  };
});

const QUERIES = [
  'refund',
  'refnd',
  'printer problem',
  'calendar account',
  'delivery order 12',
  'group-3',
  'pasword',
];

/** Every hit of each query and of a suggestion, as an agent sees them: ids, scores and excerpts in order. */
function answers(index: SearchIndex): unknown[] {
  return [
    ...QUERIES.map((query) => index.search(query, { now: 0 })),
    index.suggest('my refund for the subscription never came', { now: 0 }),
  ];
}

async function seeded(): Promise<OwnItDatabase> {
  const db = freshDatabase();
  await db.articles.bulkPut(ARTICLES);
  // A panel's snapshot of the knowledge base before the bulk write.
  const before = await buildSearchIndex(db);
  await saveSearchIndex(db, before.index, before.seq);
  return db;
}

const bulkWrite = (db: OwnItDatabase) => async () => {
  await db.articles.bulkPut(BULK);
  return BULK.length;
};

describe('the search index built where a bulk write ran', () => {
  it('is stored as the snapshot, and answers as the index a panel builds itself, in the same order', async () => {
    const db = await seeded();
    const { result, build } = await writeThenIndex(db, bulkWrite(db), (written) => written > BULK_CHANGE);
    expect(result).toBe(BULK.length);
    expect(build).toMatchObject({ stored: true, items: ARTICLES.length + BULK.length });
    expect((await db.searchIndex.get(SNAPSHOT_ID))?.dataVersion).toBe(build?.seq);
    // Said under way only while it ran.
    expect(await db.settings.get(INDEX_BUILD_KEY)).toBeUndefined();

    // The panel's open: the snapshot, nothing to re-index, nothing built.
    const opened = await loadSearchIndex(db);
    expect(opened).toMatchObject({ source: 'snapshot', replayed: 0, seq: build?.seq });
    expect(await attachStoredTexts(opened)).toBe(true);
    const panelBuilt = await buildSearchIndex(db);
    expect(answers(opened.index)).toEqual(answers(panelBuilt.index));
    expect(opened.index.search('printer problem', { now: 0 }).length).toBeGreaterThan(0);
  });

  it('builds nothing when the write changed little (the panel re-indexes that on its snapshot)', async () => {
    const db = await seeded();
    const stored = await db.searchIndex.get(SNAPSHOT_ID);
    const { build } = await writeThenIndex(
      db,
      () => articles.save(db, { ...BULK[0]!, source: 'local' }, 0),
      () => false,
    );
    expect(build).toBeUndefined();
    expect((await db.searchIndex.get(SNAPSHOT_ID))?.savedAt).toBe(stored?.savedAt);
    expect(await db.settings.get(INDEX_BUILD_KEY)).toBeUndefined();
    const opened = await loadSearchIndex(db);
    expect(opened).toMatchObject({ source: 'snapshot', replayed: 1 });
    expect(opened.index.search('problem number 0', { now: 0 })[0]?.id).toBe(BULK[0]!.id);
  });

  it('is waited for by a panel opened during the build, which loses no article added meanwhile', async () => {
    const db = await seeded();
    let built!: () => void;
    const buildRead = new Promise<void>((done) => {
      built = done;
    });
    let release!: () => void;
    const gate = new Promise<void>((done) => {
      release = done;
    });
    const background = writeThenIndex(db, bulkWrite(db), () => true, {
      beforeSave: () => {
        built();
        return gate;
      },
    });
    await buildRead;
    // The build has read every item; an agent saves a new article before it is stored.
    await articles.save(
      db,
      {
        ...ARTICLES[0]!,
        id: 'added-during-build',
        title: 'Zebra crossing closed',
        body: 'The zebra crossing outside the depot is closed.',
        tags: [],
        keywords: [],
      },
      0,
    );

    // A panel opening now finds its snapshot out of date and the build under way: it waits.
    let settled = false;
    const panel = loadSearchIndex(db).then((stored) => {
      settled = true;
      return stored;
    });
    await new Promise((done) => setTimeout(done, 400));
    expect(settled).toBe(false);

    release();
    const { build } = await background;
    const opened = await panel;
    // The background's snapshot, not a build of its own, with the article added during the build re-indexed on it.
    expect(opened.source).toBe('snapshot');
    expect(opened.replayed).toBe(1);
    expect(opened.seq).toBeGreaterThan(build!.seq);
    expect(opened.index.search('zebra crossing', { now: 0 })[0]?.id).toBe('added-during-build');
    expect(opened.index.search('printer problem', { now: 0 }).length).toBeGreaterThan(0);
    expect(opened.index.size).toBe(ARTICLES.length + BULK.length + 1);
  });

  it('is not waited for once abandoned (its worker stopped): the panel builds the index itself', async () => {
    const db = await seeded();
    await db.articles.bulkPut(BULK);
    await db.settings.put({
      key: INDEX_BUILD_KEY,
      value: { startedAt: Date.now() - INDEX_BUILD_STALE_MS - 1_000, token: 'gone' },
    });
    const opened = await freshSearchIndex(db);
    expect(opened.source).toBe('built');
    expect(opened.index.size).toBe(ARTICLES.length + BULK.length);
  });

  it('is not waited for when the worker that began it says it no longer runs it (stopped mid-build)', async () => {
    const db = await seeded();
    await db.articles.bulkPut(BULK);
    await db.settings.put({
      key: INDEX_BUILD_KEY,
      value: { startedAt: Date.now(), token: 'before-the-restart', owner: 'worker' },
    });
    const asked: string[] = [];
    const started = Date.now();
    const opened = await freshSearchIndex(db, async (build) => {
      asked.push(build.token);
      return false;
    });
    expect(asked).toEqual(['before-the-restart']);
    expect(opened.source).toBe('built');
    expect(opened.index.size).toBe(ARTICLES.length + BULK.length);
    // Well before the setting would have been taken as abandoned.
    expect(Date.now() - started).toBeLessThan(INDEX_BUILD_STALE_MS / 3);
  });
});
