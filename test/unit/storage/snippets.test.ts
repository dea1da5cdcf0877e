import { describe, expect, it } from 'vitest';
import type { Snippet } from '../../../src/shared/model';
import { ConflictError, DeletedError, snippets } from '../../../src/storage/repositories';
import { catchUp, loadSearchIndex } from '../../../src/storage/search-store';
import { freshDatabase } from './helpers';

const snippet = (overrides: Partial<Snippet> = {}): Snippet => ({
  id: 'delivery-chase',
  title: 'Delivery chase',
  body: 'Hi {{customer.name}}, I have asked {{carrier:choice(DPD|Royal Mail)}} where your parcel is.',
  tags: ['delivery'],
  updatedAt: 0,
  version: 0,
  source: 'local',
  ...overrides,
});

describe('snippets repository', () => {
  it('saves a new snippet as version 1 and refuses a save made from an old version', async () => {
    const db = freshDatabase();
    expect(await snippets.save(db, snippet(), 0, 1000)).toMatchObject({ version: 1, updatedAt: 1000 });
    await snippets.save(db, snippet({ title: 'Window A' }), 1);
    const error = await snippets.save(db, snippet({ title: 'Window B' }), 1).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toMatchObject({ storedVersion: 2 });
    expect((await snippets.get(db, 'delivery-chase'))?.title).toBe('Window A');
    expect(await snippets.all(db)).toHaveLength(1);
  });

  it('does not bring back a snippet another window deleted while it was being edited', async () => {
    const db = freshDatabase();
    await snippets.save(db, snippet(), 0);
    await snippets.remove(db, 'delivery-chase');
    await expect(snippets.save(db, snippet({ title: 'Edited' }), 1)).rejects.toBeInstanceOf(DeletedError);
    expect(await snippets.all(db)).toEqual([]);
    // Saved as new on purpose, it is there again.
    expect(await snippets.save(db, snippet({ title: 'Edited' }), 0)).toMatchObject({ version: 1 });
  });

  it('marks an edit of a starter or pack snippet as a local edit', async () => {
    const db = freshDatabase();
    await db.snippets.put(snippet({ source: 'starter', version: 1 }));
    expect((await snippets.save(db, snippet({ source: 'starter', body: 'Ours' }), 1)).editedLocally).toBe(
      true,
    );
  });

  it('puts a deleted snippet back as it was (undo), unless its id was taken again', async () => {
    const db = freshDatabase();
    const saved = await snippets.save(db, snippet(), 0);
    await snippets.remove(db, saved.id);
    expect(await snippets.get(db, saved.id)).toBeUndefined();
    await snippets.restore(db, saved);
    expect(await snippets.get(db, saved.id)).toEqual(saved);
    await expect(snippets.restore(db, saved)).rejects.toBeInstanceOf(ConflictError);
  });

  it('logs every snippet write, so an open panel’s index finds a new snippet and forgets a deleted one', async () => {
    const db = freshDatabase();
    const { index, seq } = await loadSearchIndex(db);
    await snippets.save(db, snippet(), 0);
    const caught = await catchUp(db, index, seq);
    expect(caught?.replayed).toBe(1);
    // Found by title words, by body words and by a choice's answers.
    for (const query of ['delivery chase', 'parcel', 'royal mail']) {
      expect(index.search(query)[0], query).toMatchObject({ id: 'delivery-chase', kind: 'snippet' });
    }
    await snippets.remove(db, 'delivery-chase');
    expect(await catchUp(db, index, caught?.seq ?? 0)).toMatchObject({ replayed: 1 });
    expect(index.search('parcel')).toEqual([]);
  });
});
