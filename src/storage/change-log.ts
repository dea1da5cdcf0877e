// The knowledge base's change log: every write to articles, playbooks or snippets, whoever makes it (the panel, the
// worker's seeding and pack sync, imports, the options page), adds a row to `kbChanges` in the same
// transaction. The stored search index records the last change it reflects, so an index can be brought
// up to date by re-indexing just the items changed since, instead of being rebuilt.
import type { Scope } from './idb/requests';

export const CHANGES_TABLE = 'kbChanges';

/** The logged tables and the kind of item each holds. */
const LOGGED = new Map<string, KbItemKind>([
  ['articles', 'article'],
  ['playbooks', 'playbook'],
  ['snippets', 'snippet'],
  // Keyed by article id: learning a phrasing changes what the article is found by.
  ['learned', 'article'],
]);

/** The kinds of item the search index holds. */
export type KbItemKind = 'article' | 'playbook' | 'snippet';

/** A write touching more items than this (an import, a pack) is logged as one "everything changed". */
export const BULK_CHANGE = 200;

export interface KbChange {
  /** Increasing with every change; the log's key. */
  seq?: number;
  /** `all`: too much changed to list (or something unknown did): the index must be rebuilt. */
  kind: KbItemKind | 'all';
  id?: string;
  at: number;
}

/** The log rows for a write of `keys` to a table of `kind` ('all' for a clear, or too many to list). */
export function changesOf(kind: KbItemKind, keys: readonly unknown[] | 'all', now = Date.now()): KbChange[] {
  if (keys === 'all' || keys.length > BULK_CHANGE) return [{ kind: 'all', at: now }];
  const ids = new Set(keys.filter((key): key is string => typeof key === 'string'));
  return [...ids].map((id) => ({ kind, id, at: now }));
}

/** Read-write transactions over a logged table also take the log in. */
export function withChangeLog(stores: readonly string[]): readonly string[] {
  return stores.some((store) => LOGGED.has(store)) && !stores.includes(CHANGES_TABLE)
    ? [...stores, CHANGES_TABLE]
    : stores;
}

/**
 * Appends the changed ids after a write to a logged table, in the write's transaction: a write that
 * fails logs nothing (its transaction aborts).
 */
export async function logChanges(
  scope: Scope,
  store: string,
  keys: readonly unknown[] | 'all',
): Promise<void> {
  const kind = LOGGED.get(store);
  if (!kind) return;
  const log = scope.tx.objectStore(CHANGES_TABLE);
  const rows = changesOf(kind, keys);
  await Promise.all(
    rows.map(
      (row) =>
        new Promise<void>((resolve, reject) => {
          const request = log.add(row);
          request.onsuccess = () => resolve();
          request.onerror = () => reject(request.error);
        }),
    ),
  );
  if (rows.length > 0) scope.written.add(CHANGES_TABLE);
}
