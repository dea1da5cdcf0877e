import { describe, expect, it } from 'vitest';
import { parseImportFile } from '../../../src/import/parse-file';
import { type ImportPlan, planImport, rejections, type StoredKb } from '../../../src/import/plan';
import type { ImportItem } from '../../../src/import/types';
import type { Article, Snippet } from '../../../src/shared/model';
import type { OwnItDatabase } from '../../../src/storage/db';
import { applyImport } from '../../../src/storage/import-apply';
import { ConflictError } from '../../../src/storage/repositories';
import { freshDatabase } from '../storage/helpers';
import { fixtureText } from './fixtures';

const NOW = Date.UTC(2026, 10, 26);

function stored(id: string, title: string, extra: Partial<Article> = {}): Article {
  return {
    id,
    title,
    body: 'b',
    tags: [],
    keywords: [],
    updatedAt: 1,
    version: 3,
    source: 'local',
    usage: 7,
    ...extra,
  };
}

const article = (id: string, title: string, body = 'b'): ImportItem => ({
  kind: 'article',
  item: { id, title, body, tags: [], keywords: [] },
  where: `f.csv line ${id}`,
  source: 'local',
});

const snippet = (id: string, title: string, body = 'Hi {{customer.name}}'): ImportItem => ({
  kind: 'snippet',
  item: { id, title, body, tags: ['reply'] },
  where: `replies.json snippets[${id}]`,
  source: 'pack:replies',
});

function storedSnippet(id: string, title: string, extra: Partial<Snippet> = {}): Snippet {
  return {
    id,
    title,
    body: 'Hi {{customer.name}}',
    tags: ['reply'],
    updatedAt: 1,
    version: 2,
    source: 'pack:replies',
    ...extra,
  };
}

async function kbOf(db: OwnItDatabase): Promise<StoredKb> {
  return {
    articles: await db.articles.toArray(),
    playbooks: await db.playbooks.toArray(),
    rules: await db.rules.toArray(),
    snippets: await db.snippets.toArray(),
  };
}

async function snapshot(db: OwnItDatabase) {
  return { ...(await kbOf(db)), changes: await db.kbChanges.toArray() };
}

describe('planImport', () => {
  it('sorts rows into new, updated, unchanged, edited locally and rejected, with reasons', () => {
    const existing: StoredKb = {
      articles: [
        stored('same', 'Same'),
        stored('changed', 'Old title'),
        stored('mine', 'Mine', { editedLocally: true, source: 'pack:team' }),
      ],
      playbooks: [],
      rules: [],
    };
    const plan = planImport(
      existing,
      [
        article('fresh', 'Fresh'),
        article('same', 'Same'),
        article('changed', 'New title'),
        article('mine', 'Theirs'),
        article('fresh', 'Again'),
        article('long', 'x'.repeat(301)),
      ],
      [],
      { now: NOW },
    );
    expect(plan.rows.map((r) => [r.id, r.status])).toEqual([
      ['fresh', 'new'],
      ['same', 'unchanged'],
      ['changed', 'updated'],
      ['mine', 'edited-locally'],
      ['fresh', 'rejected'],
      ['long', 'rejected'],
    ]);
    expect(plan.rows[4]!.reasons).toEqual([
      'id "fresh" is also used by f.csv line fresh; ids must be unique',
    ]);
    expect(plan.rows[5]!.reasons).toEqual(['title: must be at most 300 characters']);
    expect(plan.rows[2]!.next).toMatchObject({
      title: 'New title',
      version: 4,
      updatedAt: NOW,
      usage: 7,
      source: 'local',
    });
    expect(plan.rows[0]!.next).toMatchObject({ version: 1, usage: 0 });
    expect(plan.counts).toEqual({
      new: 1,
      updated: 1,
      unchanged: 1,
      'edited-locally': 1,
      rejected: 2,
      removed: 0,
    });
  });

  it('overwrites local edits only when asked, and counts file errors as rejections', () => {
    const existing: StoredKb = {
      articles: [stored('mine', 'Mine', { editedLocally: true })],
      playbooks: [],
      rules: [],
    };
    const plan = planImport(
      existing,
      [article('mine', 'Theirs')],
      [{ severity: 'error', file: 'x.csv', line: 3, message: 'bad' }],
      {
        overwriteLocalEdits: true,
      },
    );
    expect(plan.rows[0]!.status).toBe('updated');
    expect(plan.rows[0]!.next).not.toHaveProperty('editedLocally');
    expect(rejections(plan)).toEqual(['x.csv:3: bad']);
  });
});

