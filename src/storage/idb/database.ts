// A small IndexedDB database: versions with upgrades, typed tables, transactions and a write hook.
//
// Versions: each has a schema in Dexie's notation (`'++id, kind, *tags, commitment.dueAt'`: the first
// entry is the primary key, `++` auto-increments, `*` indexes each element of an array, dots reach into
// objects) and maybe an upgrade. Version N opens IndexedDB as version N x 10, as Dexie did, so a database
// Dexie wrote opens unchanged. A new database is made at the latest schema at once, without upgrades.
//
// Transactions: `transaction(mode, tables, body)` passes `body` a handle of the same type whose tables
// read and write in that transaction. IndexedDB commits a transaction as soon as control returns to the
// event loop with no request pending, so a body must await only database requests: any other awaited work
// (fetch, crypto, Blob reads, timers, messages) ends the transaction, and the next request fails with a
// TransactionEndedError. A transaction started inside a body joins it (its tables must be in its scope).
import { noteWritten } from './live';
import { type Scope, settled, storageError } from './requests';
import { Table, type TableHost } from './table';

export interface Version {
  version: number;
  stores: Readonly<Record<string, string>>;
  /** Runs in the upgrade transaction, after the version's stores exist. */
  upgrade?: (tx: IDBTransaction) => void;
}

interface StoreSpec {
  keyPath: string;
  autoIncrement: boolean;
  indexes: { name: string; keyPath: string; multiEntry: boolean }[];
}

/** Dexie's notation read as stores and indexes. */
export function parseSchema(schema: string): StoreSpec {
  const [primary = '', ...rest] = schema.split(',').map((part) => part.trim());
  return {
    keyPath: primary.replace(/^\+\+/, ''),
    autoIncrement: primary.startsWith('++'),
    indexes: rest
      .filter((part) => part !== '')
      .map((part) => ({
        name: part.replace(/^\*/, ''),
        keyPath: part.replace(/^\*/, ''),
        multiEntry: part.startsWith('*'),
      })),
  };
}

/** Calls `act`, ignoring that the transaction had already finished or started committing. */
function settle(act: () => void): void {
  try {
    act();
  } catch {
    // InvalidStateError: nothing left to do.
  }
}

export type TableRef = { readonly name: string };

export class Database implements TableHost {
  private connection: Promise<IDBDatabase> | undefined;
  private readonly keyPaths = new Map<string, string>();
  /** Set on a transaction's handle. */
  private scope: Scope | undefined;
  private tables = new Map<string, Table<unknown, IDBValidKey>>();

  constructor(
    readonly name: string,
    private readonly versions: readonly Version[],
  ) {
    const latest = versions.at(-1)?.stores ?? {};
    for (const [store, schema] of Object.entries(latest)) {
      this.keyPaths.set(store, parseSchema(schema).keyPath);
      Object.defineProperty(this, store, {
        get(this: Database) {
          return this.table(store);
        },
      });
    }
  }

  /** The version IndexedDB sees (Dexie's numbering: ten times ours). */
  get nativeVersion(): number {
    return (this.versions.at(-1)?.version ?? 1) * 10;
  }

  keyPathOf(store: string): string {
    const keyPath = this.keyPaths.get(store);
    if (keyPath === undefined) throw new Error(`the database ${this.name} has no table "${store}"`);
    return keyPath;
  }

  table<T, K extends IDBValidKey = string>(store: string): Table<T, K> {
    let table = this.tables.get(store);
    if (!table) {
      this.keyPathOf(store);
      table = new Table(this, store);
      this.tables.set(store, table);
    }
    return table as unknown as Table<T, K>;
  }

  /** Opens the database (every read and write does so when needed), upgrading it when it is older. */
  async open(): Promise<this> {
    await this.connect();
    return this;
  }

  private connect(): Promise<IDBDatabase> {
    this.connection ??= this.request().catch((error) => {
      this.connection = undefined;
      throw error;
    });
    return this.connection;
  }

  /** Whether the last open waits for another connection to close (an upgrade held up by an older window). */
  get blocked(): boolean {
    return this.openBlocked;
  }

  private openBlocked = false;

