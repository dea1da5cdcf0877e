// IndexedDB requests as promises, and the errors the layer gives: each says what happened in words an agent
// (or the developer reading the console) can act on, and keeps the browser's error name.

/** A transaction's state as the layer sees it. */
export interface Scope {
  readonly tx: IDBTransaction;
  readonly stores: readonly string[];
  readonly mode: IDBTransactionMode;
  /** Stores written so far, told to live queries once the transaction commits. */
  readonly written: Set<string>;
  finished: boolean;
}

const MESSAGES: Record<string, string> = {
  QuotaExceededError: "the browser's storage for Own It is full; free some space or delete old items",
  VersionError: 'the stored data was written by a newer version of Own It; update the extension',
  InvalidStateError: 'the database connection was closed (another Own It window is updating it); try again',
  UnknownError: 'the browser could not read its storage',
};

/** The browser's error with a sentence in front; `name` stays the browser's (`QuotaExceededError` ...). */
export function storageError(error: unknown): Error {
  // Only the browser's own errors are explained (ours, already explained, pass as they are).
  if (!(error instanceof DOMException)) return error instanceof Error ? error : new Error(String(error));
  const said = MESSAGES[error.name];
  if (!said) return error;
  const wrapped = new Error(`${said} (${error.name}: ${error.message})`, { cause: error });
  wrapped.name = error.name;
  return wrapped;
}

/** Thrown when a transaction body asks for something after its transaction ended. */
export class TransactionEndedError extends Error {
  constructor(store: string) {
    super(
      `a database request on "${store}" came after its transaction had ended: the transaction body ` +
        'awaited work that is not the database (a fetch, crypto, a Blob read, a timer or a message); ' +
        'do that work before or after the transaction',
    );
    this.name = 'TransactionEndedError';
  }
}

/** The object store of `scope`, or a clear error when its transaction is over. */
export function storeOf(scope: Scope, name: string): IDBObjectStore {
  if (scope.finished) throw new TransactionEndedError(name);
  if (!scope.stores.includes(name)) {
    throw new Error(`"${name}" is not in this transaction's tables (${scope.stores.join(', ')})`);
  }
  try {
    return scope.tx.objectStore(name);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'InvalidStateError')
      throw new TransactionEndedError(name);
    throw storageError(error);
  }
}

/** Makes a request, turning an inactive transaction into the layer's clear error. */
export function ask<T>(store: string, make: () => IDBRequest<T>): Promise<T> {
  let request: IDBRequest<T>;
  try {
    request = make();
  } catch (error) {
    if (error instanceof DOMException && error.name === 'TransactionInactiveError') {
      throw new TransactionEndedError(store);
    }
    throw storageError(error);
  }
  return settled(request);
}

export function settled<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(storageError(request.error));
  });
}

/** Walks a cursor, calling `step` on each; `step` returns false to stop. */
export function walk(
  request: IDBRequest<IDBCursor | null> | IDBRequest<IDBCursorWithValue | null>,
  step: (cursor: IDBCursor) => boolean | undefined,
): Promise<void> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor || step(cursor) === false) resolve();
      else cursor.continue();
    };
    request.onerror = () => reject(storageError(request.error));
  });
}
