// The rows of a section the worker syncs (team packs, help centers): the last sync's notice, then one row
// per subscription or connection (keyed by its id) once the database has answered, each told the time (its "synced 5
// minutes ago" line) and whether it is syncing, with its Sync now.
import { type ComponentChildren, Fragment } from 'preact';
import { Notice, type NoticeState } from './Notice';
import { RowList } from './Section';
import { useNow } from './use-now';
import type { useSyncing } from './use-syncing';

/** What every synced row is told. */
export interface RowSync {
  now: number;
  syncing: boolean;
  onSync(): void;
}

interface Props<T> {
  notice: NoticeState | null;
  /** Null until the database has answered. */
  rows: readonly T[] | null;
  /** Shown until then (nothing when left out). */
  loading?: string;
  empty: string;
  label: string;
  syncs: ReturnType<typeof useSyncing>;
  row(item: T, sync: RowSync): ComponentChildren;
}

export function SyncedRows<T extends { id: string }>({
  notice,
  rows,
  loading,
  syncs,
  row,
  ...list
}: Props<T>) {
  const now = useNow();
  const { syncing, sync } = syncs;
  const rowOf = (item: T) => (
    <Fragment key={item.id}>
      {row(item, { now, syncing: syncing.has(item.id), onSync: () => void sync(item.id) })}
    </Fragment>
  );
  return (
    <>
      <Notice notice={notice} onUndoExpired={() => undefined} />
      {rows === null ? (
        loading && <p class="muted">{loading}</p>
      ) : (
        <RowList items={rows} class="rule-list" row={rowOf} {...list} />
      )}
    </>
  );
}
