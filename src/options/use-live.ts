// A table's rows kept current while the page is open: a save in another window shows up here too.
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import type { OwnItDatabase } from '../storage/db';

export type LiveState<T> =
  | { status: 'loading' }
  | { status: 'ready'; items: T[] }
  | { status: 'error'; message: string };

/** `read` must not change between renders (pass a module-level function). */
export function useLive<T>(db: OwnItDatabase, read: (db: OwnItDatabase) => Promise<T[]>, what: string) {
  const [state, setState] = useState<LiveState<T>>({ status: 'loading' });
  useEffect(() => {
    const subscription = liveQuery(() => read(db)).subscribe({
      next: (items) => setState({ status: 'ready', items }),
      error: (error: unknown) =>
        setState({
          status: 'error',
          message: `Own It could not read its ${what} (${error instanceof Error ? error.message : String(error)}). Reload this page; if it persists, restart the browser.`,
        }),
    });
    return () => subscription.unsubscribe();
  }, [db, read, what]);
  return state;
}
