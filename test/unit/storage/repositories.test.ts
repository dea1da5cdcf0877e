import { describe, expect, it, vi } from 'vitest';
import type { Article, Note } from '../../../src/shared/model';
import { Table } from '../../../src/storage/idb/table';
import {
  articles,
  ConflictError,
  commitments,
  EVENT_CAP,
  events,
  notes,
  settings,
} from '../../../src/storage/repositories';
import { freshDatabase } from './helpers';

const db = freshDatabase;

function article(overrides: Partial<Article> = {}): Article {
  return {
    id: 'refund-request',
    title: 'Refund request',
    body: '## Resolve it\n1. Check the order.',
    tags: ['refund'],
    keywords: ['money back'],
    updatedAt: 0,
    version: 0,
    source: 'local',
    ...overrides,
  };
}

describe('articles', () => {
  it('saves a new article as version 1 and bumps the version on every save', async () => {
    const d = db();
    const first = await articles.save(d, article(), 0, 1000);
    expect(first.version).toBe(1);
    const second = await articles.save(d, { ...first, title: 'Refund request (edited)' }, 1, 2000);
    expect(second.version).toBe(2);
    expect((await articles.get(d, 'refund-request'))?.title).toBe('Refund request (edited)');
  });

  it('refuses a save based on an old version so a second window never overwrites silently', async () => {
    const d = db();
    await articles.save(d, article(), 0);
    await articles.save(d, article({ title: 'Window A' }), 1);
    await expect(articles.save(d, article({ title: 'Window B' }), 1)).rejects.toBeInstanceOf(ConflictError);
    expect((await articles.get(d, 'refund-request'))?.title).toBe('Window A');
  });

  it('marks an edit of a pack item as a local edit so updates leave it alone', async () => {
    const d = db();
    await d.articles.put(article({ source: 'starter', version: 1 }));
    const saved = await articles.save(d, article({ source: 'starter', title: 'Mine now' }), 1);
    expect(saved.editedLocally).toBe(true);
  });

  it('counts usage', async () => {
    const d = db();
    await articles.save(d, article(), 0);
    await articles.markUsed(d, 'refund-request');
    await articles.markUsed(d, 'refund-request');
    expect((await articles.get(d, 'refund-request'))?.usage).toBe(2);
  });
});

describe('notes', () => {
  const note = (id: string, ticketKey: string, createdAt: number): Note => ({
    id,
    ticketKey,
    site: 'desk.example.com',
    url: 'https://desk.example.com/tickets/1',
    text: `note ${id}`,
    stage: 'capture',
    createdAt,
  });

  it('lists the newest notes first and groups a ticket’s notes in time order', async () => {
    const d = db();
    await notes.add(d, note('a', 'desk#1', 1));
    await notes.add(d, note('b', 'desk#2', 3));
    await notes.add(d, note('c', 'desk#1', 2));
    expect((await notes.recent(d)).map((n) => n.id)).toEqual(['b', 'c', 'a']);
    expect((await notes.forTicket(d, 'desk#1')).map((n) => n.id)).toEqual(['a', 'c']);
  });
});

describe('settings and events', () => {
  it('returns the fallback for a missing setting', async () => {
    const d = db();
    expect(await settings.get(d, 'agentName', 'Sam')).toBe('Sam');
    await settings.set(d, 'agentName', 'Alex');
    expect(await settings.get(d, 'agentName', 'Sam')).toBe('Alex');
  });

  it('keeps at most EVENT_CAP events, dropping the oldest', async () => {
    const d = db();
    await d.events.bulkAdd(
      Array.from({ length: EVENT_CAP }, (_, i) => ({ kind: 'article-opened' as const, at: i, subject: 'x' })),
    );
    await events.record(d, 'search-empty', 'warranty for scooter', EVENT_CAP + 1);
    expect(await d.events.count()).toBe(EVENT_CAP);
    const [newest] = await d.events.orderBy('id').reverse().limit(1).toArray();
    expect(newest?.subject).toBe('warranty for scooter');
    expect((await d.events.orderBy('id').limit(1).toArray())[0]?.at).toBe(1);
  });
});

describe('commitments', () => {
  const promised = (id: string, dueAt: number): Note => ({
    id,
    ticketKey: `desk#${id}`,
    site: 'desk',
    url: 'https://desk/1',
    text: 'Call back',
    stage: 'follow-up',
    createdAt: 1,
    commitment: { promise: 'Call back', dueAt, status: 'open' },
  });

  it('lists open promises soonest first and records kept-on-time or late', async () => {
    const d = db();
    await notes.add(d, promised('late', 5_000));
    await notes.add(d, promised('soon', 2_000));
    await notes.add(d, { ...promised('plain', 0), commitment: undefined });
    expect((await commitments.open(d)).map((n) => n.id)).toEqual(['soon', 'late']);
    expect(await commitments.done(d, 'soon', 1_500)).toBe(true);
    expect(await commitments.done(d, 'late', 9_000)).toBe(false);
    expect(await commitments.open(d)).toEqual([]);
    expect((await d.notes.get('late'))?.commitment).toMatchObject({ status: 'done', doneAt: 9_000 });
  });

  it('records kept or late in the same transaction as done, once, and neither when the record fails', async () => {
    const d = db();
    await notes.add(d, promised('soon', 2_000));
    await notes.add(d, promised('late', 5_000));
    await commitments.done(d, 'soon', 1_500);
    await commitments.done(d, 'late', 9_000);
    await commitments.done(d, 'late', 9_500); // a second click, or the notification's Done meanwhile
    const kinds = (await d.events.toArray()).map((e) => `${e.kind}:${e.subject}`);
    expect(kinds).toEqual(['commitment-kept:soon', 'commitment-missed:late']);

    await notes.add(d, promised('fails', 5_000));
    // Every table of the transaction's handle shares the prototype: the record fails inside it.
    const real = Table.prototype.add;
    const add = vi.spyOn(Table.prototype, 'add').mockImplementation(function (this: Table<unknown>, row) {
      return this.name === 'events' ? Promise.reject(new Error('disk full')) : real.call(this, row);
    });
    await expect(commitments.done(d, 'fails', 1_000)).rejects.toThrow('disk full');
    add.mockRestore();
    expect((await d.notes.get('fails'))?.commitment?.status).toBe('open');
    expect(await d.events.count()).toBe(2);
  });

  it('snoozes without moving the promise, and reschedules by moving it', async () => {
    const d = db();
    await notes.add(d, promised('a', 5_000));
    await commitments.snooze(d, 'a', 6_000);
    expect((await d.notes.get('a'))?.commitment).toMatchObject({ dueAt: 5_000, snoozedUntil: 6_000 });
    await commitments.reschedule(d, 'a', 8_000);
    const after = (await d.notes.get('a'))?.commitment;
    expect(after?.dueAt).toBe(8_000);
    expect(after?.snoozedUntil).toBeUndefined();
  });
});
