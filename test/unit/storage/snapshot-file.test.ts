// The search index's file (src/storage/snapshot-file.ts): a whole file of the stored row's save is used
// instead of the row's bytes; a damaged, cut, stale or foreign one is refused with a reason, never a crash,
// and the panel reads the row instead.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { docFromArticle, SearchIndex } from '../../../src/search';
import { snapshotBlob } from '../../../src/search/snapshot-bytes';
import type { Article } from '../../../src/shared/model';
import type { OwnItDatabase } from '../../../src/storage/db';
import { articles } from '../../../src/storage/repositories';
import { fileHead, saveSearchIndex } from '../../../src/storage/search-save';
import {
  attachStoredTexts,
  type EarlyFile,
  loadSearchIndex,
  SNAPSHOT_ID,
  TEXTS_ID,
} from '../../../src/storage/search-store';
import { checkBody, checksum, FILE_HEAD, readHead } from '../../../src/storage/snapshot-file';
import { SUPPORT_KB } from '../search/fixtures';
import { freshDatabase } from './helpers';

const ARTICLES: Article[] = SUPPORT_KB.filter((doc) => doc.kind === 'article').map((doc) => ({
  id: doc.id,
  title: doc.title,
  body: doc.body,
  tags: doc.tags,
  keywords: doc.keywords,
  updatedAt: 1,
  version: 1,
  source: 'local',
}));

/** A file's bytes as saveSearchIndex writes them. */
function fileBytes(seq: number, savedAt: number, items: number, main: Uint8Array) {
  const bytes = new Uint8Array(FILE_HEAD + main.length);
  bytes.set(fileHead(seq, savedAt, items, main), 0);
  bytes.set(main, FILE_HEAD);
  return bytes;
}

/** As public/early-index.js hands the file over: its first 40 bytes, the rest, and its size. */
function earlyFile(bytes: Uint8Array): EarlyFile {
  return { head: bytes.slice(0, FILE_HEAD).buffer, main: bytes.slice(FILE_HEAD).buffer, size: bytes.length };
}

/** Reads a file as the panel does: its header, checked against its size, then the index's bytes. */
function readWhole(bytes: Uint8Array): { ok: true } | { ok: false; reason: string } {
  const { head, main, size } = earlyFile(bytes);
  const read = readHead(head, size);
  if (!read.ok) return read;
  const body = checkBody(main, read.value);
  return body.ok ? { ok: true } : body;
}

async function savedDb(): Promise<OwnItDatabase> {
  const db = freshDatabase();
  await db.articles.bulkPut(ARTICLES);
  const built = await loadSearchIndex(db);
  expect(await saveSearchIndex(db, built.index, built.seq)).toBe(true);
  return db;
}

/** The file of the rows' save, as saveSearchIndex writes it in a browser. */
async function fileOfRows(db: OwnItDatabase) {
  const main = (await db.searchIndex.get(SNAPSHOT_ID))!;
  return fileBytes(
    main.dataVersion,
    main.savedAt,
    main.items,
    new Uint8Array(await main.snapshot.arrayBuffer()),
  );
}

async function early(db: OwnItDatabase, file: Uint8Array | undefined) {
  const row = await db.searchIndex.get(SNAPSHOT_ID);
  return {
    startedAt: 0,
    row: Promise.resolve(row),
    texts: db.searchIndex.get(TEXTS_ID),
    changes: db.kbChanges.where('seq').above(row!.dataVersion).toArray(),
    file: Promise.resolve(file && earlyFile(file)),
  };
}

const ids = (index: SearchIndex, query: string) => index.search(query, { now: 0 }).map((hit) => hit.id);

