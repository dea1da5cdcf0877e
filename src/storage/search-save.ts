// Storing the search index for the next panel open: done when the panel is idle, so the panel loads
// this (and the index's packing) after its first paint.
import type { SearchIndex } from '../search';
import { snapshotBlob } from '../search/snapshot-bytes';
import type { OwnItDatabase } from './db';
import { LOG_GRACE_MS, SNAPSHOT_ID, TEXTS_ID } from './search-store';
import { checksum, FILE_HEAD, MAGIC, SNAPSHOT_FILE } from './snapshot-file';

/**
 * Stores the index as current to `seq` (two rows: the index, and its excerpt texts), unless a snapshot of a later state is already stored (another
 * panel got there first), and prunes the log entries it covers once they are old enough. Returns whether
 * it was stored.
 */
export async function saveSearchIndex(
  db: OwnItDatabase,
  index: SearchIndex,
  seq: number,
  now = Date.now(),
): Promise<boolean> {
  const { texts, ...snapshot } = index.toPacked();
  if (!texts) throw new Error('A packed index comes with its texts.');
  // Each as one block of bytes: read back as one file, not cloned value by value.
  const blobs = { main: snapshotBlob(snapshot), texts: snapshotBlob(texts) };
  const saved = await db.transaction('rw', [db.searchIndex, db.kbChanges], async () => {
    const versions = await db.searchIndex.orderBy('dataVersion').keys();
    if (versions.some((version) => Number(version) > seq)) return false;
    const row = { dataVersion: seq, items: index.size, savedAt: now };
    // The texts apart: the panel reads them after its index is in use (search-store.ts).
    await db.searchIndex.bulkPut([
      { id: SNAPSHOT_ID, ...row, snapshot: blobs.main },
      { id: TEXTS_ID, ...row, snapshot: blobs.texts },
    ]);
    await db.kbChanges
      .where('seq')
      .belowOrEqual(seq)
      .and((change) => change.at <= now - LOG_GRACE_MS)
      .delete();
    return true;
  });
  if (saved) await writeIndexFile(seq, now, index.size, blobs.main);
  return saved;
}

/**
 * Writes the stored index row to the index file (snapshot-file.ts), as when it was saved: after a panel
 * found the file missing, stale or damaged.
 */
export async function rewriteIndexFile(db: OwnItDatabase): Promise<void> {
  const row = await db.searchIndex.get(SNAPSHOT_ID);
  if (row) await writeIndexFile(row.dataVersion, row.savedAt, row.items, row.snapshot);
}

/**
 * The file is written whole or not at all: a writable stream's bytes replace the file only when it is
 * closed (Chrome and Firefox write to a temporary file until then), and a reader checks its length and
 * checksums besides. Where the browser has no such file system, the panel reads the row.
 */
async function writeIndexFile(seq: number, savedAt: number, items: number, main: Blob): Promise<void> {
  if (typeof globalThis.navigator?.storage?.getDirectory !== 'function') return;
  try {
    const head = fileHead(seq, savedAt, items, new Uint8Array(await main.arrayBuffer()));
    const dir = await navigator.storage.getDirectory();
    const writable = await (await dir.getFileHandle(SNAPSHOT_FILE, { create: true })).createWritable();
    await writable.write(new Blob([head, main]));
    await writable.close();
  } catch (error) {
    console.warn('Own It: the search index file could not be written; panels read the database.', error);
  }
}

/** The header (snapshot-file.ts) of a file holding `main`, as saved at `seq` and `savedAt`. */
export function fileHead(
  seq: number,
  savedAt: number,
  items: number,
  main: Uint8Array,
): Uint8Array<ArrayBuffer> {
  const head = new Uint8Array(FILE_HEAD);
  const view = new DataView(head.buffer);
  for (let i = 0; i < MAGIC.length; i++) head[i] = MAGIC.charCodeAt(i);
  view.setFloat64(8, seq, true);
  view.setFloat64(16, savedAt, true);
  view.setUint32(24, items, true);
  view.setUint32(28, main.byteLength, true);
  view.setUint32(32, checksum(main), true);
  view.setUint32(36, checksum(head.subarray(0, 36)), true);
  return head;
}
