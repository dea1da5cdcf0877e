import { describe, expect, it } from 'vitest';
import type { Article, Playbook } from '../../../src/shared/model';
import { articles, ConflictError, playbooks } from '../../../src/storage/repositories';
import { freshDatabase } from './helpers';

const playbook = (overrides: Partial<Playbook> = {}): Playbook => ({
  id: 'damaged-delivery',
  title: 'Damaged delivery',
  summary: '',
  triggers: [],
  tags: [],
  steps: [{ stage: 'capture', text: 'Ask for a photo.' }],
  updatedAt: 0,
  version: 0,
  source: 'local',
  ...overrides,
});

const article = (id: string): Article => ({
  id,
  title: id,
  body: '',
  tags: [],
  keywords: [],
  updatedAt: 0,
  version: 0,
  source: 'local',
});

describe('playbooks', () => {
  it('saves a new playbook as version 1 and refuses a save from an old version', async () => {
    const db = freshDatabase();
    const first = await playbooks.save(db, playbook(), 0, 1000);
    expect(first).toMatchObject({ version: 1, updatedAt: 1000 });
    await playbooks.save(db, playbook({ title: 'Window A' }), 1);
    await expect(playbooks.save(db, playbook({ title: 'Window B' }), 1)).rejects.toBeInstanceOf(
      ConflictError,
    );
    expect((await playbooks.get(db, 'damaged-delivery'))?.title).toBe('Window A');
  });

  it('reports the stored version on a conflict so the agent can overwrite on purpose', async () => {
    const db = freshDatabase();
    await playbooks.save(db, playbook(), 0);
    await playbooks.save(db, playbook({ title: 'Theirs' }), 1);
    const error = await playbooks.save(db, playbook({ title: 'Mine' }), 1).catch((e: unknown) => e);
    expect(error).toMatchObject({ storedVersion: 2 });
    const mine = await playbooks.save(
      db,
      playbook({ title: 'Mine' }),
      (error as ConflictError).storedVersion,
    );
    expect(mine).toMatchObject({ title: 'Mine', version: 3 });
  });

  it('marks an edit of a pack playbook as a local edit', async () => {
    const db = freshDatabase();
    await db.playbooks.put(playbook({ source: 'pack:acme', version: 1 }));
    const saved = await playbooks.save(db, playbook({ source: 'pack:acme', title: 'Ours now' }), 1);
    expect(saved.editedLocally).toBe(true);
  });

  it('puts a deleted playbook back as it was, unless its id was taken again', async () => {
    const db = freshDatabase();
    const saved = await playbooks.save(db, playbook(), 0);
    await playbooks.remove(db, saved.id);
    await playbooks.restore(db, saved);
    expect(await playbooks.get(db, saved.id)).toEqual(saved);
    await expect(playbooks.restore(db, saved)).rejects.toBeInstanceOf(ConflictError);
  });
});

describe('deleting several articles', () => {
  it('deletes them together and Undo puts back all whose id is still free', async () => {
    const db = freshDatabase();
    for (const id of ['a', 'b', 'c']) await articles.save(db, article(id), 0);
    const removed = await articles.removeMany(db, ['a', 'b', 'missing']);
    expect(removed.map((a) => a.id).sort()).toEqual(['a', 'b']);
    expect((await articles.all(db)).map((a) => a.id)).toEqual(['c']);

    const newB = await articles.save(db, { ...article('b'), title: 'A new b' }, 0);
    const notBack = await articles.restore(db, removed);
    expect(notBack.map((a) => a.id)).toEqual(['b']);
    expect(await articles.get(db, 'a')).toEqual(removed.find((a) => a.id === 'a'));
    expect(await articles.get(db, 'b')).toEqual(newB);
  });
});
