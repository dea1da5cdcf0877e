// What the page shows from the database, kept current while it is open: a save in another window (or by
// the worker) shows up here too.

import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { OwnItDatabase } from '../storage/db';
import { liveQuery } from '../storage/idb/live';

/**
 * What `query` reads, read again whenever what it read changes; null until the first answer. `failed`
 * gives what to show when it cannot be read. The query is made again when `deps` change.
 */
export function useLiveQuery<T>(
  query: () => Promise<T>,
  deps: readonly unknown[],
  failed: (error: unknown) => T,
): T | null {
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    const watch = liveQuery(query).subscribe({ next: setValue, error: (error) => setValue(failed(error)) });
    return () => watch.unsubscribe();
  }, deps);
  return value;
}

export type LiveState<T> =
  | { status: 'loading' }
  | { status: 'ready'; items: T[] }
  | { status: 'error'; message: string };

/** The message when a table cannot be read, by what the table holds; whole sentences so word order can change. */
const READ_FAILED: Record<string, string> = {
  articles: 'optionsReadArticlesFailed',
  playbooks: 'optionsReadPlaybooksFailed',
  rules: 'optionsReadRulesFailed',
};

function readFailed(what: string, error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error);
  const key = READ_FAILED[what];
  return key ? t(key, reason) : t('optionsReadFailed', what, reason);
}

/** A table's rows for a list section. `read` must not change between renders (pass a module-level function). */
export function useLive<T>(
  db: OwnItDatabase,
  read: (db: OwnItDatabase) => Promise<T[]>,
  what: string,
): LiveState<T> {
  const state = useLiveQuery<LiveState<T>>(
    async () => ({ status: 'ready', items: await read(db) }),
    [db, read, what],
    (error) => ({ status: 'error', message: readFailed(what, error) }),
  );
  return state ?? { status: 'loading' };
}