describe('snippets in an import', () => {
  it('are planned like articles: new, updated, unchanged, edited locally and rejected', () => {
    const existing: StoredKb = {
      articles: [],
      playbooks: [],
      rules: [],
      snippets: [
        storedSnippet('same', 'Same'),
        storedSnippet('changed', 'Old title'),
        storedSnippet('mine', 'Mine', { editedLocally: true }),
      ],
    };
    const plan = planImport(
      existing,
      [
        snippet('fresh', 'Fresh'),
        snippet('same', 'Same'),
        snippet('changed', 'New title'),
        snippet('mine', 'Theirs'),
        snippet('empty', 'Empty', ''),
        // An article may share a snippet's id: they are different kinds.
        article('fresh', 'Fresh article'),
      ],
      [],
      { now: NOW },
    );
    expect(plan.rows.map((r) => [r.kind, r.id, r.status])).toEqual([
      ['snippet', 'fresh', 'new'],
      ['snippet', 'same', 'unchanged'],
      ['snippet', 'changed', 'updated'],
      ['snippet', 'mine', 'edited-locally'],
      ['snippet', 'empty', 'rejected'],
      ['article', 'fresh', 'new'],
    ]);
    expect(plan.rows[4]!.reasons).toEqual(['body: must not be empty']);
    expect(plan.rows[2]!.next).toMatchObject({ title: 'New title', version: 3, source: 'pack:replies' });
    expect(plan.counts).toEqual({
      new: 2,
      updated: 1,
      unchanged: 1,
      'edited-locally': 1,
      rejected: 1,
      removed: 0,
    });
  });

  it('are written in the same transaction as the rest and logged for the search index', async () => {
    const db = freshDatabase();
    await db.snippets.put(storedSnippet('changed', 'Old title'));
    const before = (await db.kbChanges.toArray()).length;
    const plan = planImport(await kbOf(db), [
      article('a', 'A'),
      snippet('changed', 'New'),
      snippet('n', 'N'),
    ]);
    expect(await applyImport(db, plan)).toEqual({ added: 2, updated: 1, removed: 0 });
    expect(await db.snippets.get('changed')).toMatchObject({ title: 'New', version: 3 });
    expect(await db.snippets.get('n')).toMatchObject({ title: 'N', version: 1, source: 'pack:replies' });
    const changes = (await db.kbChanges.toArray()).slice(before);
    expect(changes.map((c) => [c.kind, c.id])).toEqual([
      ['article', 'a'],
      ['snippet', 'changed'],
      ['snippet', 'n'],
    ]);
  });

  it('a snippet that cannot be written rolls back the articles written before it', async () => {
    const db = freshDatabase();
    await db.snippets.put(storedSnippet('s', 'Stored'));
    const before = await snapshot(db);
    const plan = planImport(await kbOf(db), [article('a', 'A'), snippet('s', 'From the file')]);
    await db.snippets.put(storedSnippet('s', 'Edited meanwhile', { version: 3 }));
    const moved = await snapshot(db);
    await expect(applyImport(db, plan)).rejects.toBeInstanceOf(ConflictError);
    expect(await snapshot(db)).toEqual(moved);
    expect(moved).not.toEqual(before);
    expect(await db.articles.get('a')).toBeUndefined();
  });
});

