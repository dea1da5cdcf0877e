// Storing the search index for the next panel open: done when the panel is idle, so the panel loads
// this (and the index's packing) after its first paint.
import type { SearchIndex } from '../search';
import { snapshotBlob } from '../search/snapshot-bytes';
import type { OwnItDatabase } from './db';
import {
  buildSearchIndex,
  INDEX_BUILD_KEY,
  type IndexBuild,
  LOG_GRACE_MS,
  SNAPSHOT_ID,
  TEXTS_ID,
} from './search-store';

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

/** The tokens of the builds under way in this context (the service worker answers panels with them). */
const running = new Set<string>();

export function buildsRunningHere(): string[] {
  return [...running];
}

export interface BackgroundBuild {
  /** Whether a snapshot was stored (false: nothing changed, or a later snapshot was there already). */
  stored: boolean;
  /** Items indexed, and the last change of the log the snapshot reflects. */
  items: number;
  seq: number;
  /** Reading every item and indexing them, then packing and storing the snapshot. */
  buildMs: number;
  saveMs: number;
}

/**
 * Runs a bulk write (a pack sync, an import) and then builds and stores the search index where the
 * write ran, with the same builder and the same packed form as the panel, so that no panel opened after
 * it builds the index itself. While it runs, a setting says a build is under way: a panel that finds its
 * snapshot out of date waits for this one instead of building its own beside it (search-store.ts,
 * `waitForIndexBuild`). The index is built only when `changed` says the write changed items. Changes
 * written during the build come after the snapshot's place in the log, so a panel re-indexes them on
 * top of it as usual.
 */
export async function writeThenIndex<T>(
  db: OwnItDatabase,
  write: () => Promise<T>,
  changed: (result: T) => boolean,
  options: {
    now?: () => number;
    /** Runs between the build and its storing (tests: a change made while the index is built). */
    beforeSave?: () => Promise<void>;
    /**
     * 'worker': the build runs in the service worker (or Firefox's background page), which a waiting
     * panel can ask whether it still runs it (a worker stopped mid-build leaves the setting behind).
     */
    owner?: 'worker';
  } = {},
): Promise<{ result: T; build?: BackgroundBuild }> {
  const now = options.now ?? Date.now;
  const build: IndexBuild = {
    startedAt: now(),
    token: Math.random().toString(36).slice(2),
    ...(options.owner ? { owner: options.owner } : {}),
  };
  running.add(build.token);
  // Said before the write commits: a panel opened as it does must not start its own build.
  await db.settings.put({ key: INDEX_BUILD_KEY, value: build });
  try {
    const result = await write();
    if (!changed(result)) return { result };
    try {
      const start = performance.now();
      const built = await buildSearchIndex(db);
      await options.beforeSave?.();
      const saveStart = performance.now();
      const stored = await saveSearchIndex(db, built.index, built.seq, now());
      performance.measure('ownit:index-store', { start: saveStart, detail: { stored } });
      return {
        result,
        build: {
          stored,
          items: built.index.size,
          seq: built.seq,
          buildMs: saveStart - start,
          saveMs: performance.now() - saveStart,
        },
      };
    } catch (error) {
      // The write stands: a panel builds the index itself, as before.
      console.warn('Own It: the search index could not be built after the write', error);
      return { result };
    }
  } finally {
    running.delete(build.token);
    await endIndexBuild(db, build.token).catch(() => undefined);
  }
}

/** Clears the build's setting unless another build has said it is under way since. */
async function endIndexBuild(db: OwnItDatabase, token: string): Promise<void> {
  await db.transaction('rw', [db.settings], async (tx) => {
    const row = await tx.settings.get(INDEX_BUILD_KEY);
    if ((row?.value as IndexBuild | undefined)?.token === token) await tx.settings.delete(INDEX_BUILD_KEY);
  });
}
