// A typed table: the reads and writes Own It makes, each in the transaction of the handle it came from (or,
// outside any, in one of its own). Writes go through `hooks.written`, which the knowledge database uses
// to log changes in the same transaction (src/storage/change-log.ts).
import { noteRead } from './live';
import { ask, type Scope, storeOf, walk } from './requests';

/** What a table needs from its database handle. */
export interface TableHost {
  readonly name: string;
  /** The primary key path of each store. */
  keyPathOf(store: string): string;
  /** Runs `work` in this handle's transaction, or in a new one over `store` (widened for writes as needed). */
  within<R>(store: string, mode: IDBTransactionMode, work: (scope: Scope) => Promise<R>): Promise<R>;
  /** Called after each write, in its transaction; `keys` is 'all' for a clear. */
  written(scope: Scope, store: string, keys: readonly IDBValidKey[] | 'all'): Promise<void>;
}

type Source = IDBObjectStore | IDBIndex;

/** A selection of a table's rows: by an index (or the primary key) and a range or a list of keys. */
export class Collection<T, K extends IDBValidKey> {
  constructor(
    private readonly table: Table<T, K>,
    private readonly index: string,
    private readonly range: IDBKeyRange | null = null,
    private readonly anyOf: readonly IDBValidKey[] | null = null,
    private readonly backwards = false,
    private readonly max = Number.POSITIVE_INFINITY,
    private readonly test: ((row: T) => boolean) | null = null,
  ) {}

  private with(change: { backwards?: boolean; max?: number; test?: (row: T) => boolean }): Collection<T, K> {
    return new Collection(
      this.table,
      this.index,
      this.range,
      this.anyOf,
      change.backwards ?? this.backwards,
      change.max ?? this.max,
      change.test ?? this.test,
    );
  }

  reverse(): Collection<T, K> {
    return this.with({ backwards: !this.backwards });
  }
  limit(max: number): Collection<T, K> {
    return this.with({ max });
  }
  filter(test: (row: T) => boolean): Collection<T, K> {
    const before = this.test;
    return this.with({ test: before ? (row) => before(row) && test(row) : test });
  }

  private source(scope: Scope): Source {
    const store = storeOf(scope, this.table.name);
    return this.index === this.table.keyPath ? store : store.index(this.index);
  }

  /** Visits the rows in order (each key of `anyOf` in turn), up to the limit. */
  private async each(
    scope: Scope,
    visit: (cursor: IDBCursorWithValue) => void,
    keysOnly = false,
  ): Promise<void> {
    const source = this.source(scope);
    const ranges = this.anyOf ? [...new Set(this.anyOf)].map((key) => IDBKeyRange.only(key)) : [this.range];
    const direction = this.backwards ? 'prev' : 'next';
    let seen = 0;
    for (const range of ranges) {
      if (seen >= this.max) return;
      await walk(
        keysOnly && !this.test ? source.openKeyCursor(range, direction) : source.openCursor(range, direction),
        (cursor) => {
          const full = cursor as IDBCursorWithValue;
          if (this.test && !this.test(full.value as T)) return true;
          visit(full);
          return ++seen < this.max;
        },
      );
    }
  }

  private plain(): boolean {
    return !this.anyOf && !this.test && !this.backwards;
  }

  toArray(): Promise<T[]> {
    return this.table.read(async (scope) => {
      const count = Number.isFinite(this.max) ? this.max : undefined;
      if (this.plain()) return ask(this.table.name, () => this.source(scope).getAll(this.range, count));
      const rows: T[] = [];
      await this.each(scope, (cursor) => void rows.push(cursor.value as T));
      return rows;
    });
  }

  count(): Promise<number> {
    return this.table.read(async (scope) => {
      if (this.plain() && !Number.isFinite(this.max)) {
        return ask(this.table.name, () => this.source(scope).count(this.range ?? undefined));
      }
      let counted = 0;
      await this.each(scope, () => void counted++, true);
      return counted;
    });
  }

  /** The primary keys of the rows, in the collection's order. */
  primaryKeys(): Promise<K[]> {
    return this.table.read(async (scope) => {
      const keys: K[] = [];
      await this.each(scope, (cursor) => void keys.push(cursor.primaryKey as K), true);
      return keys;
    });
  }

  /** The index's keys of the rows, in order. */
  keys(): Promise<IDBValidKey[]> {
    return this.table.read(async (scope) => {
      const keys: IDBValidKey[] = [];
      await this.each(scope, (cursor) => void keys.push(cursor.key), true);
      return keys;
    });
  }

  /** The index's last key (its highest), or undefined when there is no row. */
  async lastKey(): Promise<IDBValidKey | undefined> {
    return (await this.reverse().limit(1).keys())[0];
  }

  /** The rows sorted by one of their fields (a dotted path reaches into an object). */
  async sortBy(path: string): Promise<T[]> {
    const value = (row: T) => path.split('.').reduce<unknown>((at, key) => (at as never)?.[key], row);
    const rows = await this.toArray();
    return rows.sort((a, b) => indexedDB.cmp(value(a) ?? -Infinity, value(b) ?? -Infinity));
  }

  /** Changes each row in place; returns how many were written. */
  modify(change: (row: T) => void): Promise<number> {
    return this.table.write(async (scope) => {
      const keys: IDBValidKey[] = [];
      await this.each(scope, (cursor) => {
        const row = cursor.value as T;
        change(row);
        cursor.update(row);
        keys.push(cursor.primaryKey);
      });
      return keys;
    });
  }

