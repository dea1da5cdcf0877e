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

export const articles = {
  all: (db: OwnItDatabase) => db.articles.toArray(),
  get: (db: OwnItDatabase, id: string) => db.articles.get(id),
  count: (db: OwnItDatabase) => db.articles.count(),

  /**
   * Saves an edit made from `baseVersion` (0 for a new article); refuses when someone saved in between,
   * or deleted it since (a base above 0 of an item that is gone).
   */
  async save(db: OwnItDatabase, article: Article, baseVersion: number, now = Date.now()): Promise<Article> {
    return db.transaction('rw', db.articles, async () => {
      const stored = await db.articles.get(article.id);
      checkBase(article.id, stored, baseVersion);
      const next: Article = {
        ...article,
        version: (stored?.version ?? 0) + 1,
        updatedAt: now,
        editedLocally: article.source !== 'local' ? true : article.editedLocally,
      };
      await db.articles.put(next);
      return next;
    });
  },

  remove: (db: OwnItDatabase, id: string) => db.articles.delete(id),

  /** Deletes several articles in one transaction and returns them as they were, for Undo. */
  async removeMany(db: OwnItDatabase, ids: readonly string[]): Promise<Article[]> {
    return db.transaction('rw', db.articles, async () => {
      const found = (await db.articles.bulkGet([...ids])).filter((a): a is Article => a !== undefined);
      await db.articles.bulkDelete(found.map((a) => a.id));
      return found;
    });
  },

  /**
   * Puts just-deleted articles back as they were (undo). An id taken again meanwhile is left as it is
   * now; the ones that could not come back are returned.
   */
  async restore(db: OwnItDatabase, items: readonly Article[]): Promise<Article[]> {
    return db.transaction('rw', db.articles, async () => {
      const stored = await db.articles.bulkGet(items.map((a) => a.id));
      const free = items.filter((_, i) => stored[i] === undefined);
      await db.articles.bulkPut(free);
      return items.filter((_, i) => stored[i] !== undefined);
    });
  },

  async markUsed(db: OwnItDatabase, id: string): Promise<void> {
    await db.articles
      .where('id')
      .equals(id)
      .modify((a) => {
        a.usage = (a.usage ?? 0) + 1;
      });
  },
};

export const rules = {
  all: (db: OwnItDatabase) => db.rules.toArray(),
  get: (db: OwnItDatabase, id: string) => db.rules.get(id),

  /**
   * Saves a rule edited from `baseVersion` (0 for a new rule); refuses when someone saved or added the
   * same id in between. Editing a starter or team-pack rule marks it `editedLocally` so upgrades keep it.
   */
  async save(
    db: OwnItDatabase,
    rule: EmpowermentRule,
    baseVersion: number,
    now = Date.now(),
  ): Promise<EmpowermentRule> {
    return db.transaction('rw', db.rules, async () => {
      const stored = await db.rules.get(rule.id);
      checkBase(rule.id, stored, baseVersion);
      const next: EmpowermentRule = {
        ...rule,
        version: (stored?.version ?? 0) + 1,
        updatedAt: now,
        editedLocally: rule.source !== 'local' ? true : rule.editedLocally,
      };
      await db.rules.put(next);
      return next;
    });
  },

  remove: (db: OwnItDatabase, id: string) => db.rules.delete(id),

  /** Puts a just-deleted rule back as it was (undo); refuses if its id was taken again meanwhile. */
  async restore(db: OwnItDatabase, rule: EmpowermentRule): Promise<void> {
    await db.transaction('rw', db.rules, async () => {
      const stored = await db.rules.get(rule.id);
      if (stored) throw new ConflictError(rule.id, stored.version);
      await db.rules.put(rule);
    });
  },
};

