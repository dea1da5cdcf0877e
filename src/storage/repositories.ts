// Typed operations on the database. Each takes the database so tests can pass their own.

import type {
  Article,
  EmpowermentRule,
  EventKind,
  Note,
  Playbook,
  Snippet,
  UsageEvent,
} from '../shared/model';
import type { OwnItDatabase } from './db';
import type { Table } from './idb/table';

export class ConflictError extends Error {
  constructor(
    readonly itemId: string,
    readonly storedVersion: number,
  ) {
    super(`"${itemId}" was changed elsewhere (now version ${storedVersion}); reload it before saving.`);
    this.name = 'ConflictError';
  }
}

/** A save of an edit whose item another window deleted meanwhile: saving would silently bring it back. */
export class DeletedError extends ConflictError {
  constructor(itemId: string) {
    super(itemId, 0);
    this.message = `"${itemId}" was deleted in another window after you opened it; nothing was saved.`;
    this.name = 'DeletedError';
  }
}

/** The check every versioned save makes: same version as when the edit started, and still there. */
function checkBase(id: string, stored: { version: number } | undefined, baseVersion: number): void {
  if (stored && stored.version !== baseVersion) throw new ConflictError(id, stored.version);
  if (!stored && baseVersion > 0) throw new DeletedError(id);
}

/** A table of items that are versioned (checked on save) and marked `editedLocally` when not the agent's own. */
interface Versioned {
  id: string;
  version: number;
  updatedAt: number;
  source: string;
  editedLocally?: boolean;
}

/**
 * The reads and writes the articles, rules, playbooks and snippets share: `save` an edit made from
 * `baseVersion` (0 for a new item), refused when someone saved or added the same id in between or deleted
 * it since (a base above 0 of an item that is gone); an edit of a starter or team-pack item is marked
 * `editedLocally` so upgrades and syncs keep it. `restore` puts a just-deleted item back as it was (undo)
 * and refuses when its id was taken again meanwhile.
 */
function versioned<T extends Versioned>(name: 'articles' | 'rules' | 'playbooks' | 'snippets') {
  const table = (db: OwnItDatabase) => db[name] as unknown as Table<T, string>;
  return {
    all: (db: OwnItDatabase) => table(db).toArray(),
    get: (db: OwnItDatabase, id: string) => table(db).get(id),
    remove: (db: OwnItDatabase, id: string) => table(db).delete(id),

    async save(db: OwnItDatabase, item: T, baseVersion: number, now = Date.now()): Promise<T> {
      return db.transaction('rw', [table(db)], async (tx) => {
        const rows = table(tx);
        const stored = await rows.get(item.id);
        checkBase(item.id, stored, baseVersion);
        const next: T = {
          ...item,
          version: (stored?.version ?? 0) + 1,
          updatedAt: now,
          editedLocally: item.source !== 'local' ? true : item.editedLocally,
        };
        await rows.put(next);
        return next;
      });
    },

    async restore(db: OwnItDatabase, item: T): Promise<void> {
      await db.transaction('rw', [table(db)], async (tx) => {
        const rows = table(tx);
        const stored = await rows.get(item.id);
        if (stored) throw new ConflictError(item.id, stored.version);
        await rows.put(item);
      });
    },
  };
}

/** Changes the row with this id in place (nothing when there is none). */
export function modifyRow<T>(table: Table<T, string>, id: string, change: (row: T) => void) {
  return table.where('id').equals(id).modify(change);
}

export const articles = {
  ...versioned<Article>('articles'),
  count: (db: OwnItDatabase) => db.articles.count(),

  /** Deletes several articles in one transaction and returns them as they were, for Undo. */
  async removeMany(db: OwnItDatabase, ids: readonly string[]): Promise<Article[]> {
    return db.transaction('rw', [db.articles], async (tx) => {
      const found = (await tx.articles.bulkGet([...ids])).filter((a): a is Article => a !== undefined);
      await tx.articles.bulkDelete(found.map((a) => a.id));
      return found;
    });
  },

  /**
   * Puts just-deleted articles back as they were (undo). An id taken again meanwhile is left as it is
   * now; the ones that could not come back are returned.
   */
  async restore(db: OwnItDatabase, items: readonly Article[]): Promise<Article[]> {
    return db.transaction('rw', [db.articles], async (tx) => {
      const stored = await tx.articles.bulkGet(items.map((a) => a.id));
      const free = items.filter((_, i) => stored[i] === undefined);
      await tx.articles.bulkPut(free);
      return items.filter((_, i) => stored[i] !== undefined);
    });
  },

  async markUsed(db: OwnItDatabase, id: string): Promise<void> {
    await modifyRow(db.articles, id, (a) => {
      a.usage = (a.usage ?? 0) + 1;
    });
  },
};

