// What the panel shows from the database, kept up to date: a first plain read (so a database that cannot
// be opened is said at once; a live query alone would only wait), then Dexie's live query, which reads
// again whenever the tables it read change, in this panel or in any other window.
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

export type LiveRead<T> = { value: T } | { error: unknown } | null;

/** `read` runs again on every change to what it read; null until the first answer. */
export function useLiveRead<T>(read: () => Promise<T>): LiveRead<T> {
  const [state, setState] = useState<LiveRead<T>>(null);
  // The read is fixed for the view's life: it is not a dependency.
  useEffect(() => {
    let stopped = false;
    let subscription: { unsubscribe(): void } | undefined;
    const failed = (error: unknown) => !stopped && setState({ error });
    read()
      .then((value) => {
        if (stopped) return;
        setState({ value });
        subscription = liveQuery(read).subscribe({
          next: (next) => setState({ value: next }),
          error: failed,
        });
      })
      .catch(failed);
    return () => {
      stopped = true;
      subscription?.unsubscribe();
    };
  }, []);
  return state;
}
