import { describe, expect, it } from 'vitest';
import { changeTag, describeOutcome } from '../../../src/options/article-bulk';
import type { Article } from '../../../src/shared/model';
import { articles } from '../../../src/storage/repositories';
import { freshDatabase } from '../storage/helpers';

const article = (id: string, overrides: Partial<Article> = {}): Article => ({
  id,
  title: id,
  body: '',
  tags: [],
  keywords: [],
  updatedAt: 0,
  version: 0,
  source: 'local',
  ...overrides,
});

describe('adding and removing a tag on many articles', () => {
  it('tags each article once, leaves team-pack articles and counts each case', async () => {
    const db = freshDatabase();
    const a = await articles.save(db, article('a'), 0);
    const b = await articles.save(db, article('b', { tags: ['VIP'] }), 0);
    await db.articles.put(article('p', { source: 'pack:acme', version: 1 }));
    const p = (await articles.get(db, 'p')) as Article;

    const outcome = await changeTag(db, [a, b, p], 'vip', 'add');
    expect(outcome).toEqual({ changed: 1, unchanged: 1, readOnly: 1, conflicts: 0 });
    expect((await articles.get(db, 'a'))?.tags).toEqual(['vip']);
    expect((await articles.get(db, 'p'))?.tags).toEqual([]);
    expect((await articles.get(db, 'p'))?.editedLocally).toBeUndefined();
    expect(describeOutcome(outcome, 'vip', 'add')).toBe(
      'Added “vip” to 1 article; 1 already had it; 1 team-pack article was left as the pack has it.',
    );
  });

  it('never overwrites an article another window changed since the list was read', async () => {
    const db = freshDatabase();
    const listed = await articles.save(db, article('a', { tags: ['old'] }), 0);
    await articles.save(db, { ...listed, title: 'Renamed elsewhere' }, listed.version);

    const outcome = await changeTag(db, [listed], 'old', 'remove');
    expect(outcome.conflicts).toBe(1);
    expect(await articles.get(db, 'a')).toMatchObject({ title: 'Renamed elsewhere', tags: ['old'] });
    expect(describeOutcome(outcome, 'old', 'remove')).toMatch(/changed in another window/);
  });
});