export const playbooks = {
  all: (db: OwnItDatabase) => db.playbooks.toArray(),
  get: (db: OwnItDatabase, id: string) => db.playbooks.get(id),

  /** Saves a playbook edited from `baseVersion` (0 for a new one); refuses when someone saved in between. */
  async save(
    db: OwnItDatabase,
    playbook: Playbook,
    baseVersion: number,
    now = Date.now(),
  ): Promise<Playbook> {
    return db.transaction('rw', db.playbooks, async () => {
      const stored = await db.playbooks.get(playbook.id);
      checkBase(playbook.id, stored, baseVersion);
      const next: Playbook = {
        ...playbook,
        version: (stored?.version ?? 0) + 1,
        updatedAt: now,
        editedLocally: playbook.source !== 'local' ? true : playbook.editedLocally,
      };
      await db.playbooks.put(next);
      return next;
    });
  },

  remove: (db: OwnItDatabase, id: string) => db.playbooks.delete(id),

  /** Puts a just-deleted playbook back as it was (undo); refuses if its id was taken again meanwhile. */
  async restore(db: OwnItDatabase, playbook: Playbook): Promise<void> {
    await db.transaction('rw', db.playbooks, async () => {
      const stored = await db.playbooks.get(playbook.id);
      if (stored) throw new ConflictError(playbook.id, stored.version);
      await db.playbooks.put(playbook);
    });
  },
};

export const snippets = {
  all: (db: OwnItDatabase) => db.snippets.toArray(),
  get: (db: OwnItDatabase, id: string) => db.snippets.get(id),

  /** Saves a snippet edited from `baseVersion` (0 for a new one); refuses when someone saved in between. */
  async save(db: OwnItDatabase, snippet: Snippet, baseVersion: number, now = Date.now()): Promise<Snippet> {
    return db.transaction('rw', db.snippets, async () => {
      const stored = await db.snippets.get(snippet.id);
      checkBase(snippet.id, stored, baseVersion);
      const next: Snippet = {
        ...snippet,
        version: (stored?.version ?? 0) + 1,
        updatedAt: now,
        editedLocally: snippet.source !== 'local' ? true : snippet.editedLocally,
      };
      await db.snippets.put(next);
      return next;
    });
  },

  remove: (db: OwnItDatabase, id: string) => db.snippets.delete(id),

  /** Puts a just-deleted snippet back as it was (undo); refuses if its id was taken again meanwhile. */
  async restore(db: OwnItDatabase, snippet: Snippet): Promise<void> {
    await db.transaction('rw', db.snippets, async () => {
      const stored = await db.snippets.get(snippet.id);
      if (stored) throw new ConflictError(snippet.id, stored.version);
      await db.snippets.put(snippet);
    });
  },
};

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
    return db.transaction('rw', db.notes, db.events, async () => {
      let closed = false;
      let onTime = false;
      await db.notes
        .where('id')
        .equals(noteId)
        .modify((note) => {
          const promise = note.commitment;
          if (promise?.status !== 'open') return;
          closed = true;
          onTime = now <= promise.dueAt;
          promise.status = 'done';
          promise.doneAt = now;
          delete promise.snoozedUntil;
        });
      if (closed) await events.record(db, onTime ? 'commitment-kept' : 'commitment-missed', noteId, now);
      return onTime;
    });
  },

  async snooze(db: OwnItDatabase, noteId: string, until: number): Promise<void> {
    await db.notes
      .where('id')
      .equals(noteId)
      .modify((note) => {
        if (note.commitment?.status === 'open') note.commitment.snoozedUntil = until;
      });
  },

  async reschedule(db: OwnItDatabase, noteId: string, dueAt: number): Promise<void> {
    await db.notes
      .where('id')
      .equals(noteId)
      .modify((note) => {
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
    await db.transaction('rw', db.events, async () => {
      await db.events.add(event);
      const total = await db.events.count();
      if (total > EVENT_CAP) {
        const oldest = await db.events
          .orderBy('id')
          .limit(total - EVENT_CAP)
          .primaryKeys();
        await db.events.bulkDelete(oldest);
      }
    });
  },
  ofKind: (db: OwnItDatabase, kind: EventKind) => db.events.where('kind').equals(kind).toArray(),
};
