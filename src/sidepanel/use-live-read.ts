// What the panel shows from the database, kept up to date: a first plain read (so a database that cannot
// be opened is said at once; a live query alone would only wait), then a live query (src/storage/idb/live.ts),
// which reads again whenever the tables it read change, in this panel or in any other window.

import { useEffect, useState } from 'preact/hooks';
import { liveQuery } from '../storage/idb/live';

export type LiveRead<T> = { value: T } | { error: unknown } | null;

/**
 * `read` runs again on every change to what it read, and from the start when one of `deps` changes (it
 * is otherwise fixed for the view's life); null until the first answer.
 */
export function useLiveRead<T>(read: () => Promise<T>, deps: readonly unknown[] = []): LiveRead<T> {
  const [state, setState] = useState<LiveRead<T>>(null);
  useEffect(() => {
    let stopped = false;
    let subscription: { unsubscribe(): void } | undefined;
    const failed = (error: unknown) => !stopped && setState({ error });
    setState(null);
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
  }, deps);
  return state;
}

/** The value `read` gives, followed live; `fallback` until it answers, or when it fails. */
export function useLiveValue<T>(read: () => Promise<T>, fallback: T, deps: readonly unknown[] = []): T {
  const state = useLiveRead(read, deps);
  return state && 'value' in state ? state.value : fallback;
}

/**
 * `useLiveValue` with a local value for what the agent just did (a tick, a switch), shown at once and
 * until the database's next answer, which then wins (the agent's write, or another window's).
 */
export function useLiveState<T>(
  read: () => Promise<T>,
  fallback: T,
  deps: readonly unknown[] = [],
): [T, (value: T) => void] {
  const state = useLiveRead(read, deps);
  const [local, setLocal] = useState<{ value: T; over: LiveRead<T> } | null>(null);
  const stored = state && 'value' in state ? state.value : fallback;
  const value = local && local.over === state ? local.value : stored;
  return [value, (next: T) => setLocal({ value: next, over: state })];
}
