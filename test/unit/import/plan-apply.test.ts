import { describe, expect, it } from 'vitest';
import { parseImportFile } from '../../../src/import/parse-file';
import { type ImportPlan, planImport, rejections, type StoredKb } from '../../../src/import/plan';
import type { ImportItem } from '../../../src/import/types';
import type { Article } from '../../../src/shared/model';
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

async function kbOf(db: OwnItDatabase): Promise<StoredKb> {
  return {
    articles: await db.articles.toArray(),
    playbooks: await db.playbooks.toArray(),
    rules: await db.rules.toArray(),
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
    expect(plan.counts).toEqual({ new: 1, updated: 1, unchanged: 1, 'edited-locally': 1, rejected: 2 });
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

describe('applyImport', () => {
  it('writes new and updated items of every kind, with source pack:<id> for a pack, as one bulk change', async () => {
    const db = freshDatabase();
    await db.articles.put(stored('vip-escalation', 'Old VIP'));
    const before = (await db.kbChanges.toArray()).length;
    const parsed = parseImportFile('team-pack.json', fixtureText('team-pack.json'));
    const plan = planImport(await kbOf(db), parsed.items, parsed.errors, { now: NOW });
    expect(await applyImport(db, plan)).toEqual({ added: 2, updated: 1 });
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
