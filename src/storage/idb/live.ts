// Live queries: a read that runs again whenever a table it read is written, by this page or by any other
// page of the extension or its service worker. Tables are named `database/store`. A write is told to this
// context's queries when its transaction commits, and to the other contexts over a BroadcastChannel
// (extension pages and the service worker share one origin, in Chrome and in Firefox).

type Listener = (tables: readonly string[]) => void;

const CHANNEL = 'ownit-idb-changes';
const listeners = new Set<Listener>();
/** The tables read by each live query running now (any read made meanwhile counts: a superset is safe). */
const reading = new Set<Set<string>>();
let channel: BroadcastChannel | null | undefined;

function broadcast(): BroadcastChannel | null {
  if (channel !== undefined) return channel;
  channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
  if (channel) {
    channel.onmessage = (event: MessageEvent) => {
      const tables = (event.data as { tables?: unknown })?.tables;
      if (Array.isArray(tables)) tell(tables.filter((table): table is string => typeof table === 'string'));
    };
    // Node (the command line, the tests): an open channel must not keep the process alive.
    (channel as { unref?: () => void }).unref?.();
  }
  return channel;
}

function tell(tables: readonly string[]): void {
  for (const listener of [...listeners]) listener(tables);
}

/** Called by every read. */
export function noteRead(table: string): void {
  for (const tables of reading) tables.add(table);
}

/** Called when a write transaction has committed. */
export function noteWritten(tables: readonly string[]): void {
  if (tables.length === 0) return;
  tell(tables);
  broadcast()?.postMessage({ tables });
}

export interface Subscription {
  unsubscribe(): void;
}

export interface LiveQuery<T> {
  subscribe(observer: { next?: (value: T) => void; error?: (error: unknown) => void }): Subscription;
}

/**
 * `query` now, and again after each committed write to a table it read; the latest answer goes to `next`,
 * a failure to `error` (the query keeps following: the next change runs it again).
 */
export function liveQuery<T>(query: () => Promise<T>): LiveQuery<T> {
  return {
    subscribe(observer) {
      let closed = false;
      let running = false;
      let again = false;
      let read = new Set<string>();
      const run = async () => {
        running = true;
        again = false;
        const tables = new Set<string>();
        reading.add(tables);
        let outcome: { value: T } | { error: unknown };
        try {
          outcome = { value: await query() };
        } catch (error) {
          outcome = { error };
        }
        reading.delete(tables);
        read = tables;
        running = false;
        if (closed) return;
        if (again) return void run();
        if ('value' in outcome) observer.next?.(outcome.value);
        else observer.error?.(outcome.error);
      };
      const listener: Listener = (tables) => {
        if (closed) return;
        if (running) again = true;
        else if (tables.some((table) => read.has(table))) void run();
      };
      listeners.add(listener);
      broadcast();
      void run();
      return {
        unsubscribe() {
          closed = true;
          listeners.delete(listener);
        },
      };
    },
  };
}