describe('applyImport', () => {
  it('writes in chunks with progress after each, all in one transaction', async () => {
    const db = freshDatabase();
    const items = Array.from({ length: 5 }, (_, i) => article(`a${i}`, `Article ${i}`));
    const progress: number[] = [];
    await applyImport(db, planImport(await kbOf(db), items), {
      chunk: 2,
      onProgress: (done, total) => progress.push(done, total),
    });
    expect(progress).toEqual([2, 5, 4, 5, 5, 5]);
    expect(await db.articles.count()).toBe(5);
  });

  it('a failure after some chunks were written leaves the database as before', async () => {
    const db = freshDatabase();
    const before = await snapshot(db);
    const items = Array.from({ length: 5 }, (_, i) => article(`a${i}`, `Article ${i}`));
    const plan = planImport(await kbOf(db), items);
    await expect(
      applyImport(db, plan, {
        chunk: 2,
        onProgress: (done) => {
          if (done === 4) throw new Error('tab closed');
        },
      }),
    ).rejects.toThrow('tab closed');
    expect(await snapshot(db)).toEqual(before);
  });

  it('writes new and updated items of every kind, with source pack:<id> for a pack, as one bulk change', async () => {
    const db = freshDatabase();
    await db.articles.put(stored('vip-escalation', 'Old VIP'));
    const before = (await db.kbChanges.toArray()).length;
    const parsed = parseImportFile('team-pack.json', fixtureText('team-pack.json'));
    const plan = planImport(await kbOf(db), parsed.items, parsed.errors, { now: NOW });
    expect(await applyImport(db, plan)).toEqual({ added: 2, updated: 1, removed: 0 });
    expect(await db.articles.get('vip-escalation')).toMatchObject({
      title: 'VIP escalation',
      version: 4,
      source: 'pack:acme-team',
      updatedAt: NOW,
    });
    expect(await db.playbooks.get('outage')).toMatchObject({ version: 1, source: 'pack:acme-team' });
    expect(await db.rules.get('credit-outage')).toMatchObject({
      limit: { amount: 20, currency: 'EUR' },
      source: 'pack:acme-team',
    });
    // One bulkPut per kind: the articles and the playbook each log their ids in one change batch.
    const changes = (await db.kbChanges.toArray()).slice(before);
    expect(changes.map((c) => [c.kind, c.id])).toEqual([
      ['article', 'vip-escalation'],
      ['playbook', 'outage'],
    ]);
  });

  it('logs an import of more than 200 items as one "everything changed"', async () => {
    const db = freshDatabase();
    const items = Array.from({ length: 250 }, (_, i) => article(`a${i}`, `Article ${i}`));
    await applyImport(db, planImport(await kbOf(db), items));
    expect(await db.articles.count()).toBe(250);
    expect((await db.kbChanges.toArray()).map((c) => c.kind)).toEqual(['all']);
  });

  it('a failure part-way leaves the database exactly as before', async () => {
    const db = freshDatabase();
    await db.articles.put(stored('keep', 'Keep me'));
    const before = await snapshot(db);
    const parsed = parseImportFile('team-pack.json', fixtureText('team-pack.json'));
    const plan = planImport(await kbOf(db), [...parsed.items, article('keep', 'Changed')]);
    await expect(
      applyImport(db, plan, {
        onProgress: (done) => {
          if (done >= 2) throw new Error('disk full');
        },
      }),
    ).rejects.toThrow('disk full');
    expect(await snapshot(db)).toEqual(before);
  });

  it('a row that cannot be stored aborts everything, including rows written before it', async () => {
    const db = freshDatabase();
    const before = await snapshot(db);
    const plan = planImport(await kbOf(db), [article('one', 'One'), article('two', 'Two')]);
    const broken: ImportPlan = { ...plan, rows: [...plan.rows] };
    broken.rows.push({ ...plan.rows[0]!, kind: 'rule', id: 'r', next: { id: undefined } as never });
    await expect(applyImport(db, broken)).rejects.toThrow();
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a plan made before someone else changed the same item', async () => {
    const db = freshDatabase();
    await db.articles.put(stored('a', 'A'));
    const plan = planImport(await kbOf(db), [article('a', 'A from file'), article('b', 'B')]);
    await db.articles.put(stored('a', 'A edited meanwhile', { version: 4 }));
    await expect(applyImport(db, plan)).rejects.toBeInstanceOf(ConflictError);
    expect(await db.articles.get('b')).toBeUndefined();
    expect((await db.articles.get('a'))?.title).toBe('A edited meanwhile');
  });
});
