// Storing the search index for the next panel open: done when the panel is idle, so the panel loads
// this (and the index's packing) after its first paint.
import type { SearchIndex } from '../search';
import { snapshotBlob } from '../search/snapshot-bytes';
import type { OwnItDatabase } from './db';
import { LOG_GRACE_MS, SNAPSHOT_ID, TEXTS_ID } from './search-store';

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
  return db.transaction('rw', [db.searchIndex, db.kbChanges], async (tx) => {
    const versions = await tx.searchIndex.orderBy('dataVersion').keys();
    if (versions.some((version) => Number(version) > seq)) return false;
    const row = { dataVersion: seq, items: index.size, savedAt: now };
    // The texts apart: the panel reads them after its index is in use (search-store.ts).
    await tx.searchIndex.bulkPut([
      { id: SNAPSHOT_ID, ...row, snapshot: blobs.main },
      { id: TEXTS_ID, ...row, snapshot: blobs.texts },
    ]);
    await tx.kbChanges
      .where('seq')
      .belowOrEqual(seq)
      .filter((change) => change.at <= now - LOG_GRACE_MS)
      .delete();
    return true;
  });
}
