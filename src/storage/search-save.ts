// Storing the search index for the next panel open: done when the panel is idle, so the panel loads
// this (and the index's packing) after its first paint.
import type { SearchIndex } from '../search';
import type { OwnItDatabase } from './db';
import { LOG_GRACE_MS, SNAPSHOT_ID } from './search-store';

/**
 * Stores the index as current to `seq`, unless a snapshot of a later state is already stored (another
 * panel got there first), and prunes the log entries it covers once they are old enough. Returns whether
 * it was stored.
 */
export async function saveSearchIndex(
  db: OwnItDatabase,
  index: SearchIndex,
  seq: number,
  now = Date.now(),
): Promise<boolean> {
  const snapshot = index.toPacked();
  return db.transaction('rw', [db.searchIndex, db.kbChanges], async () => {
    const versions = await db.searchIndex.orderBy('dataVersion').keys();
    if (versions.some((version) => Number(version) > seq)) return false;
    await db.searchIndex.put({
      id: SNAPSHOT_ID,
      dataVersion: seq,
      items: index.size,
      savedAt: now,
      snapshot,
    });
    await db.kbChanges
      .where('seq')
      .belowOrEqual(seq)
      .and((change) => change.at <= now - LOG_GRACE_MS)
      .delete();
    return true;
  });
}