describe('the search index file', () => {
  it('reads back what was written, and its checksum tells any changed word', () => {
    const main = new Uint8Array([1, 2, 3, 4, 5, 6, 7]);
    const bytes = fileBytes(42, 1700000000123, 3, main);
    expect(readWhole(bytes)).toEqual({ ok: true });
    const head = readHead(bytes.slice(0, FILE_HEAD).buffer, bytes.length);
    expect(head).toEqual({
      ok: true,
      value: { seq: 42, savedAt: 1700000000123, items: 3, length: 7, sum: checksum(main) },
    });
    expect(checksum(new Uint8Array([1, 2, 3, 4, 5, 6, 8]))).not.toBe(checksum(main));
    expect(checksum(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 0]))).not.toBe(checksum(main));
  });

  it('refuses any bytes that are not a whole file, with a reason, never a crash', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const read = readWhole(bytes);
        expect(read.ok).toBe(false);
        if (!read.ok) expect(read.reason.length).toBeGreaterThan(5);
      }),
      { numRuns: 500 },
    );
  });

  it('refuses a file with any byte changed, cut short or lengthened', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 600 }),
        fc.double({ noNaN: true }),
        fc.nat(),
        fc.integer({ min: 1, max: 255 }),
        fc.integer({ min: -40, max: 40 }).filter((n) => n !== 0),
        (main, seq, at, flip, cut) => {
          const bytes = fileBytes(seq, 1, main.length, main);
          expect(readWhole(bytes)).toEqual({ ok: true });
          const changed = bytes.slice();
          changed[at % bytes.length]! ^= flip;
          const damaged = readWhole(changed);
          expect(damaged.ok).toBe(false);
          const resized = new Uint8Array(Math.max(0, bytes.length + cut));
          resized.set(bytes.subarray(0, resized.length));
          const short = readWhole(resized);
          expect(short.ok).toBe(false);
          if (!short.ok) expect(short.reason).toMatch(/header|cut short|too long/);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives the panel the same index as the row when it is of the row’s save', async () => {
    const db = await savedDb();
    const fromRow = await loadSearchIndex(db, await early(db, undefined));
    expect(await fromRow.fileProblem?.()).toBe('no file');
    const fromFile = await loadSearchIndex(db, await early(db, await fileOfRows(db)));
    expect(fromFile).toMatchObject({ source: 'snapshot', replayed: 0 });
    expect(await fromFile.fileProblem?.()).toBeUndefined();
    for (const query of ['refnd', 'refund', 'passwrd reset', 'late delivery']) {
      expect(ids(fromFile.index, query)).toEqual(ids(fromRow.index, query));
    }
    // Its excerpt texts come from their row, after the first answer.
    expect(await attachStoredTexts(fromFile)).toBe(true);
    expect(await attachStoredTexts(fromRow)).toBe(true);
    expect(fromFile.index.search('refund', { now: 0 })).toEqual(fromRow.index.search('refund', { now: 0 }));
  });

  it('is not used when it is of another save, or damaged: the row is read instead', async () => {
    const db = await savedDb();
    // A file left from an older save: its index has an article the rows no longer have.
    const older = SearchIndex.build([
      ...ARTICLES.map(docFromArticle),
      docFromArticle({ ...ARTICLES[0]!, id: 'zebra', title: 'Zebra crossings' }),
    ]).toPacked();
    const { texts: _texts, ...main } = older;
    const oldMain = new Uint8Array(await snapshotBlob(main).arrayBuffer());
    const row = (await db.searchIndex.get(SNAPSHOT_ID))!;
    for (const [file, reason] of [
      [fileBytes(row.dataVersion - 1, row.savedAt, 0, oldMain), 'of another save'],
      [fileBytes(row.dataVersion, row.savedAt - 1, 0, oldMain), 'of another save'],
    ] as const) {
      const loaded = await loadSearchIndex(db, await early(db, file));
      expect(await loaded.fileProblem?.()).toBe(reason);
      expect(ids(loaded.index, 'zebra crossings')).toEqual([]);
      expect(loaded.index.size).toBe(ARTICLES.length);
    }
    const damaged = await fileOfRows(db);
    damaged[FILE_HEAD + 10]! ^= 1;
    const loaded = await loadSearchIndex(db, await early(db, damaged));
    expect(await loaded.fileProblem?.()).toBe('damaged');
    expect(loaded.source).toBe('snapshot');
    expect(ids(loaded.index, 'refund').length).toBeGreaterThan(0);
  });

  it('is of the row’s save but the knowledge base changed since: the change is re-indexed on top', async () => {
    const db = await savedDb();
    const file = await fileOfRows(db);
    const refund = ARTICLES.find((a) => a.id === 'refund-request')!;
    await articles.save(db, { ...refund, title: 'Refund request for zebra gift cards' }, 1);
    const loaded = await loadSearchIndex(db, await early(db, file));
    expect(loaded).toMatchObject({ source: 'snapshot', replayed: 1 });
    expect(await loaded.fileProblem?.()).toBeUndefined();
    expect(loaded.index.search('zebra', { now: 0 })[0]?.title).toBe('Refund request for zebra gift cards');
  });
});
