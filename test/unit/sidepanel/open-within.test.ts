import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Openable, openWithin } from '../../../src/sidepanel/open-within';
import { Database } from '../../../src/storage/idb/database';

/** A database whose open answers after `ms` (never when undefined), blocked or not. */
function slowDatabase(ms: number | undefined, blocked = false): Openable {
  return {
    blocked,
    open: () =>
      new Promise((resolve) => (ms === undefined ? undefined : setTimeout(() => resolve('open'), ms))),
  };
}

describe('opening the knowledge database from the panel', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits for an open that is only slow (a busy machine) instead of showing an error it never leaves', async () => {
    const opened = openWithin(slowDatabase(10_000));
    await vi.advanceTimersByTimeAsync(10_000);
    await expect(opened).resolves.toBe('open');
  });

  it('gives up soon, with the reason, on an open another window blocks', async () => {
    const opened = openWithin(slowDatabase(undefined, true));
    const outcome = expect(opened).rejects.toThrow(/another Own It window or an update is holding it/);
    await vi.advanceTimersByTimeAsync(6_000);
    await outcome;
  });

  it('gives up on an open that never answers, after a minute', async () => {
    const opened = openWithin(slowDatabase(undefined));
    let settled = false;
    opened.catch(() => undefined).finally(() => (settled = true));
    await vi.advanceTimersByTimeAsync(30_000);
    expect(settled).toBe(false);
    const outcome = expect(opened).rejects.toThrow(/did not open within 60 s/);
    await vi.advanceTimersByTimeAsync(30_000);
    await outcome;
  });
});

describe('a database open held up by another connection', () => {
  it('says it is blocked while an older connection keeps it from upgrading', async () => {
    // An older window holds version 1 open and does not let go when asked.
    const raw = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open('open-within-blocked', 10);
      request.onupgradeneeded = () => request.result.createObjectStore('items', { keyPath: 'id' });
      request.onsuccess = () => resolve(request.result);
    });
    raw.onversionchange = () => undefined;
    const newer = new Database('open-within-blocked', [{ version: 2, stores: { items: 'id', more: 'id' } }]);
    const opening = newer.open();
    await vi.waitFor(() => expect(newer.blocked).toBe(true));
    raw.close();
    await opening;
    expect(newer.blocked).toBe(false);
  });
});
