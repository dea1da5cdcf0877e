// The IndexedDB layer's rules: a transaction body awaits only the database, a failed body leaves nothing
// behind, writes to the knowledge tables are logged in their own transaction, live queries follow
// writes (from this page and, over the channel, from others), and errors say what happened.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Article, Note } from '../../../src/shared/model';
import { BULK_CHANGE } from '../../../src/storage/change-log';
import { liveQuery } from '../../../src/storage/idb/live';
import { storageError } from '../../../src/storage/idb/requests';
import { freshDatabase } from './helpers';

const article = (id: string, title = id): Article => ({
  id,
  title,
  body: '',
  tags: [],
  keywords: [],
  updatedAt: 1,
  version: 1,
  source: 'local',
});

const note = (id: string, ticketKey = 'desk#1'): Note =>
  ({ id, ticketKey, site: 'desk', url: 'https://desk/1', text: id, stage: 'capture', createdAt: 1 }) as Note;

/** Resolves once `check` holds, polling (live queries answer asynchronously). */
async function until(check: () => boolean, ms = 2_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('transactions', () => {
  it('refuses a request after the body awaited a timer, with an error that says why', async () => {
    const db = freshDatabase();
    const body = db.transaction('rw', [db.notes], async (tx) => {
      await tx.notes.put(note('before'));
      await new Promise((resolve) => setTimeout(resolve, 1));
      await tx.notes.put(note('after'));
    });
    await expect(body).rejects.toMatchObject({ name: 'TransactionEndedError' });
    await expect(body).rejects.toThrow(/awaited work that is not the database/);
    expect(await db.notes.get('after')).toBeUndefined();
  });

  it('refuses a request after the body awaited a message', async () => {
    // In a browser crypto.subtle and Blob reads end it too; in Node they can finish before
    // fake-indexeddb commits, so a message round trip (a task, as sendMessage's answer is) stands for them.
    const db = freshDatabase();
    const { port1, port2 } = new MessageChannel();
    port2.onmessage = (event) => port2.postMessage(event.data);
    const asking = db.transaction('r', [db.notes], async (tx) => {
      await tx.notes.get('x');
      await new Promise((resolve) => {
        port1.onmessage = resolve;
        port1.postMessage('ping');
      });
      return tx.notes.count();
    });
    await expect(asking).rejects.toMatchObject({ name: 'TransactionEndedError' });
    port1.close();
    port2.close();
  });

  it('keeps a body that awaits only the database whole, however many requests in turn', async () => {
    const db = freshDatabase();
    await db.transaction('rw', [db.notes, db.settings], async (tx) => {
      for (let i = 0; i < 20; i++) await tx.notes.put(note(`n${i}`));
      await tx.settings.put({ key: 'k', value: await tx.notes.count() });
    });
    expect(await db.settings.get('k')).toEqual({ key: 'k', value: 20 });
  });

  it('undoes every write when the body throws, the change log with them', async () => {
    const db = freshDatabase();
    const failing = db.transaction('rw', [db.articles, db.notes], async (tx) => {
      await tx.articles.put(article('a'));
      await tx.notes.put(note('n'));
      throw new Error('no');
    });
    await expect(failing).rejects.toThrow('no');
    expect(await db.articles.count()).toBe(0);
    expect(await db.notes.count()).toBe(0);
    expect(await db.kbChanges.count()).toBe(0);
  });

  it('lets a transaction started inside a body join it, and refuses one outside its tables', async () => {
    const db = freshDatabase();
    await db.transaction('rw', [db.notes, db.events], async (tx) => {
      await tx.transaction('rw', [tx.events], (inner) => inner.events.add({ kind: 'search-empty', at: 1 }));
      await expect(tx.transaction('r', [tx.settings], async () => 1)).rejects.toThrow(/inside another/);
    });
    expect(await db.events.count()).toBe(1);
  });
});

describe('the change log', () => {
  it('logs each write to a knowledge table in the same transaction, and nothing for other tables', async () => {
    const db = freshDatabase();
    await db.articles.put(article('a'));
    await db.articles.bulkPut([article('b'), article('c')]);
    await db.articles
      .where('id')
      .equals('b')
      .modify((row) => {
        row.title = 'B';
      });
    await db.articles.delete('c');
    await db.notes.put(note('n'));
    await db.settings.put({ key: 'k', value: 1 });
    const log = await db.kbChanges.toArray();
    expect(log.map((change) => `${change.kind}:${change.id}`)).toEqual([
      'article:a',
      'article:b',
      'article:c',
      'article:b',
      'article:c',
    ]);
    expect(log.map((change) => change.seq)).toEqual([1, 2, 3, 4, 5]);
  });

  it('logs a clear or a write of many as one "everything changed"', async () => {
    const db = freshDatabase();
    await db.snippets.clear();
    await db.articles.bulkPut(Array.from({ length: BULK_CHANGE + 1 }, (_, i) => article(`a${i}`)));
    expect((await db.kbChanges.toArray()).map((change) => change.kind)).toEqual(['all', 'all']);
  });
});

describe('live queries', () => {
  it('read again after a write to a table they read, not after writes elsewhere', async () => {
    const db = freshDatabase();
    const seen: number[] = [];
    let runs = 0;
    const watch = liveQuery(() => {
      runs++;
      return db.notes.where('ticketKey').equals('desk#1').count();
    }).subscribe({ next: (count) => seen.push(count) });
    await until(() => seen.length === 1);
    await db.notes.put(note('one'));
    await until(() => seen.length === 2);
    await db.settings.put({ key: 'unrelated', value: 1 });
    await db.articles.put(article('a'));
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(runs).toBe(2);
    await db.transaction('rw', [db.notes], async (tx) => {
      await tx.notes.put(note('two'));
      await tx.notes.put(note('three', 'desk#2'));
    });
    await until(() => seen.length === 3);
    watch.unsubscribe();
    await db.notes.put(note('four'));
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(seen).toEqual([0, 1, 2]);
  });

  it('tell other pages what was written, and follow what other pages tell', async () => {
    const db = freshDatabase();
    const other = new BroadcastChannel('ownit-idb-changes');
    const heard: unknown[] = [];
    other.onmessage = (event) => heard.push(event.data);
    await db.notes.put(note('mine'));
    await until(() => heard.length > 0);
    expect(heard[0]).toEqual({ tables: [`${db.name}/notes`] });

    let runs = 0;
    const watch = liveQuery(() => {
      runs++;
      return db.notes.count();
    }).subscribe({});
    await until(() => runs === 1);
    // Another page's write arrives as a message only.
    other.postMessage({ tables: [`${db.name}/notes`] });
    await until(() => runs === 2);
    watch.unsubscribe();
    other.close();
  });

  it('pass a failed read to error, and keep following', async () => {
    const db = freshDatabase();
    const errors: unknown[] = [];
    const values: number[] = [];
    let fail = true;
    const watch = liveQuery(async () => {
      const count = await db.notes.count();
      if (fail) throw new Error('cannot read');
      return count;
    }).subscribe({ next: (value) => values.push(value), error: (error) => errors.push(error) });
    await until(() => errors.length === 1);
    fail = false;
    await db.notes.put(note('n'));
    await until(() => values.length === 1);
    expect(values).toEqual([1]);
    watch.unsubscribe();
  });
});

describe('errors', () => {
  it('let go of the database when a newer version opens it, then say it is newer', async () => {
    const db = freshDatabase();
    await db.notes.put(note('n'));
    // A newer Own It in another page: our connection closes so its upgrade is not blocked.
    const newer = await new Promise<IDBDatabase>((done, fail) => {
      const open = indexedDB.open(db.name, db.nativeVersion + 10);
      open.onsuccess = () => done(open.result);
      open.onerror = () => fail(open.error);
      open.onblocked = () => fail(new Error('blocked'));
    });
    newer.close();
    const read = db.notes.get('n');
    await expect(read).rejects.toMatchObject({ name: 'VersionError' });
    await expect(read).rejects.toThrow(
      /^the stored data was written by a newer version of Own It; update the extension \(VersionError: /,
    );
  });

  it('say a full disk in words, keeping the browser error name', () => {
    const error = storageError(new DOMException('Quota exceeded', 'QuotaExceededError'));
    expect(error.name).toBe('QuotaExceededError');
    expect(error.message).toMatch(/storage for Own It is full/);
  });
});