  /** Deletes the rows; returns how many. */
  delete(): Promise<number> {
    return this.table.write(async (scope) => {
      const keys: IDBValidKey[] = [];
      await this.each(scope, (cursor) => {
        cursor.delete();
        keys.push(cursor.primaryKey);
      });
      return keys;
    });
  }
}

/** A condition on one index, as `table.where(index)` starts it. */
export class WhereClause<T, K extends IDBValidKey> {
  constructor(
    private readonly table: Table<T, K>,
    private readonly index: string,
  ) {}
  private of(range: IDBKeyRange): Collection<T, K> {
    return new Collection(this.table, this.index, range);
  }
  equals(key: IDBValidKey): Collection<T, K> {
    return this.of(IDBKeyRange.only(key));
  }
  anyOf(...keys: IDBValidKey[]): Collection<T, K> {
    return new Collection(this.table, this.index, null, keys);
  }
  above(key: IDBValidKey): Collection<T, K> {
    return this.of(IDBKeyRange.lowerBound(key, true));
  }
  belowOrEqual(key: IDBValidKey): Collection<T, K> {
    return this.of(IDBKeyRange.upperBound(key));
  }
  /** Keys from `lower` to `upper`, each end in or out as said (Dexie's defaults: the lower in, the upper out). */
  between(lower: IDBValidKey, upper: IDBValidKey, lowerIn = true, upperIn = false): Collection<T, K> {
    return this.of(IDBKeyRange.bound(lower, upper, !lowerIn, !upperIn));
  }
  startsWith(prefix: string): Collection<T, K> {
    return this.of(IDBKeyRange.bound(prefix, `${prefix}\uffff`));
  }
}

export class Table<T, K extends IDBValidKey = string> {
  constructor(
    private readonly host: TableHost,
    readonly name: string,
  ) {}

  get keyPath(): string {
    return this.host.keyPathOf(this.name);
  }

  /** A read in the handle's transaction (or a read-only one of its own), noted for live queries. */
  read<R>(work: (scope: Scope) => Promise<R>): Promise<R> {
    noteRead(`${this.host.name}/${this.name}`);
    return this.host.within(this.name, 'readonly', work);
  }

  /** A write whose changed keys are passed to the database's write hook; returns how many. */
  write(work: (scope: Scope) => Promise<readonly IDBValidKey[] | 'all'>): Promise<number> {
    return this.host.within(this.name, 'readwrite', async (scope) => {
      const keys = await work(scope);
      scope.written.add(this.name);
      await this.host.written(scope, this.name, keys);
      return keys === 'all' ? 0 : keys.length;
    });
  }

  private store(scope: Scope): IDBObjectStore {
    return storeOf(scope, this.name);
  }

  get(key: K): Promise<T | undefined> {
    return this.read((scope) => ask(this.name, () => this.store(scope).get(key)));
  }
  bulkGet(keys: readonly K[]): Promise<(T | undefined)[]> {
    return this.read((scope) =>
      Promise.all(keys.map((key) => ask(this.name, () => this.store(scope).get(key)))),
    );
  }
  toArray(): Promise<T[]> {
    return this.toCollection().toArray();
  }
  count(): Promise<number> {
    return this.toCollection().count();
  }
  toCollection(): Collection<T, K> {
    return new Collection(this, this.keyPath);
  }
  /** The rows ordered by an index; `:id` is the primary key. */
  orderBy(index: string): Collection<T, K> {
    return new Collection(this, index === ':id' ? this.keyPath : index);
  }
  where(index: string): WhereClause<T, K> {
    return new WhereClause(this, index === ':id' ? this.keyPath : index);
  }
  filter(test: (row: T) => boolean): Collection<T, K> {
    return this.toCollection().filter(test);
  }

  private async putAll(rows: readonly T[], adding: boolean): Promise<K[]> {
    let keys: K[] = [];
    await this.write(async (scope) => {
      const store = this.store(scope);
      keys = (await Promise.all(
        rows.map((row) => ask(this.name, () => (adding ? store.add(row) : store.put(row)))),
      )) as K[];
      return keys;
    });
    return keys;
  }
  async put(row: T): Promise<K> {
    return (await this.putAll([row], false))[0] as K;
  }
  async add(row: T): Promise<K> {
    return (await this.putAll([row], true))[0] as K;
  }
  async bulkPut(rows: readonly T[]): Promise<void> {
    if (rows.length > 0) await this.putAll(rows, false);
  }
  async bulkAdd(rows: readonly T[]): Promise<void> {
    if (rows.length > 0) await this.putAll(rows, true);
  }
  /** Changes the fields given of the row with this key; 1 when there was one, 0 otherwise. */
  update(key: K, changes: Partial<T>): Promise<number> {
    return this.where(':id')
      .equals(key)
      .modify((row) => Object.assign(row as object, changes));
  }
  async delete(key: K): Promise<void> {
    await this.bulkDelete([key]);
  }
  async bulkDelete(keys: readonly K[]): Promise<void> {
    if (keys.length === 0) return;
    await this.write(async (scope) => {
      const store = this.store(scope);
      await Promise.all(keys.map((key) => ask(this.name, () => store.delete(key))));
      return keys;
    });
  }
  async clear(): Promise<void> {
    await this.write(async (scope) => {
      await ask(this.name, () => this.store(scope).clear());
      return 'all';
    });
  }
}