export const rules = /* @__PURE__ */ versioned<EmpowermentRule>('rules');
export const playbooks = /* @__PURE__ */ versioned<Playbook>('playbooks');
export const snippets = /* @__PURE__ */ versioned<Snippet>('snippets');

export const notes = {
  async add(db: OwnItDatabase, note: Note): Promise<void> {
    await db.notes.add(note);
  },
  recent: (db: OwnItDatabase, limit = 50) => db.notes.orderBy('createdAt').reverse().limit(limit).toArray(),
  forTicket: (db: OwnItDatabase, ticketKey: string) =>
    db.notes.where('ticketKey').equals(ticketKey).sortBy('createdAt'),
};

export const commitments = {
  /** Notes with an open commitment, soonest due first. */
  async open(db: OwnItDatabase): Promise<Note[]> {
    const rows = await db.notes.where('commitment.status').equals('open').toArray();
    return rows.sort((a, b) => (a.commitment?.dueAt ?? 0) - (b.commitment?.dueAt ?? 0));
  },

  /**
   * Marks the promise kept and records it as kept on time or late (`commitment-kept` /
   * `commitment-missed`) in one transaction: both are written or neither. A promise that is not open
   * (already done from the notification, say) changes nothing and records nothing. Returns whether it
   * was kept on time.
   */
  async done(db: OwnItDatabase, noteId: string, now = Date.now()): Promise<boolean> {
    return db.transaction('rw', [db.notes, db.events], async (tx) => {
      let closed = false;
      let onTime = false;
      await modifyRow(tx.notes, noteId, (note) => {
        const promise = note.commitment;
        if (promise?.status !== 'open') return;
        closed = true;
        onTime = now <= promise.dueAt;
        promise.status = 'done';
        promise.doneAt = now;
        delete promise.snoozedUntil;
      });
      if (closed) await events.record(tx, onTime ? 'commitment-kept' : 'commitment-missed', noteId, now);
      return onTime;
    });
  },

  async snooze(db: OwnItDatabase, noteId: string, until: number): Promise<void> {
    await modifyRow(db.notes, noteId, (note) => {
      if (note.commitment?.status === 'open') note.commitment.snoozedUntil = until;
    });
  },

  async reschedule(db: OwnItDatabase, noteId: string, dueAt: number): Promise<void> {
    await modifyRow(db.notes, noteId, (note) => {
      if (note.commitment?.status !== 'open') return;
      note.commitment.dueAt = dueAt;
      delete note.commitment.snoozedUntil;
    });
  },
};

export const settings = {
  async get<T>(db: OwnItDatabase, key: string, fallback: T): Promise<T> {
    const row = await db.settings.get(key);
    return row === undefined ? fallback : (row.value as T);
  },
  async set(db: OwnItDatabase, key: string, value: unknown): Promise<void> {
    await db.settings.put({ key, value });
  },
};

/** Local usage facts are capped so the database never grows without bound. */
export const EVENT_CAP = 5_000;

export const events = {
  async record(db: OwnItDatabase, kind: EventKind, subject?: string, now = Date.now()): Promise<void> {
    const event: UsageEvent = { kind, at: now };
    if (subject !== undefined) event.subject = subject.slice(0, 200);
    await db.transaction('rw', [db.events], async (tx) => {
      await tx.events.add(event);
      const total = await tx.events.count();
      if (total > EVENT_CAP) {
        const oldest = await tx.events
          .orderBy('id')
          .limit(total - EVENT_CAP)
          .primaryKeys();
        await tx.events.bulkDelete(oldest);
      }
    });
  },
  ofKind: (db: OwnItDatabase, kind: EventKind) => db.events.where('kind').equals(kind).toArray(),
};