  private request(): Promise<IDBDatabase> {
    this.openBlocked = false;
    const open = indexedDB.open(this.name, this.nativeVersion);
    open.onblocked = () => {
      this.openBlocked = true;
    };
    open.onupgradeneeded = (event) => this.upgrade(open.result, open.transaction!, event.oldVersion);
    return settled(open).then((db) => {
      this.openBlocked = false;
      // Another page (a newer Own It) upgrades: let go, and open again on the next request.
      db.onversionchange = () => this.close();
      db.onclose = () => {
        this.connection = undefined;
      };
      return db;
    });
  }

  private upgrade(db: IDBDatabase, tx: IDBTransaction, oldVersion: number): void {
    const fresh = oldVersion === 0;
    const steps = fresh ? this.versions.slice(-1) : this.versions.filter((v) => v.version * 10 > oldVersion);
    for (const step of steps) {
      for (const [name, schema] of Object.entries(step.stores)) {
        const spec = parseSchema(schema);
        const store = db.objectStoreNames.contains(name)
          ? tx.objectStore(name)
          : db.createObjectStore(name, { keyPath: spec.keyPath, autoIncrement: spec.autoIncrement });
        for (const index of spec.indexes) {
          if (!store.indexNames.contains(index.name)) {
            store.createIndex(index.name, index.keyPath, { multiEntry: index.multiEntry });
          }
        }
      }
      if (!fresh) step.upgrade?.(tx);
    }
  }

  close(): void {
    const connection = this.connection;
    this.connection = undefined;
    connection?.then((db) => db.close()).catch(() => undefined);
  }

  /** Closes and deletes the whole database. */
  async delete(): Promise<void> {
    this.close();
    await settled(indexedDB.deleteDatabase(this.name));
  }

  /** Stores a write to `stores` must also reach (the change log, for the knowledge database). */
  protected widen(stores: readonly string[]): readonly string[] {
    return stores;
  }

  /** Called after each write in its transaction (the change log's hook). */
  async written(_scope: Scope, _store: string, _keys: readonly IDBValidKey[] | 'all'): Promise<void> {}

  /** Runs `body` in one transaction over `tables`; it commits when `body` ends, and is undone if it throws. */
  async transaction<R>(
    mode: 'r' | 'rw',
    tables: readonly TableRef[],
    body: (tx: this) => Promise<R>,
  ): Promise<R> {
    const names = tables.map((table) => table.name);
    const native = mode === 'rw' ? 'readwrite' : 'readonly';
    if (this.scope) {
      const outer = this.scope;
      const missing = names.filter((name) => !outer.stores.includes(name));
      if (missing.length > 0 || (native === 'readwrite' && outer.mode === 'readonly')) {
        throw new Error(
          `a transaction inside another must use its tables and mode (not ${missing.join(', ') || mode})`,
        );
      }
      return body(this);
    }
    return this.run(names, native, (handle) => body(handle as this));
  }

  within<R>(store: string, mode: IDBTransactionMode, work: (scope: Scope) => Promise<R>): Promise<R> {
    if (this.scope) return work(this.scope);
    return this.run([store], mode, (handle) => work(handle.scope!));
  }

  private async run<R>(
    names: readonly string[],
    mode: IDBTransactionMode,
    body: (handle: Database) => Promise<R>,
  ) {
    const stores = [...new Set(mode === 'readwrite' ? this.widen(names) : names)];
    let tx: IDBTransaction;
    try {
      tx = (await this.connect()).transaction(stores, mode);
    } catch (error) {
      // A connection closing (a newer version opened elsewhere) is opened again, once.
      if (!(error instanceof DOMException && error.name === 'InvalidStateError')) throw storageError(error);
      this.connection = undefined;
      try {
        tx = (await this.connect()).transaction(stores, mode);
      } catch (again) {
        throw storageError(again);
      }
    }
    const scope: Scope = { tx, stores, mode, written: new Set(), finished: false };
    const ended = new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => {
        scope.finished = true;
        resolve();
      };
      tx.onabort = () => {
        scope.finished = true;
        reject(storageError(tx.error ?? new Error('the transaction was aborted')));
      };
    });
    const handle: Database = Object.create(this);
    handle.scope = scope;
    handle.tables = new Map();
    let result: R;
    try {
      result = await body(handle);
    } catch (error) {
      settle(() => tx.abort());
      await ended.catch(() => undefined);
      throw error;
    }
    // Sooner than waiting for the last request (the transaction may be committing already).
    settle(() => tx.commit?.());
    await ended;
    noteWritten([...scope.written].map((store) => `${this.name}/${store}`));
    return result;
  }
}
